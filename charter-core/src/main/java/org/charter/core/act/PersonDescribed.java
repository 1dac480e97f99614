package org.charter.core.act;

import java.util.List;

/** A person and the attributes rules need, as of this act's valid time: employers and equity known held or known not held; what is in neither list is unknown. */
public record PersonDescribed(
    ActMeta meta,
    String person,
    String name,
    @Nullable @Ref(Ref.RefKind.ENTITY) List<String> employedBy,
    @Ref(Ref.RefKind.ENTITY) List<String> holdsEquityIn,
    @Ref(Ref.RefKind.ENTITY) List<String> holdsNoEquityIn) implements BindingAct {}
