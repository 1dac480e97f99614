package org.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.charter.core.act.ActMeta;
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

/** Values outside the domain's ranges: exit 2 naming file:line:column or the option, and the store not touched. */
class PoisonValueCliTests {
  private static final String FAR_PAST = "-999999999-01-01T00:00:00Z";
  private static final String ENTITIES = """
      - act: entity-formed
        id: e1-formed
        at: 2020-01-01
        entity: e1
        name: E One
        kind: llc
        jurisdiction: Delaware
        profile: delaware-stock
      - act: entity-formed
        id: inv-formed
        at: 2020-01-01
        entity: inv
        name: Investor
        kind: corporation
        jurisdiction: Delaware
        profile: delaware-stock
      """;

  @TempDir Path tmp;

  private Path scenario(String id, String acts) throws IOException {
    return Cli.scenario(tmp, id, ENTITIES + acts);
  }

  private Cli replayRefused(Path dir) {
    return Cli.replayRefused(tmp, dir);
  }

  @Test
  void replay_investmentOfATenthOfACent_exits2AtTheAmountsLineAndColumnWritingNothing() throws IOException {
    Cli r = replayRefused(scenario("poison", """
        - act: investment-made
          at: 2021-01-01
          investor: inv
          entity: e1
          interest_class: units
          amount: 0.001
        """));
    assertThat(r.err()).contains("a.yaml:22:11: amount in investment-made").contains("whole number of cents");
  }

  @Test
  void replay_amountOf1e38_exits2NamingTheMoneyCeiling() throws IOException {
    Cli r = replayRefused(scenario("poison", """
        - act: distribution-made
          at: 2021-01-01
          entity: e1
          amount: 100000000000000000000000000000000000000
        """));
    assertThat(r.err()).contains("a.yaml:20:11: amount in distribution-made").contains("money ceiling");
  }

  @Test
  void replay_actAtYearOneOrTenThousand_exits2NamingAt() throws IOException {
    for (String at : List.of("0001-01-01T00:00:00Z", "+10000-01-01T00:00:00Z", FAR_PAST)) {
      Cli r = replayRefused(scenario("poison", "- act: statement-made\n  at: '" + at + "'\n  by: x\n  text: y\n"));
      assertThat(r.err()).contains("a.yaml:18:7: at in statement-made").contains("years 1600 to 9999");
    }
  }

  @Test
  void replay_badBookIds_exit2AtTheScenarioId() throws IOException {
    for (String id : List.of("''", "\"x\\ny\"", "../../etc/passwd")) {
      Cli r = replayRefused(scenario(id, ""));
      assertThat(r.err()).contains("scenario.yaml:1:5: id:").contains("is not an id");
    }
  }

  @Test
  void replay_badActId_exits2AtTheId() throws IOException {
    Cli r = replayRefused(scenario("poison", "- act: statement-made\n  id: ../../etc/passwd\n  at: 2021-01-01\n"
        + "  by: x\n  text: y\n"));
    assertThat(r.err()).contains("a.yaml:18:7: id in statement-made");
  }

  @Test
  void state_atYearMinus999999999_exits2NamingTheOption() throws IOException {
    Path dir = scenario("poison", "");
    Cli r = Cli.run("state", dir.toString(), "--at", FAR_PAST);
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).contains("--at: '" + FAR_PAST + "'").contains("outside the time window");
    Cli rec = Cli.run("state", dir.toString(), "--at", "2021-01-01", "--recorded-at", FAR_PAST);
    assertThat(rec.code()).as(rec.err()).isEqualTo(2);
    assertThat(rec.err()).contains("--recorded-at:");
  }

  @Test
  void verify_storeAlreadyHoldingAYearMinus999999999Entry_stillVerifies() {
    Path db = tmp.resolve("old.db");
    try (LedgerStore store = Stores.open(db.toString())) {
      Book book = new Book("openai-2023", ZoneId.of("America/Los_Angeles"));
      new ScenarioLoader().load(Cli.OPENAI).acts().forEach(book::replay);
      BookSync.appendMissing(store, "openai-2023", book.entries());
      LedgerEntry last = store.last("openai-2023").orElseThrow();
      NoticeWaived poison = new NoticeWaived(ActMeta.of("poisoned-waiver", Instant.parse(FAR_PAST)),
          "m-2023-11-17", "helen-toner", true);
      store.append("openai-2023", last.seq() + 1,
          List.of(HashChain.entry("openai-2023", last.seq() + 1, last.hash(), poison)));
    }
    Cli v = Cli.run("verify", "--db", db.toString());
    assertThat(v.code()).as(v.out() + v.err()).isZero();
    assertThat(v.out()).contains("chain verifies");
  }
}
