package org.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.charter.core.ledger.LedgerEntry;
import org.charter.core.ledger.LedgerStore;
import org.charter.server.CharterServer;
import org.charter.server.ServerOptions;
import org.charter.store.Stores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code state}, {@code check}, {@code waterfall} and {@code replay} on a book of a store ({@code --db --book}), with
 * acts recorded through a real server's API on top of the OpenAI scenario, in a real SQLite file.
 */
class StoreBookTests {
  private static final String BOOK = "openai-2023";
  private static final String TOKEN = "store-book-tests-admin-token";
  // Toner waives notice of the 17 November meeting in writing, after it; and a statement whose text and times test
  // every quoting rule of YAML and the nanoseconds of a valid time.
  private static final List<Map<String, Object>> API_ACTS = List.of(
      Map.of("act", "notice-waived", "id", "toner-waives-2023-11-20", "at", "2023-11-20T09:00:00-08:00",
          "sources", List.of(Map.of("assumption", "a hypothetical written waiver, for the tests")),
          "meeting", "m-2023-11-17", "by", "helen-toner", "in_writing", true),
      Map.of("act", "statement-made", "id", "api-statement-1", "at", "2023-11-22T10:00:00.123456789-08:00",
          "sources", List.of(Map.of("seed", "001", "quote", "yes")),
          "note", " leading space, 'single' and \"double\": a colon\nsecond line # not a comment\n",
          "by", "null", "text", "Ünïcödé — 001\ttab: ~ true"));

  @TempDir static Path tmp;
  private static Path db;

  @BeforeAll
  static void storeWithActsRecordedThroughTheApi() throws Exception {
    System.setProperty("charter.home", "..");
    db = tmp.resolve("charter.db");
    assertThat(Cli.run("replay", Cli.OPENAI.toString(), "--db", db.toString()).code()).isZero();
    try (CharterServer server = CharterServer.start(
        ServerOptions.of(0, db.toString(), List.of(Cli.OPENAI)).withAdminToken(TOKEN))) {
      HttpRequest post = HttpRequest.newBuilder(
              URI.create("http://127.0.0.1:" + server.port() + "/api/books/" + BOOK + "/acts"))
          .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(new ObjectMapper().writeValueAsString(API_ACTS))).build();
      HttpResponse<String> r = HttpClient.newHttpClient().send(post, HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }
  }

  private static List<LedgerEntry> stored(Path file) {
    try (LedgerStore store = Stores.openExisting(file.toString())) {
      return store.read(BOOK);
    }
  }

  @Test
  void replay_dbAndBook_printsTheTimelineWithTheActsRecordedThroughTheApiAndWritesNothing() throws Exception {
    byte[] before = Files.readAllBytes(db);
    Cli r = Cli.run("replay", "--db", db.toString(), "--book", BOOK);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("OpenAI, November 2023 (openai-2023)").contains("read from " + db)
        .contains("nothing written").contains("Ünïcödé — 001");
    Cli json = Cli.run("replay", "--db", db.toString(), "--book", BOOK, "--format", "json");
    assertThat(json.json().get("appended").asInt()).isZero();
    assertThat(json.json().get("timeline").toString()).contains("toner-waives-2023-11-20").contains("api-statement-1");
    assertThat(Files.readAllBytes(db)).isEqualTo(before);
  }

  @Test
  void state_dbAndBook_answersAsTheScenarioDirectoryWithTheBundledZone() {
    String at = "2023-11-21T12:00";
    Cli fromDir = Cli.run("state", Cli.OPENAI.toString(), "--at", at, "--format", "json");
    Cli fromStore = Cli.run("state", "--db", db.toString(), "--book", BOOK, "--at", at, "--format", "json");
    assertThat(fromStore.code()).as(fromStore.err()).isZero();
    // Neither API act seats or unseats anyone: the answer is the scenario's, local time read in Los Angeles.
    assertThat(fromStore.json()).isEqualTo(fromDir.json());
  }

  @Test
  void waterfall_dbAndBook_splitsAsTheScenarioDirectory() {
    Cli fromDir = Cli.run("waterfall", Cli.OPENAI.toString(), "--amount", "1000000000", "--at", "2024-01-01",
        "--format", "json");
    Cli fromStore = Cli.run("waterfall", "--db", db.toString(), "--book", BOOK, "--amount", "1000000000", "--at",
        "2024-01-01", "--format", "json");
    assertThat(fromStore.code()).as(fromStore.err()).isZero();
    assertThat(fromStore.json()).isEqualTo(fromDir.json());
  }

  @Test
  void check_dbAndBook_judgesAgainstTheStoredBook() {
    Cli r = Cli.run("check", "--db", db.toString(), "--book", BOOK, "--act",
        Cli.OPENAI.resolve("checks/consent-three-of-four.yaml").toString());
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
    assertThat(r.out()).contains("against openai-2023").contains("DE-141f-consent");
  }

  @Test
  void check_dbAndBook_proposedActWithTheIdOfAnApiAct_exits2() throws Exception {
    Path act = tmp.resolve("clash.yaml");
    Files.writeString(act, """
        - act: statement-made
          id: api-statement-1
          at: 2023-11-23T10:00:00-08:00
          by: someone
          text: again
        """);
    Cli r = Cli.run("check", "--db", db.toString(), "--book", BOOK, "--act", act.toString());
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(2);
    assertThat(r.err()).contains("act id 'api-statement-1' is already used by an act of scenario openai-2023");
  }

