package org.charter.core.access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.charter.core.act.Nullable;

/**
 * The port for API tokens: a store keeps only each token's SHA-256 hash (lower-case hex), the principal it speaks for,
 * its grants and its lifetime. A token itself is never stored.
 */
public interface TokenStore extends AutoCloseable {
  /** The token with this hash, if one is on record, live or not: the caller decides what an expired one means. */
  Optional<TokenInfo> find(String tokenHash);

  /**
   * Record a new token by its hash, in one transaction.
   *
   * @param expiresAt when it stops working; null for a token that does not expire
   * @throws org.charter.core.ledger.ConflictException if a token with this hash or id is already on record
   */
  void create(String tokenHash, Principal principal, Instant createdAt, @Nullable Instant expiresAt);

  /** Every token on record, without secrets, oldest first. */
  List<TokenInfo> list();

  /** Revoke the token with this id from {@code at} on; false if there is none. A revoked token stays revoked. */
  boolean revoke(String tokenId, Instant at);

  /** Whether a token live at {@code now} is an admin of every book. */
  boolean hasAdminOfAll(Instant now);

  @Override
  void close();
}
