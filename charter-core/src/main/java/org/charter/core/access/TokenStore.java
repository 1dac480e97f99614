package org.charter.core.access;

import java.time.Instant;
import java.util.Optional;

/**
 * The port for API tokens: a store keeps only each token's SHA-256 hash (lower-case hex), the principal it speaks for
 * and its grants. A token itself is never stored.
 */
public interface TokenStore extends AutoCloseable {
  /** The principal of the token with this hash, if one is on record. */
  Optional<Principal> find(String tokenHash);

  /**
   * Record a new token by its hash, in one transaction.
   *
   * @throws org.charter.core.ledger.ConflictException if a token with this hash is already on record
   */
  void create(String tokenHash, Principal principal, Instant createdAt);

  /** Whether any token is an admin of every book. */
  boolean hasAdminOfAll();

  @Override
  void close();
}
