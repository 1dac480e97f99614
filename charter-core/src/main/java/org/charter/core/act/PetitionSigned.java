package org.charter.core.act;

import java.util.List;

/** Signatures are added to a petition, by name or by count, with the headcount reported at the time. */
public record PetitionSigned(
    ActMeta meta,
    @Ref(Ref.RefKind.PETITION) String petition,
    @Ref(Ref.RefKind.PERSON) List<String> signers,
    @Nullable Count signatures,
    @Nullable Count headcount) implements BindingAct {}
