package org.charter.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.core.Fixtures.T0;
import static org.charter.core.Fixtures.day;

import java.util.List;
import org.charter.core.Fixtures;
import org.charter.core.act.BodyEstablished;
import org.charter.core.act.BodyKind;
import org.charter.core.act.EntityFormed;
import org.charter.core.act.EntityKind;
import org.charter.core.act.Office;
import org.charter.core.act.OfficerAppointed;
import org.charter.core.act.PersonDescribed;
import org.charter.core.act.WrittenConsentSigned;
import org.charter.core.verdict.Finding;
import org.charter.core.verdict.Status;
import org.charter.core.verdict.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The delaware-llc profile: a Delaware LLC is governed by its LLC agreement (6 Del. C. § 18-1101(b)), which Charter
 * does not model, so what its rules would govern is unknown, never judged by a corporation's rules.
 */
class DelawareLlcTests {
  private static Fixtures llc() {
    Fixtures f = new Fixtures();
    f.replay(new EntityFormed(f.meta(T0), "acme", "Acme, LLC", EntityKind.LLC, "Delaware", "delaware-llc", null));
    f.replay(new BodyEstablished(f.meta(T0), "board", "acme", BodyKind.BOARD, "Board of managers"));
    f.replay(new PersonDescribed(f.meta(T0), "p1", "Person 1", List.of(), List.of(), List.of(), null));
    return f;
  }

  @Test
  void formation_isAFactOfRecord_withNoFinding() {
    Fixtures f = new Fixtures();
    Verdict v = f.replay(new EntityFormed(f.meta(T0), "acme", "Acme, LLC", EntityKind.LLC, "Delaware",
        "delaware-llc", null)).verdict();
    assertThat(v.status()).isEqualTo(Status.VALID);
    assertThat(v.findings()).isEmpty();
  }

  @Test
  void aConsentAndAnOfficer_areUnknown_underTheAgreementNotOnRecord_withTheActsDefaults() {
    Fixtures f = llc();
    Verdict consent = f.replay(new WrittenConsentSigned(f.meta(day(1)), "board", "r1", "Appoint a CEO.",
        List.of("p1"), null)).verdict();
    Verdict officer = f.replay(new OfficerAppointed(f.meta(day(1)), "acme", Office.CEO, "p1", "r1")).verdict();
    for (Verdict v : List.of(consent, officer)) {
      assertThat(v.status()).isEqualTo(Status.UNDETERMINED);
      Finding agreement = Fixtures.finding(v, "DE-LLC-agreement");
      assertThat(agreement.outcome()).isEqualTo(Finding.Outcome.UNKNOWN);
      assertThat(agreement.detail()).contains("Acme, LLC is a Delaware limited liability company")
          .contains("more than 50 percent deciding").contains("§ 18-402").contains("§§ 18-302(d), 18-404(d)");
      assertThat(agreement.citation()).contains("6 Del. C. § 18-1101(b)");
      // No corporation's rule speaks for an LLC.
      assertThat(v.findings()).extracting(Finding::ruleId).noneMatch(id -> id.startsWith("DE-141"));
    }
  }
}
