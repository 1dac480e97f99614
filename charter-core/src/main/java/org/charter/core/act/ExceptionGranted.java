package org.charter.core.act;

import java.math.BigDecimal;

/** A party grants an exception to a clause: from this act's valid time the beneficiary may do what the clause forbade, as far as the exception reaches. */
public record ExceptionGranted(
    ActMeta meta,
    String agreement,
    String clause,
    String exception,
    @Ref(Ref.RefKind.PARTY) String grantedBy,
    @Nullable @Ref(Ref.RefKind.PARTY) String counterparty,
    @Nullable String subject,
    @Nullable BigDecimal upTo) implements BindingAct {}
