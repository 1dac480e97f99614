package org.charter.core.state;

import java.time.Instant;

/** A seat or office ended by an act that is invalid or undetermined: the ending itself is in doubt. */
public record Vacated(String person, String position, Instant at, ActRef by) {}
