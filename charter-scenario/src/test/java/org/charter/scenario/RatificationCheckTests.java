package org.charter.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.charter.core.act.Act;
import org.charter.core.act.Office;
import org.charter.core.book.Book;
import org.charter.core.book.Recorded;
import org.charter.core.state.Basis;
import org.charter.core.state.Register;
import org.charter.core.state.StateView;
import org.charter.core.verdict.Finding;
import org.charter.core.verdict.Status;
import org.junit.jupiter.api.Test;

/**
 * The § 204 check file of the OpenAI case (checks/ratify-204-removals.yaml): what the statute's text gives for a
 * ratification of the 17 Nov removals by the board of 1 Dec 2023, and its effect on both registers.
 */
class RatificationCheckTests {
  private static final Path OPENAI = Path.of("..", "scenarios", "openai-2023");

  @Test
  void ratifyingTheRemovalsUnder204_isValid_andTheLegalRegisterThenFollowsThemFrom17November() throws Exception {
    Scenario s = new ScenarioLoader().load(OPENAI);
    Book book = new Book(s.id(), s.zone());
    s.acts().forEach(book::replay);
    Basis on18th = Basis.at(java.time.OffsetDateTime.parse("2023-11-18T12:00:00-08:00").toInstant());
    assertThat(book.state(on18th, Register.LEGAL).directorIds("openai-board")).contains("sam-altman", "greg-brockman");
    List<Act> checks = new ScenarioLoader().loadActs(OPENAI.resolve("checks").resolve("ratify-204-removals.yaml"), s);
    List<Recorded> done = checks.stream().map(book::replay).toList();
    for (Recorded r : done.subList(1, done.size())) {
      assertThat(r.verdict().status()).as(r.act().id() + ": " + r.verdict()).isIn(Status.VALID,
          Status.VALID_WITH_WARNINGS);
      Finding f = r.verdict().findings().stream().filter(x -> x.ruleId().equals("DE-204-ratify")).findFirst()
          .orElseThrow();
      assertThat(f.outcome()).isEqualTo(Finding.Outcome.MET);
      // Says why: § 114 reads the chapter, § 204 included, for a nonstock corporation.
      assertThat(f.citation()).contains("§ 114(a)").contains("§ 114(c)(3)");
    }
    StateView legal = book.state(on18th, Register.LEGAL);
    StateView acted = book.state(on18th, Register.ACTED);
    assertThat(legal.directorIds("openai-board")).containsExactlyInAnyOrderElementsOf(
        acted.directorIds("openai-board"));
    assertThat(legal.directorIds("openai-board")).doesNotContain("sam-altman", "greg-brockman");
    assertThat(legal.office("openai-inc", Office.CEO)).isEmpty();
    // Murati's appointment rests on a resolution the check does not ratify: still void, so no interim CEO in law.
    assertThat(legal.office("openai-inc", Office.INTERIM_CEO)).isEmpty();
    assertThat(acted.office("openai-inc", Office.INTERIM_CEO)).isPresent();
  }
}
