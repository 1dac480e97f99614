package org.charter.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.charter.core.act.Act;
import org.charter.core.act.ActTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The canonical encoding round-trips every act type, and the chain catches any single changed byte. */
class LedgerPropertiesTests {
  @Test
  void canonical_ofEveryActType_roundTripsExactly() {
    Random r = new Random(42);
    for (Class<? extends Act> type : ActTypes.all()) {
      for (int i = 0; i < 20; i++) {
        Act act = SampleActs.of(type, r, "a" + i);
        byte[] bytes = Canonical.encode(act);
        Act back = Canonical.decode(bytes);
        assertThat(back).as(type.getSimpleName()).isEqualTo(act);
        assertThat(Canonical.encode(back)).isEqualTo(bytes);
      }
    }
  }

  @Test
  void canonical_isSortedCompactJsonWithTypeFirst() {
    Act act = SampleActs.of(org.charter.core.act.DirectorResigned.class, new Random(1), "x");
    String json = new String(Canonical.encode(act), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(json).startsWith("{\"@type\":\"director-resigned\",\"body\":");
    assertThat(json).doesNotContain(" :").doesNotContain(", ");
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void verify_afterAnySingleChangedByte_namesThatEntry(long seed) {
    Random r = new Random(seed);
    List<LedgerEntry> entries = chain(r, 12);
    assertThat(ChainVerifier.verify("b", entries)).isEmpty();
    int victim = r.nextInt(entries.size());
    LedgerEntry e = entries.get(victim);
    byte[] payload = e.payload().clone();
    int at = r.nextInt(payload.length);
    payload[at] = (byte) (payload[at] ^ (1 + r.nextInt(255)));
    List<LedgerEntry> tampered = new ArrayList<>(entries);
    tampered.set(victim, new LedgerEntry(e.book(), e.seq(), e.actId(), e.actType(), e.validAt(), e.recordedAt(),
        payload, e.prevHash(), e.hash()));
    Optional<ChainBreak> br = ChainVerifier.verify("b", tampered);
    assertThat(br).isPresent();
    assertThat(br.get().seq()).isEqualTo(victim);
    assertThat(br.get().actId()).isEqualTo(e.actId());
  }

  @Test
  void verify_withADeletedEntry_namesTheGap() {
    List<LedgerEntry> entries = new ArrayList<>(chain(new Random(9), 5));
    entries.remove(2);
    assertThat(ChainVerifier.verify("b", entries)).get().extracting(ChainBreak::seq).isEqualTo(3L);
  }

  @Test
  void verify_ofALongBook_namesTheEarliestFailureWhicheverWalkFindsIt() {
    List<LedgerEntry> entries = new ArrayList<>(chain(new Random(10), 12_000));
    assertThat(ChainVerifier.verify("b", entries)).isEmpty();
    // A column changed beside intact bytes: only decoding finds it.
    LedgerEntry c = entries.get(9_000);
    entries.set(9_000, new LedgerEntry(c.book(), c.seq(), "not-" + c.actId(), c.actType(), c.validAt(),
        c.recordedAt(), c.payload(), c.prevHash(), c.hash()));
    assertThat(ChainVerifier.verify("b", entries)).get().satisfies(br -> {
      assertThat(br.seq()).isEqualTo(9_000L);
      assertThat(br.reason()).contains("columns disagree");
    });
    // A later hash failure does not hide it; an earlier one comes first.
    entries.set(11_000, flipped(entries.get(11_000)));
    assertThat(ChainVerifier.verify("b", entries)).get().extracting(ChainBreak::seq).isEqualTo(9_000L);
    entries.set(3_000, flipped(entries.get(3_000)));
    assertThat(ChainVerifier.verify("b", entries)).get().satisfies(br -> {
      assertThat(br.seq()).isEqualTo(3_000L);
      assertThat(br.reason()).contains("do not match its hash");
    });
  }

  /** The entry with the last byte of its act's id changed, so its bytes still decode but no longer match its hash. */
  private static LedgerEntry flipped(LedgerEntry e) {
    String json = new String(e.payload(), java.nio.charset.StandardCharsets.UTF_8);
    int at = json.indexOf("\"id\":\"") + 6 + e.actId().length() - 1;
    byte[] payload = e.payload().clone();
    payload[at] = (byte) (payload[at] == 'x' ? 'y' : 'x');
    return new LedgerEntry(e.book(), e.seq(), e.actId(), e.actType(), e.validAt(), e.recordedAt(), payload,
        e.prevHash(), e.hash());
  }

  static List<LedgerEntry> chain(Random r, int n) {
    List<LedgerEntry> out = new ArrayList<>();
    byte[] prev = HashChain.GENESIS;
    List<Class<? extends Act>> types = ActTypes.all();
    for (int i = 0; i < n; i++) {
      Act act = SampleActs.of(types.get(r.nextInt(types.size())), r, "act-" + i);
      LedgerEntry e = HashChain.entry("b", i, prev, act);
      out.add(e);
      prev = e.hash();
    }
    return out;
  }
}
