package org.charter.core.act;

import java.util.List;

/** An agreement between parties takes effect, with its clauses. */
public record AgreementSigned(
    ActMeta meta,
    String agreement,
    @Ref(Ref.RefKind.PARTY) List<String> parties,
    List<Clause> clauses) implements BindingAct {}
