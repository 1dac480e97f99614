package org.charter.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.charter.core.act.Office;
import org.charter.core.book.Book;
import org.charter.core.state.Basis;
import org.charter.core.state.Register;
import org.charter.core.state.StateView;
import org.charter.core.state.Tenure;
import org.charter.core.verdict.Finding;
import org.charter.core.verdict.Status;
import org.charter.core.verdict.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The seeds' other cases (scenarios/apple-1985, zip2-1996, x-com-2000): where the record lacks what a verdict needs,
 * the verdict is undetermined and names the rule; what the record holds, it decides.
 */
class SeedCasesTests {
  private static Book replay(String scenario) throws Exception {
    Scenario s = new ScenarioLoader().load(Path.of("..", "scenarios", scenario));
    Book book = new Book(s.id(), s.zone());
    s.acts().forEach(book::replay);
    return book;
  }

  private static Finding finding(Verdict v, String rule) {
    return v.findings().stream().filter(f -> f.ruleId().equals(rule)).findFirst()
        .orElseThrow(() -> new AssertionError("no finding of " + rule + " in " + v.findings()));
  }

  private static StateView legal(Book book, String at) {
    return book.state(Basis.at(OffsetDateTime.parse(at).toInstant()), Register.LEGAL);
  }

  @Test
  void apple_aprilResolution_isUndeterminedOnTheCallNoticeQuorumAndTally() throws Exception {
    Verdict v = replay("apple-1985").verdict("r-1985-04-11-jobs");
    assertThat(v.status()).as(v.findings().toString()).isEqualTo(Status.UNDETERMINED);
    for (String rule : new String[] {"CA-307a1-call", "CA-307a2-notice", "CA-307a7-quorum", "CA-307a8-vote"}) {
      assertThat(finding(v, rule).outcome()).as(rule).isEqualTo(Finding.Outcome.UNKNOWN);
    }
    assertThat(finding(v, "CA-307a7-quorum").citation()).contains("Cal. Corp. Code § 307(a)(7)");
  }

  @Test
  void apple_removalOf31May_restsOnTheAprilResolution_andJobsStaysChair() throws Exception {
    Book book = replay("apple-1985");
    assertThat(book.verdict("steve-jobs-removed-evp").status()).isEqualTo(Status.UNDETERMINED);
    StateView june = legal(book, "1985-06-01T00:00:00-07:00");
    assertThat(june.office("apple", Office.CHAIR).map(Tenure::person)).contains("steve-jobs");
    assertThat(june.office("apple", new Office("executive-vice-president"))).isEmpty();
    assertThat(june.office("apple", Office.CEO).map(Tenure::person)).contains("john-sculley");
  }

  @Test
  void apple_resignationsInSeptember_leaveJobsNeitherChairNorDirector() throws Exception {
    Book book = replay("apple-1985");
    assertThat(book.verdict("steve-jobs-resigns-chair").status()).isNotEqualTo(Status.INVALID);
    assertThat(book.verdict("steve-jobs-resigns-director").status()).isNotEqualTo(Status.INVALID);
    StateView october = legal(book, "1985-10-01T00:00:00-07:00");
    assertThat(october.office("apple", Office.CHAIR)).isEmpty();
    assertThat(october.directorIds("apple-board")).doesNotContain("steve-jobs").contains("mike-markkula");
  }

  @Test
  void zip2_changeOfCeo_isUnknownAsItsStatuteIsNotModelled() throws Exception {
    Book book = replay("zip2-1996");
    Verdict v = book.verdict("rich-sorkin-ceo");
    assertThat(v.status()).isEqualTo(Status.UNDETERMINED);
    assertThat(finding(v, "CH-no-profile").detail()).contains("not modelled");
    StateView after = legal(book, "1997-01-01T00:00:00-08:00");
    assertThat(after.office("zip2", Office.CEO).map(Tenure::person)).contains("rich-sorkin");
    assertThat(after.office("zip2", Office.CTO).map(Tenure::person)).contains("elon-musk");
  }

  @Test
  void xCom_removalOfMusk_isUndeterminedWithoutItsResolution_andThielIsCeoAsActed() throws Exception {
    Book book = replay("x-com-2000");
    Verdict v = book.verdict("elon-musk-removed-ceo");
    assertThat(v.status()).isEqualTo(Status.UNDETERMINED);
    assertThat(finding(v, "CH-basis").detail()).contains("not on record");
    StateView october = book.state(Basis.at(OffsetDateTime.parse("2000-10-01T00:00:00-07:00").toInstant()),
        Register.ACTED);
    assertThat(october.office("x-com", Office.CEO).map(Tenure::person)).contains("peter-thiel");
  }
}
