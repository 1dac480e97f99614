package org.charter.core.state;

import java.time.Instant;

/** A person holding a seat or office since a valid time, and the act it rests on. */
public record Tenure(String person, Instant since, ActRef basis) {}
