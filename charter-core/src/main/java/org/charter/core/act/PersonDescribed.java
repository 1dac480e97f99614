package org.charter.core.act;

import java.util.List;

/**
 * A person and the attributes rules need, as of this act's valid time: employers and equity known held or known not
 * held (what is in neither list is unknown), and the Ed25519 public key (base64 X.509) their signatures verify against.
 */
public record PersonDescribed(
    ActMeta meta,
    String person,
    String name,
    @Nullable @Ref(Ref.RefKind.ENTITY) List<String> employedBy,
    @Ref(Ref.RefKind.ENTITY) List<String> holdsEquityIn,
    @Ref(Ref.RefKind.ENTITY) List<String> holdsNoEquityIn,
    @Nullable String publicKey) implements BindingAct {}