  @Test
  void state_bothDirAndDbBook_exits2SayingOneOfThem() {
    Cli r = Cli.run("state", Cli.OPENAI.toString(), "--db", db.toString(), "--book", BOOK, "--at", "2023-11-21");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("give a scenario directory or --db with --book, not both");
  }

  @Test
  void state_neitherDirNorDbBook_exits2SayingWhatToGive() {
    Cli r = Cli.run("state", "--at", "2023-11-21");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("give a scenario directory, or --db URL --book ID");
  }

  @Test
  void waterfall_bookWithoutDb_orDbWithoutBook_exits2() {
    Cli noDb = Cli.run("waterfall", "--book", BOOK, "--amount", "1");
    assertThat(noDb.code()).isEqualTo(2);
    assertThat(noDb.err()).contains("--book needs --db");
    Cli noBook = Cli.run("waterfall", Cli.OPENAI.toString(), "--db", db.toString(), "--amount", "1");
    assertThat(noBook.code()).isEqualTo(2);
    assertThat(noBook.err()).contains("--db needs --book");
  }

  @Test
  void state_unknownBook_exits2NamingItAndTheBooksThereAre() {
    Cli r = Cli.run("state", "--db", db.toString(), "--book", "no-such-book", "--at", "2023-11-21");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--book: no book no-such-book in " + db).contains("(books: openai-2023)");
  }

  @Test
  void state_missingStoreFile_exits2AndCreatesNothing() {
    Path missing = tmp.resolve("missing.db");
    Cli r = Cli.run("state", "--db", missing.toString(), "--book", BOOK, "--at", "2023-11-21");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--db: no database at " + missing);
    assertThat(Files.exists(missing)).isFalse();
  }

  @Test
  void state_unknownZone_exits2NamingIt() {
    Cli r = Cli.run("state", "--db", db.toString(), "--book", BOOK, "--zone", "Mars/Olympus", "--at", "2023-11-21");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--zone: unknown time zone 'Mars/Olympus'");
  }

  @Test
  void export_thenReplayIntoAFreshStore_givesTheSameEntriesAndChainHead() throws Exception {
    Path out = tmp.resolve("export-roundtrip");
    Cli e = Cli.run("export", "--db", db.toString(), "--book", BOOK, "--out", out.toString(), "--format", "json");
    assertThat(e.code()).as(e.out() + e.err()).isZero();
    List<LedgerEntry> original = stored(db);
    String head = original.get(original.size() - 1).hashHex();
    assertThat(e.json().get("head").asText()).isEqualTo(head);
    assertThat(e.json().get("acts").asInt()).isEqualTo(original.size());
    assertThat(Files.readString(out.resolve("scenario.yaml"))).contains("id: openai-2023")
        .contains("timezone: America/Los_Angeles");
    try (var files = Files.list(out.resolve("acts"))) {
      assertThat(files.count()).isEqualTo(e.json().get("files").asLong()).isGreaterThan(1);
    }
    // A valid time given as a span, and an entity entered rather than formed, are written back as the scenario has them.
    String written;
    try (var files = Files.list(out.resolve("acts"))) {
      StringBuilder all = new StringBuilder();
      for (Path f : files.sorted().toList()) {
        all.append(Files.readString(f));
      }
      written = all.toString();
    }
    assertThat(written).contains("id: reid-hoffman-elected").contains("at: 2018/2019")
        .contains("at: 2023-01/2023-03").contains("act: entity-entered\n  id: microsoft-entered");

    Path fresh = tmp.resolve("fresh.db");
    Cli replay = Cli.run("replay", out.toString(), "--db", fresh.toString());
    assertThat(replay.code()).as(replay.err()).isZero();
    List<LedgerEntry> again = stored(fresh);
    assertThat(again.get(again.size() - 1).hashHex()).isEqualTo(head);
    assertThat(again).isEqualTo(original);
    assertThat(Cli.run("verify", "--db", fresh.toString()).code()).isZero();
  }

  @Test
  void export_intoANonEmptyDirectory_exits2AndLeavesItAsItWas() throws Exception {
    Path out = Files.createDirectories(tmp.resolve("taken"));
    Files.writeString(out.resolve("notes.txt"), "mine");
    Cli r = Cli.run("export", "--db", db.toString(), "--book", BOOK, "--out", out.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--out: " + out + " is not empty; export never overwrites");
    try (var files = Files.list(out)) {
      assertThat(files.toList()).containsExactly(out.resolve("notes.txt"));
    }
    assertThat(Files.readString(out.resolve("notes.txt"))).isEqualTo("mine");
  }

  @Test
  void export_intoAnEmptyDirectory_fillsIt() {
    Path out = tmp.resolve("empty");
    assertThat(out.toFile().mkdirs()).isTrue();
    Cli r = Cli.run("export", "--db", db.toString(), "--book", BOOK, "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("it replays to the chain head");
    assertThat(Files.isRegularFile(out.resolve("scenario.yaml"))).isTrue();
  }

  @Test
  void export_unknownBook_exits2NamingItAndCreatesNoDirectory() throws Exception {
    Path out = tmp.resolve("never");
    Cli r = Cli.run("export", "--db", db.toString(), "--book", "nope", "--out", out.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--book: no book nope");
    assertThat(Files.exists(out)).isFalse();
    try (var siblings = Files.list(tmp)) {
      assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".export-"));
    }
  }
}
