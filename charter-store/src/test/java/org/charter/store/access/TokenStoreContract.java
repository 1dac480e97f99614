package org.charter.store.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.charter.core.access.Grant;
import org.charter.core.access.Principal;
import org.charter.core.access.Role;
import org.charter.core.access.TokenStore;
import org.charter.core.ledger.ConflictException;
import org.junit.jupiter.api.Test;

/** What every token store does, run on a real SQLite file and a real PostgreSQL server (migration V10 on each). */
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
      s.create(HASH, p, T);
    }
    try (TokenStore s = TokenStores.open(db())) {
      Principal found = s.find(HASH).orElseThrow();
      assertThat(found.name()).isEqualTo("clerk");
      assertThat(found.grants()).containsExactlyInAnyOrderElementsOf(p.grants());
      assertThat(s.find("b".repeat(64))).isEmpty();
    }
  }

  @Test
  void create_sameHashTwice_isAConflictAndKeepsTheFirst() {
    try (TokenStore s = TokenStores.open(db())) {
      s.create(HASH, new Principal("first", List.of(new Grant("b", Role.VIEWER, null))), T);
      assertThatThrownBy(() -> s.create(HASH, new Principal("second", List.of()), T))
          .isInstanceOf(ConflictException.class);
      assertThat(s.find(HASH).orElseThrow().name()).isEqualTo("first");
    }
  }

  @Test
  void hasAdminOfAll_onlyAfterAnAdminGrantOnEveryBook() {
    try (TokenStore s = TokenStores.open(db())) {
      assertThat(s.hasAdminOfAll()).isFalse();
      s.create(HASH, new Principal("book-admin", List.of(new Grant("b", Role.ADMIN, null))), T);
      assertThat(s.hasAdminOfAll()).isFalse();
      s.create("c".repeat(64), new Principal("admin", List.of(new Grant(Grant.ALL_BOOKS, Role.ADMIN, null))), T);
      assertThat(s.hasAdminOfAll()).isTrue();
    }
  }

  @Test
  void create_hashOfTheWrongLength_isRefusedAndWritesNothing() {
    try (TokenStore s = TokenStores.open(db())) {
      assertThatThrownBy(() -> s.create("short", new Principal("p", List.of(new Grant("b", Role.VIEWER, null))), T))
          .isInstanceOf(IllegalStateException.class);
      assertThat(s.find("short")).isEmpty();
    }
  }
}
