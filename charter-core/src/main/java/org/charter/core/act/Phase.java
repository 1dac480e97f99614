package org.charter.core.act;

import java.util.List;

/**
 * One phase of a waterfall: the share of each class while the phase runs, and when it stops ({@code until} null: when
 * every class in it is capped).
 */
public record Phase(String id, List<ClassShare> shares, @Nullable StopCondition until) {}
