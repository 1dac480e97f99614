package org.charter.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.core.Fixtures.at;
import static org.charter.core.Fixtures.finding;
import static org.charter.core.Fixtures.ids;

import org.charter.core.Fixtures;
import org.charter.core.act.BylawTerms;
import org.charter.core.act.Threshold;
import org.charter.core.act.WrittenConsentSigned;
import org.charter.core.verdict.Finding;
import org.charter.core.verdict.Status;
import org.charter.core.verdict.Verdict;
import org.junit.jupiter.api.Test;

/**
 * Bylaws that allow consent by a majority, under the two readings a hypothesis may take: the statute's unanimity
 * (8 Del. C. § 141(f), which the bylaws cannot lower) and the directors acting as members (§§ 102(a)(4), 114, 228).
 */
class WrittenConsentReadingsTests {
  private static final BylawTerms MAJORITY = new BylawTerms("as reported", null, null, null, 24, null, true, null, null,
      null, null, null, null, Threshold.MAJORITY);

  private static Verdict consent(String profile, Boolean hasMembers, BylawTerms bylaws, int signers) {
    Fixtures f = new Fixtures().org(profile, 6, bylaws, hasMembers);
    return f.replay(new WrittenConsentSigned(f.meta(at(5, 9)), "board", "c1", "x", ids(1, signers), null)).verdict();
  }

  @Test
  void withNoReadingChosen_aConsentTheMajorityBylawCarriesIsUndetermined_andNamesBothReadings() {
    Verdict v = consent("delaware-nonstock", false, MAJORITY, 4);
    assertThat(v.status()).isEqualTo(Status.UNDETERMINED);
    Finding f = finding(v, "DE-141f-consent");
    assertThat(f.outcome()).isEqualTo(Finding.Outcome.UNKNOWN);
    assertThat(f.detail()).contains("signed by 4 of 6").contains("which carries this consent")
        .contains("a question of law not settled here")
        .contains("delaware-nonstock-141f and delaware-nonstock-members-228");
    assertThat(f.citation()).contains("§§ 102(a)(4), 114(a), 228(a)");
    // Short of the bylaws' own majority, no reading saves it.
    assertThat(consent("delaware-nonstock", false, MAJORITY, 3).status()).isEqualTo(Status.INVALID);
    // A stock corporation has no members' reading: § 141(f) decides.
    assertThat(consent("delaware-stock", null, MAJORITY, 4).status()).isEqualTo(Status.INVALID);
  }

  @Test
  void underTheStatute_aMajorityBylawDoesNotLowerUnanimity_andTheFindingSaysWhy() {
    Verdict v = consent("delaware-nonstock-141f", false, MAJORITY, 4);
    assertThat(v.status()).isEqualTo(Status.INVALID);
    Finding f = finding(v, "DE-141f-consent");
    assertThat(f.detail()).contains("signed by 4 of 6").contains("the bylaws allow consent by a majority")
        .contains("the bylaws cannot lower that (8 Del. C. § 109(b)").contains("must be unanimous: not met");
  }

  @Test
  void asMembers_aMajorityOfDirectorsCarriesTheConsent() {
    Verdict v = consent("delaware-nonstock-members-228", false, MAJORITY, 4);
    assertThat(v.status()).isEqualTo(Status.VALID);
    Finding f = finding(v, "DE-228-members-consent");
    assertThat(f.outcome()).isEqualTo(Finding.Outcome.MET);
    assertThat(f.detail()).contains("signed by 4 of 6").contains("a majority (the bylaws' threshold), 4 of 6: met");
    assertThat(v.findings()).noneMatch(x -> x.ruleId().equals("DE-141f-consent"));
  }

  @Test
  void asMembers_threeOfSixIsNotAMajority() {
    Verdict v = consent("delaware-nonstock-members-228", false, MAJORITY, 3);
    assertThat(v.status()).isEqualTo(Status.INVALID);
    assertThat(finding(v, "DE-228-members-consent").detail()).endsWith("4 of 6: not met");
  }

  @Test
  void asMembers_withMembersNotOnRecord_isUnknown_andWithOtherMembersVoid() {
    Verdict unknown = consent("delaware-nonstock-members-228", null, MAJORITY, 4);
    assertThat(unknown.status()).isEqualTo(Status.UNDETERMINED);
    assertThat(finding(unknown, "DE-228-members-consent").detail()).contains("is not on record")
        .endsWith("met if it has none");
    Verdict members = consent("delaware-nonstock-members-228", true, MAJORITY, 6);
    assertThat(members.status()).isEqualTo(Status.INVALID);
    assertThat(finding(members, "DE-228-members-consent").detail()).contains("has members other than its directors");
  }

  @Test
  void asMembers_withoutAThresholdInTheBylaws_aMeetingsMajorityIsNeeded() {
    Verdict v = consent("delaware-nonstock-members-228", false, Fixtures.bylaws(24), 4);
    assertThat(finding(v, "DE-228-members-consent").detail()).contains("no threshold in the bylaws");
    assertThat(v.status()).isEqualTo(Status.VALID);
  }
}
