package org.charter.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.time.ZoneId;
import org.charter.core.act.Act;
import org.charter.core.act.ActMeta;
import org.charter.core.act.DistributionMade;
import org.charter.core.act.InvestmentMade;
import org.charter.core.act.NoticeWaived;
import org.charter.core.book.Book;
import org.charter.core.ledger.HashChain;
import org.charter.core.ledger.LedgerEntry;
import org.charter.core.ledger.LedgerStore;
import org.charter.scenario.ScenarioLoader;
import org.charter.store.BookSync;
import org.charter.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values outside the domain's ranges (years, money, ids, text) are refused at the edge with a 400 naming the field,
 * and nothing is written; a book that already holds such an entry still answers every read.
 */
class PoisonValueProbeTests {
  private static final String BOOK = "/api/books/openai-2023";
  private static final String ACTS = BOOK + "/acts";
  private static final String FAR_PAST = "-999999999-01-01T00:00:00Z";

  @TempDir Path dir;

  private static String waiver(String at) {
    return "- act: notice-waived\n  id: toner-waives-poison\n  at: '" + at + "'\n  meeting: m-2023-11-17\n"
        + "  by: helen-toner\n  in_writing: true\n";
  }

  private static void refused(TestServer s, TestServer.Answer a, String field, byte[] before) throws IOException {
    assertThat(a.status()).as(a.body()).isEqualTo(400);
    assertThat(a.json().get("message").asText()).contains(field);
    assertThat(RecordActsTests.files(s.db)).isEqualTo(before);
    assertThat(s.get(BOOK).status()).isEqualTo(200);
  }

  @Test
  void record_waiverAtYearMinus999999999ByDirector_is400NamingAtAndWritesNothing() throws IOException {
    try (TestServer s = TestServer.start(dir)) {
      String director = s.token("toner", "openai-2023", "director", "helen-toner");
      int size = RecordActsTests.stored(s).size();
      byte[] before = RecordActsTests.files(s.db);
      refused(s, s.post(ACTS, director, "application/yaml", waiver(FAR_PAST)), "at", before);
      assertThat(RecordActsTests.stored(s)).hasSize(size);
      for (String path : List.of("/api/books", BOOK, ACTS, BOOK + "/tenures")) {
        assertThat(s.get(path).status()).as(path).isEqualTo(200);
      }
    }
  }

  @Test
  void record_statementAtYearMinus999999999BySecretary_is400NamingAt() throws IOException {
    try (TestServer s = TestServer.start(dir)) {
      String clerk = s.token("clerk", "openai-2023", "secretary", null);
      byte[] before = RecordActsTests.files(s.db);
      String act = "- act: statement-made\n  at: '" + FAR_PAST + "'\n  by: someone\n  text: hello\n";
      refused(s, s.post(ACTS, clerk, "application/yaml", act), "at", before);
    }
  }

  @Test
  void record_yearsOneAndTenThousand_are400OutsideTheTimeWindow() throws IOException {
    try (TestServer s = TestServer.start(dir)) {
      byte[] before = RecordActsTests.files(s.db);
      for (String at : List.of("0001-06-01T00:00:00Z", "+10000-01-01T00:00:00Z")) {
        TestServer.Answer a = s.post(ACTS, TestServer.ADMIN_TOKEN, "application/yaml", waiver(at));
        refused(s, a, "at", before);
        assertThat(a.json().get("message").asText()).contains("1600 to 9999");
      }
    }
  }

  @Test
  void record_moneyOutOfBounds_is400NamingAmountAndWritesNothing() throws IOException {
    try (TestServer s = TestServer.start(dir)) {
      byte[] before = RecordActsTests.files(s.db);
      for (String amount : List.of("0.001", "1e38", "100000000000000000000000000000000000000", "92233720368547758.08")) {
        String invest = "- act: investment-made\n  at: 2024-01-01\n  investor: microsoft\n  entity: openai-global\n"
            + "  interest_class: microsoft\n  amount: " + amount + "\n";
        refused(s, s.post(ACTS, TestServer.ADMIN_TOKEN, "application/yaml", invest), "amount", before);
        String distribute = "- act: distribution-made\n  at: 2024-01-01\n  entity: openai-global\n  amount: "
            + amount + "\n";
        refused(s, s.post(ACTS, TestServer.ADMIN_TOKEN, "application/yaml", distribute), "amount", before);
      }
    }
  }

  @Test
  void record_badIds_are400NamingIdAndWriteNothing() throws IOException {
    try (TestServer s = TestServer.start(dir)) {
      byte[] before = RecordActsTests.files(s.db);
      for (String id : List.of("''", "\"x\\ny\"", "../../etc/passwd")) {
        String act = "- act: statement-made\n  id: " + id + "\n  at: 2024-01-01\n  by: someone\n  text: hello\n";
        refused(s, s.post(ACTS, TestServer.ADMIN_TOKEN, "application/yaml", act), "id", before);
      }
    }
  }

  @Test
  void record_textWithAControlCharacter_is400NamingTheQuote() throws IOException {
    try (TestServer s = TestServer.start(dir)) {
      byte[] before = RecordActsTests.files(s.db);
      String act = "- act: statement-made\n  at: 2024-01-01\n  sources:\n    - public: x\n      quote: \"a\\u0007b\"\n"
          + "  by: someone\n  text: hello\n";
      refused(s, s.post(ACTS, TestServer.ADMIN_TOKEN, "application/yaml", act), "sources[0].quote", before);
    }
  }

