package org.charter.store.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.charter.core.access.Grant;
import org.charter.core.access.Principal;
import org.charter.core.access.Role;
import org.charter.core.access.TokenInfo;
import org.charter.core.access.TokenStore;
import org.charter.core.ledger.ConflictException;
import org.junit.jupiter.api.Test;

/** What every token store does, run on a real SQLite file and a real PostgreSQL server (migrations V10 and V11 on each). */
abstract class TokenStoreContract {
  private static final String HASH = "a".repeat(64);
  private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

  /** The --db value of a fresh, empty store. */
  abstract String db();

  @Test
  void create_thenFindByHash_returnsThePrincipalWithItsGrants() {
    var p = new Principal("clerk", List.of(new Grant("openai-2023", Role.SECRETARY, null),
        new Grant("other", Role.DIRECTOR, "helen-toner")));
    try (TokenStore s = TokenStores.open(db())) {
      s.create(HASH, p, T, null);
    }
    try (TokenStore s = TokenStores.open(db())) {
      Principal found = s.find(HASH).orElseThrow().principal();
      assertThat(found.name()).isEqualTo("clerk");
      assertThat(found.grants()).containsExactlyInAnyOrderElementsOf(p.grants());
      assertThat(s.find("b".repeat(64))).isEmpty();
    }
  }

  @Test
  void create_sameHashTwice_isAConflictAndKeepsTheFirst() {
    try (TokenStore s = TokenStores.open(db())) {
      s.create(HASH, new Principal("first", List.of(new Grant("b", Role.VIEWER, null))), T, null);
      assertThatThrownBy(() -> s.create(HASH, new Principal("second", List.of()), T, null))
          .isInstanceOf(ConflictException.class);
      assertThat(s.find(HASH).orElseThrow().principal().name()).isEqualTo("first");
    }
  }

  @Test
  void hasAdminOfAll_onlyAfterAnAdminGrantOnEveryBook() {
    try (TokenStore s = TokenStores.open(db())) {
      assertThat(s.hasAdminOfAll(T)).isFalse();
      s.create(HASH, new Principal("book-admin", List.of(new Grant("b", Role.ADMIN, null))), T, null);
      assertThat(s.hasAdminOfAll(T)).isFalse();
      s.create("c".repeat(64), new Principal("admin", List.of(new Grant(Grant.ALL_BOOKS, Role.ADMIN, null))), T,
          null);
      assertThat(s.hasAdminOfAll(T)).isTrue();
      s.revoke(TokenInfo.idOf("c".repeat(64)), T.plusSeconds(1));
      assertThat(s.hasAdminOfAll(T.plusSeconds(2))).as("a revoked admin is no admin").isFalse();
    }
  }

  @Test
  void create_hashOfTheWrongLength_isRefusedAndWritesNothing() {
    try (TokenStore s = TokenStores.open(db())) {
      assertThatThrownBy(() -> s.create("short", new Principal("p", List.of(new Grant("b", Role.VIEWER, null))), T,
          null))
          .isInstanceOf(IllegalStateException.class);
      assertThat(s.find("short")).isEmpty();
    }
  }

  @Test
  void create_withAnExpiry_isLiveUntilThenAndListedWithoutItsSecret() {
    Instant expiry = T.plusSeconds(3600);
    try (TokenStore s = TokenStores.open(db())) {
      s.create(HASH, new Principal("clerk", List.of(new Grant("b", Role.VIEWER, null))), T, expiry);
    }
    try (TokenStore s = TokenStores.open(db())) {
      TokenInfo t = s.find(HASH).orElseThrow();
      assertThat(t.id()).isEqualTo(HASH.substring(0, 16));
      assertThat(t.createdAt()).isEqualTo(T);
      assertThat(t.expiresAt()).isEqualTo(expiry);
      assertThat(t.liveAt(expiry.minusSeconds(1))).isTrue();
      assertThat(t.liveAt(expiry)).isFalse();
      assertThat(s.list()).extracting(TokenInfo::id).containsExactly(t.id());
    }
  }

  @Test
  void revoke_byId_endsTheTokenOnceAndForAll() {
    try (TokenStore s = TokenStores.open(db())) {
      s.create(HASH, new Principal("clerk", List.of(new Grant("b", Role.VIEWER, null))), T, null);
      String id = TokenInfo.idOf(HASH);
      assertThat(s.revoke(id, T.plusSeconds(10))).isTrue();
      assertThat(s.revoke(id, T.plusSeconds(20))).as("revoking again").isTrue();
      assertThat(s.revoke("0".repeat(16), T)).as("an unknown id").isFalse();
    }
    try (TokenStore s = TokenStores.open(db())) {
      TokenInfo t = s.find(HASH).orElseThrow();
      assertThat(t.revokedAt()).as("the first revocation stands").isEqualTo(T.plusSeconds(10));
      assertThat(t.liveAt(T.plusSeconds(5))).isFalse();
    }
  }
}
