package org.charter.core.act;

import java.time.Instant;

/**
 * A clause of an agreement, with its id and what it binds. Exclusivity: {@code party} must buy {@code subject} only from
 * {@code counterparty}. Licence scope: {@code counterparty} may use {@code party}'s {@code subject} created before the
 * determination of {@code term}. Profit participation: {@code counterparty} shares in {@code party}'s profits under the
 * waterfall terms on record, which the clause points to.
 */
public record Clause(
    String id,
    ClauseKind kind,
    @Ref(Ref.RefKind.PARTY) String party,
    @Ref(Ref.RefKind.PARTY) String counterparty,
    String subject,
    @Nullable Instant from,
    @Nullable Instant until,
    @Nullable String term,
    @Nullable String text) {
  /** The kinds of clause Charter evaluates. */
  public enum ClauseKind {
    EXCLUSIVITY,
    LICENCE_SCOPE,
    PROFIT_PARTICIPATION
  }
}
