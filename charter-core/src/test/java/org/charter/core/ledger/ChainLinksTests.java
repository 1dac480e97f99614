package org.charter.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.charter.core.act.Act;
import org.charter.core.act.ActTypes;
import org.junit.jupiter.api.Test;

/** The append checks every store shares, and the idempotency record it keeps per key. */
class ChainLinksTests {
  private static final String BOOK = "openai";

  @Test
  void check_entriesOfEveryActType_pass() {
    Random r = new Random(7);
    List<Act> acts = new ArrayList<>();
    for (Class<? extends Act> type : ActTypes.all()) {
      acts.add(SampleActs.of(type, r, "act-" + acts.size()));
    }
    List<LedgerEntry> entries = chain(HashChain.GENESIS, 0, acts);

    assertThatCode(() -> ChainLinks.check(BOOK, 0, 0, HashChain.GENESIS, entries)).doesNotThrowAnyException();
  }

  @Test
  void check_actIdColumnDisagreeingWithTheBytes_isAConflict() {
    LedgerEntry e = one("minutes");
    LedgerEntry lying = new LedgerEntry(BOOK, 0, "other", e.actType(), e.validAt(), e.recordedAt(), e.payload(),
        e.prevHash(), e.hash());

    assertThatThrownBy(() -> ChainLinks.check(BOOK, 0, 0, HashChain.GENESIS, List.of(lying)))
        .isInstanceOf(ConflictException.class).hasMessageContaining("disagree with its bytes");
  }

  @Test
  void check_bytesThatAreNotJsonButMatchTheirHash_isAConflict() {
    LedgerEntry e = one("minutes");
    byte[] junk = "not json".getBytes(StandardCharsets.UTF_8);
    LedgerEntry bad = new LedgerEntry(BOOK, 0, e.actId(), e.actType(), e.validAt(), e.recordedAt(), junk,
        e.prevHash(), HashChain.hash(BOOK, HashChain.GENESIS, 0, junk));

    assertThatThrownBy(() -> ChainLinks.check(BOOK, 0, 0, HashChain.GENESIS, List.of(bad)))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void check_actIdRepeatedWithinTheAppend_isAConflictNamingIt() {
    Act first = SampleActs.of(ActTypes.all().get(0), new Random(1), "twice");
    Act again = SampleActs.of(ActTypes.all().get(0), new Random(2), "twice");

    assertThatThrownBy(() -> ChainLinks.check(BOOK, 0, 0, HashChain.GENESIS,
        chain(HashChain.GENESIS, 0, List.of(first, again))))
        .isInstanceOf(ConflictException.class).hasMessageContaining("repeats act id twice");
  }

  @Test
  void check_staleExpectedSize_isAConflictGivingBothSizes() {
    assertThatThrownBy(() -> ChainLinks.check(BOOK, 3, 5, HashChain.GENESIS, List.of()))
        .isInstanceOf(ConflictException.class).hasMessageContaining("holds 5 entries, not the 3");
  }

  @Test
  void checkKey_blankOrLongerThan200_isRefused() {
    assertThatThrownBy(() -> ChainLinks.checkKey("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ChainLinks.checkKey("k".repeat(201))).isInstanceOf(IllegalArgumentException.class);
    assertThatCode(() -> ChainLinks.checkKey("k".repeat(200))).doesNotThrowAnyException();
    assertThatCode(() -> ChainLinks.checkKey(null)).doesNotThrowAnyException();
  }

  @Test
  void checkRetry_theSameEntries_passes() {
    List<LedgerEntry> entries = List.of(one("minutes"));

    assertThatCode(() -> AppendKey.of("k", entries).checkRetry(BOOK, entries)).doesNotThrowAnyException();
  }

  @Test
  void checkRetry_otherEntries_isAConflictNamingTheKey() {
    AppendKey key = AppendKey.of("k-1", List.of(one("minutes")));

    assertThatThrownBy(() -> key.checkRetry(BOOK, List.of(one("resolution"))))
        .isInstanceOf(ConflictException.class).hasMessageContaining("k-1").hasMessageContaining("from entry 0");
  }

  private static LedgerEntry one(String id) {
    return HashChain.entry(BOOK, 0, HashChain.GENESIS, SampleActs.of(ActTypes.all().get(0), new Random(3), id));
  }

  private static List<LedgerEntry> chain(byte[] prev, long seq, List<Act> acts) {
    List<LedgerEntry> out = new ArrayList<>();
    for (Act a : acts) {
      LedgerEntry e = HashChain.entry(BOOK, seq++, prev, a);
      out.add(e);
      prev = e.hash();
    }
    return out;
  }
}
