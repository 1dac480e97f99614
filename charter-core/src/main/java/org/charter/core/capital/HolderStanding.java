package org.charter.core.capital;

/**
 * One holder's standing after the distributions so far: invested, cap (null: uncapped), received, whether its cap has
 * stopped it, and the defined term whose determination ended its participation (null: none). Amounts are cents.
 */
public record HolderStanding(
    String holder, long investedCents, Long capCents, long receivedCents, boolean capped, String stoppedBy) {}
