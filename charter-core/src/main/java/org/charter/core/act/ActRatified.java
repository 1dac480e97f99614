package org.charter.core.act;

/**
 * A board ratifies an earlier act of its entity under a resolution: under 8 Del. C. § 204 (which reaches void acts and
 * takes effect from the act's time) or by an ordinary ratifying vote (voidable acts only). {@code failure} is the
 * failure of authorization the resolution states, as § 204(b) requires of a ratification under it.
 */
public record ActRatified(
    ActMeta meta,
    @Ref(Ref.RefKind.ENTITY) String entity,
    String ratifies,
    @Ref(Ref.RefKind.RESOLUTION) String resolution,
    Ratification basis,
    @Nullable String failure) implements BindingAct {}