  @Test
  void query_timesOutsideTheWindow_are400NamingTheParameter() throws IOException {
    try (TestServer s = TestServer.start(dir)) {
      String far = URLEncoder.encode(FAR_PAST, StandardCharsets.UTF_8);
      TestServer.Answer at = s.get(BOOK + "/state?at=" + far);
      assertThat(at.status()).as(at.body()).isEqualTo(400);
      assertThat(at.json().get("fields").get(0).asText()).isEqualTo("at");
      TestServer.Answer rec = s.get(BOOK + "/state?at=2023-11-18&recorded_at=" + far);
      assertThat(rec.status()).as(rec.body()).isEqualTo(400);
      assertThat(rec.json().get("fields").get(0).asText()).isEqualTo("recorded_at");
      TestServer.Answer tenures = s.get(BOOK + "/tenures?recorded_at=" + far);
      assertThat(tenures.status()).as(tenures.body()).isEqualTo(400);
      TestServer.Answer wf = s.get(BOOK + "/waterfall?amount=100&at=" + far);
      assertThat(wf.status()).as(wf.body()).isEqualTo(400);
      assertThat(wf.json().get("message").asText()).startsWith("at:");
    }
  }

  /** An entry an older build let in: written straight to the store, bypassing every check of this one. */
  static void writePoisonedEntry(Path db) {
    writePoisonedEntries(db, List.of(new NoticeWaived(ActMeta.of("poisoned-waiver", Instant.parse(FAR_PAST)),
        "m-2023-11-17", "helen-toner", true)));
  }

  /** Entries an older build let in, appended after the bundled scenario's. */
  static void writePoisonedEntries(Path db, List<Act> poison) {
    try (LedgerStore store = Stores.open(db.toString())) {
      if (store.read("openai-2023").isEmpty()) {
        Book book = new Book("openai-2023", ZoneId.of("America/Los_Angeles"));
        new ScenarioLoader().load(TestServer.OPENAI).acts().forEach(book::replay);
        BookSync.appendMissing(store, "openai-2023", book.entries());
      }
      for (Act a : poison) {
        LedgerEntry last = store.last("openai-2023").orElseThrow();
        store.append("openai-2023", last.seq() + 1,
            List.of(HashChain.entry("openai-2023", last.seq() + 1, last.hash(), a)));
      }
    }
  }

  @Test
  void read_bookAlreadyHoldingAmountsOutsideTheBounds_answersEveryRead200ShowingThemAsStored() {
    Path db = dir.resolve("money.db");
    Instant at = Instant.parse("2024-02-01T00:00:00Z");
    writePoisonedEntries(db, List.of(
        new InvestmentMade(ActMeta.of("old-fraction", at), "microsoft", "openai-global", "microsoft",
            new BigDecimal("0.001"), null, null),
        new InvestmentMade(ActMeta.of("old-huge", at.plusSeconds(60)), "microsoft", "openai-global", "microsoft",
            new BigDecimal("1E+38"), null, null),
        new DistributionMade(ActMeta.of("old-huge-distribution", at.plusSeconds(120)), "openai-global",
            new BigDecimal("92233720368547758.08"))));
    try (TestServer s = TestServer.start(db, ServerOptions.DEFAULT_MAX_BODY)) {
      for (String path : List.of("/api/books", BOOK, ACTS, BOOK + "/tenures", BOOK + "/state?at=2024-03-01",
          BOOK + "/verify", ACTS + "/old-fraction", ACTS + "/old-huge",
          BOOK + "/waterfall?at=2024-03-01&amount=1000000000&entity=openai-global")) {
        TestServer.Answer a = s.get(path);
        assertThat(a.status()).as(path + ": " + a.body()).isEqualTo(200);
      }
      assertThat(s.get(ACTS + "/old-fraction").body()).contains("0.001");
      assertThat(s.get(ACTS + "/old-huge").body()).contains("100000000000000000000000000000000000000");
      // Each is void and moves no money: the waterfall counts what it counted before them.
      assertThat(s.get(ACTS + "/old-fraction").json().at("/verdict/status").asText()).isEqualTo("invalid");
      assertThat(s.get(ACTS + "/old-huge-distribution").json().at("/verdict/status").asText()).isEqualTo("invalid");
    }
  }

  @Test
  void read_bookAlreadyHoldingAYearMinus999999999Entry_answers200ShowingTheValueAsStored() {
    Path db = dir.resolve("charter.db");
    writePoisonedEntry(db);
    try (TestServer s = TestServer.start(dir)) {
      for (String path : List.of("/api/books", BOOK, ACTS, BOOK + "/tenures", BOOK + "/state?at=2023-11-18",
          BOOK + "/verify", ACTS + "/poisoned-waiver")) {
        TestServer.Answer a = s.get(path);
        assertThat(a.status()).as(path + ": " + a.body()).isEqualTo(200);
      }
      assertThat(s.get(ACTS + "?limit=" + Page.MAX_LIMIT).body()).contains("poisoned-waiver").contains(FAR_PAST);
    }
  }
}
