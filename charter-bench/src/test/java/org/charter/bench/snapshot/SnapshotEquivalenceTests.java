package org.charter.bench.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.charter.bench.gen.BookGenerator;
import org.charter.core.act.Act;
import org.charter.core.act.ActCorrected;
import org.charter.core.act.ActMeta;
import org.charter.core.act.ActRetracted;
import org.charter.core.act.BindingAct;
import org.charter.core.book.Book;
import org.charter.core.book.BookSnapshot;
import org.charter.core.ledger.Canonical;
import org.charter.core.ledger.LedgerEntry;
import org.charter.scenario.Scenario;
import org.charter.scenario.ScenarioLoader;
import org.charter.store.BookSync;
import org.charter.store.sqlite.SqliteLedgerStore;
import org.charter.testkit.SameBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A book loaded from a snapshot taken after any prefix of its entries, with the rest replayed on top, answers exactly
 * as the book replayed from its first entry: the same entries, verdicts (under the rules and as acted), cures,
 * corrections, timeline and registers. Run on the bundled OpenAI book with random corrections and retractions recorded
 * after it, and on a generated book of three entities; the cut points are random (seeded), and include the first and
 * the last entry and the entries around every correction.
 */
class SnapshotEquivalenceTests {
  private static final byte[] BUILD = new byte[32];
  private static final byte[] KEY = "test key".getBytes(java.nio.charset.StandardCharsets.UTF_8);

  @Test
  void openAiBook_withCorrectionsAndRetractionsOnTop_loadsFromAnySnapshotAsItReplays() {
    Scenario s = new ScenarioLoader().load(Path.of(System.getProperty("charter.home", "../"), "scenarios/openai-2023"));
    for (long seed = 1; seed <= 6; seed++) {
      List<Act> acts = new ArrayList<>(s.acts());
      acts.addAll(corrections(s.acts(), new Random(seed), 6));
      checkEveryCut(s.id(), s.zone(), acts, new Random(seed), 12, 200);
    }
  }

  @Test
  void generatedBook_loadsFromAnySnapshotAsItReplays() {
    List<Act> acts = new ArrayList<>(BookGenerator.acts(5, 12_000));
    acts.addAll(corrections(acts, new Random(5), 3));
    checkEveryCut("bench", ZoneOffset.UTC, acts, new Random(5), 4, 60);
  }

  @Test
  void bookSync_onARealSqliteFile_loadsTheSnapshotAndReplaysOnlyTheTail(@TempDir Path dir) {
    Scenario s = new ScenarioLoader().load(Path.of(System.getProperty("charter.home", "../"), "scenarios/openai-2023"));
    List<Act> acts = new ArrayList<>(s.acts());
    acts.addAll(corrections(s.acts(), new Random(9), 4));
    Book full = replay(s.id(), s.zone(), acts);
    int cut = s.acts().size() - 5;
    try (SqliteLedgerStore store = SqliteLedgerStore.open(dir.resolve("charter.db"))) {
      BookSync.appendMissing(store, s.id(), full.entries().subList(0, cut));
      Book prefix = BookSync.load(store, s.id(), s.zone());
      assertThat(BookSync.save(store, prefix, KEY)).isTrue();
      BookSync.appendMissing(store, s.id(), full.entries());
      BookSync.Load l = BookSync.open(store, s.id(), s.zone(), KEY);
      assertThat(l.ignored()).isNull();
      assertThat(l.fromSnapshot()).isEqualTo(cut);
      assertThat(l.replayed()).isEqualTo(acts.size() - cut);
      SameBook.assertSame(full, l.book(), 400);
    }
  }

  /** For each cut: a snapshot of the first {@code cut} entries, read back, and the rest replayed from their entries. */
  private static void checkEveryCut(String id, ZoneId zone, List<Act> acts, Random random, int cuts, int moments) {
    Book full = replay(id, zone, acts);
    List<LedgerEntry> entries = full.entries();
    TreeSet<Integer> at = new TreeSet<>(List.of(1, acts.size()));
    for (int i = 0; i < acts.size(); i++) {
      if (acts.get(i) instanceof ActCorrected || acts.get(i) instanceof ActRetracted) {
        at.add(i);
        at.add(i + 1);
      }
    }
    for (int k = 0; k < cuts; k++) {
      at.add(1 + random.nextInt(acts.size()));
    }
    // One book grows through every cut, and is saved at each.
    Book prefix = new Book(id, zone);
    for (int cut : at) {
      while (prefix.size() < cut) {
        prefix.replay(acts.get(prefix.size()));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try {
        BookSnapshot.write(prefix, out, KEY, BUILD);
        Book loaded = BookSnapshot.read(new ByteArrayInputStream(out.toByteArray()), entries.get(cut - 1), zone, KEY,
            BUILD);
        for (LedgerEntry e : entries.subList(cut, entries.size())) {
          loaded.replayStored(Canonical.decode(e.payload()), e);
        }
        SameBook.assertSame(full, loaded, moments);
      } catch (Exception | AssertionError e) {
        throw new AssertionError("snapshot after " + cut + " of " + acts.size() + " entries: " + e.getMessage(), e);
      }
    }
  }

  private static Book replay(String id, ZoneId zone, List<Act> acts) {
    Book b = new Book(id, zone);
    acts.forEach(b::replay);
    return b;
  }

  /**
   * Corrections of random binding acts' valid times (by up to ten days either way) and retractions of others, recorded
   * after every act of {@code acts}; one in four names an act a correction before it named too.
   */
  private static List<Act> corrections(List<Act> acts, Random random, int n) {
    List<Act> binding = acts.stream().filter(a -> a instanceof BindingAct).toList();
    Instant last = acts.stream().map(a -> a.meta().recordedAt()).max(Instant::compareTo).orElseThrow();
    List<Act> out = new ArrayList<>();
    String previous = null;
    for (int k = 0; k < n; k++) {
      String target = previous != null && random.nextInt(4) == 0 ? previous
          : binding.get(random.nextInt(binding.size())).id();
      ActMeta meta = new ActMeta("fix-" + k, last.plus(Duration.ofDays(1 + k)), last.plus(Duration.ofDays(1 + k)),
          "test", List.of(), null);
      Act target0 = acts.stream().filter(a -> a.id().equals(target)).findFirst().orElseThrow();
      out.add(random.nextInt(3) == 0 ? new ActRetracted(meta, target, "entered by mistake")
          : new ActCorrected(meta, target, target0.meta().validAt().plus(Duration.ofHours(random.nextInt(480) - 240)),
              "the minutes give another time"));
      previous = target;
    }
    return out;
  }
}
