package org.charter.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.core.Fixtures.at;
import static org.charter.core.Fixtures.bylaws;
import static org.charter.core.Fixtures.finding;
import static org.charter.core.Fixtures.ids;

import java.math.BigDecimal;
import java.util.List;
import org.charter.core.Fixtures;
import org.charter.core.act.AgreementSigned;
import org.charter.core.act.Clause;
import org.charter.core.act.ComputePurchased;
import org.charter.core.act.DeterminationMade;
import org.charter.core.act.EntityFormed;
import org.charter.core.act.EntityKind;
import org.charter.core.act.ExceptionGranted;
import org.charter.core.act.TechnologyUsed;
import org.charter.core.act.WrittenConsentSigned;
import org.charter.core.verdict.Defect;
import org.charter.core.verdict.Finding;
import org.charter.core.verdict.Status;
import org.charter.core.verdict.Verdict;
import org.junit.jupiter.api.Test;

/** Acts checked against agreements in force: exclusivity and its exceptions, licence scope and determinations. */
class ClauseRuleTests {
  private Fixtures world() {
    Fixtures f = new Fixtures().org("delaware-nonstock", 3, bylaws(24), false);
    for (String e : List.of("cloud", "other-cloud")) {
      f.replay(new EntityFormed(f.meta(at(1, 0)), e, e, EntityKind.CORPORATION, "Delaware", "delaware-stock", null));
    }
    f.replay(new AgreementSigned(f.meta(at(2, 0)), "deal", List.of("acme", "cloud"), List.of(
        new Clause("excl", Clause.ClauseKind.EXCLUSIVITY, "acme", "cloud", "compute", at(2, 0), null, null, null),
        new Clause("lic", Clause.ClauseKind.LICENCE_SCOPE, "acme", "cloud", "technology", null, null, "agi", null))));
    return f;
  }

  private static ComputePurchased buy(Fixtures f, int day, String amount) {
    return new ComputePurchased(f.meta(at(day, 0)), "acme", "other-cloud", "compute", new BigDecimal(amount));
  }

  @Test
  void purchase_fromAnotherSupplierUnderExclusivity_isABreachNamingTheClause() {
    Fixtures f = world();
    Verdict v = f.replay(buy(f, 5, "100")).verdict();
    assertThat(v.label()).isEqualTo("invalid (breach)");
    assertThat(finding(v, "excl").defect()).isEqualTo(Defect.BREACH);
  }

  @Test
  void purchase_withinAnExceptionGrantedByTheExclusiveSupplier_isPermitted() {
    Fixtures f = world();
    f.replay(new ExceptionGranted(f.meta(at(4, 0)), "deal", "excl", "x1", "cloud", "other-cloud", "compute",
        new BigDecimal("500")));
    assertThat(f.replay(buy(f, 5, "100")).verdict().status()).isEqualTo(Status.VALID);
    assertThat(finding(f.replay(buy(f, 6, "900")).verdict(), "excl").outcome()).isEqualTo(Finding.Outcome.NOT_MET);
  }

  @Test
  void exception_grantedByThePartyTheClauseBinds_isVoid() {
    Fixtures f = world();
    Verdict v = f.replay(new ExceptionGranted(f.meta(at(4, 0)), "deal", "excl", "x1", "acme", null, null, null))
        .verdict();
    assertThat(finding(v, "excl").detail()).contains("only cloud, whom it protects, can");
    assertThat(v.label()).isEqualTo("invalid (void)");
  }

  @Test
  void use_ofTechnologyCreatedAfterTheDetermination_isNotLicensed() {
    Fixtures f = world();
    f.replay(new WrittenConsentSigned(f.meta(at(10, 0)), "board", "r", "agi", ids(1, 3), null));
    f.replay(new DeterminationMade(f.meta(at(10, 1)), "acme", "agi", "r"));
    Verdict before = f.replay(new TechnologyUsed(f.meta(at(12, 0)), "cloud", "acme", "m1", at(9, 0))).verdict();
    Verdict after = f.replay(new TechnologyUsed(f.meta(at(12, 0)), "cloud", "acme", "m2", at(11, 0))).verdict();
    assertThat(before.status()).isEqualTo(Status.VALID);
    assertThat(finding(after, "lic").outcome()).isEqualTo(Finding.Outcome.NOT_MET);
  }

  @Test
  void use_afterADeterminationThatIsItselfInvalid_isUnknown() {
    Fixtures f = world();
    f.replay(new WrittenConsentSigned(f.meta(at(10, 0)), "board", "r", "agi", ids(1, 2), null));
    Verdict d = f.replay(new DeterminationMade(f.meta(at(10, 1)), "acme", "agi", "r")).verdict();
    Verdict use = f.replay(new TechnologyUsed(f.meta(at(12, 0)), "cloud", "acme", "m2", at(11, 0))).verdict();
    assertThat(d.status()).isEqualTo(Status.INVALID);
    assertThat(finding(use, "lic").outcome()).isEqualTo(Finding.Outcome.UNKNOWN);
  }
}
