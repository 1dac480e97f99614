package org.charter.core.state;

import java.util.List;
import org.charter.core.act.Count;

/** A petition's signatures as of a basis: those on record by name, the latest count reported, and the headcount. */
public record PetitionState(
    String petition, String entity, String text, List<String> namedSigners, Count signatures, Count headcount) {}
