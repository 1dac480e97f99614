package org.charter.core.access;

import java.time.Instant;
import java.util.Objects;
import org.charter.core.act.Nullable;

/**
 * A token as a store keeps it, without its secret: its public id, who it speaks for, and its lifetime. The id is the
 * first 16 hex digits of the token's hash, which names the token without revealing it.
 */
public record TokenInfo(String id, Principal principal, Instant createdAt, @Nullable Instant expiresAt,
    @Nullable Instant revokedAt) {
  public static final int ID_LENGTH = 16;

  public TokenInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** The public id of the token with this hash. */
  public static String idOf(String tokenHash) {
    return tokenHash.substring(0, Math.min(ID_LENGTH, tokenHash.length()));
  }

  /** Whether the token may be used at {@code now}: not revoked, and not past its expiry. */
  public boolean liveAt(Instant now) {
    return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
  }
}
