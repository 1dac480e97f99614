package org.charter.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.charter.core.Fixtures.T0;
import static org.charter.core.Fixtures.at;
import static org.charter.core.Fixtures.finding;
import static org.charter.core.Fixtures.ids;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.charter.core.Fixtures;
import org.charter.core.act.Bounds;
import org.charter.core.act.BylawTerms;
import org.charter.core.act.BylawsAmended;
import org.charter.core.act.CustomCondition;
import org.charter.core.act.Office;
import org.charter.core.act.OfficerAppointed;
import org.charter.core.act.WrittenConsentSigned;
import org.charter.core.book.Book;
import org.charter.core.book.Recorded;
import org.charter.core.ledger.HashChain;
import org.charter.core.ledger.LedgerEntry;
import org.charter.core.verdict.Finding;
import org.charter.core.verdict.Verdict;
import org.junit.jupiter.api.Test;

/** Bylaw conditions within CEL's parse limits and Charter's step budget: refused when recorded, stopped when run. */
class CelLimitsTests {
  // Issue 11's reproduction: three nested comprehensions over 150 elements, 3.4 million iterations.
  static final String CUBE = cube(150);
  static final String CHAIR_INDEPENDENT =
      "act.office != 'CHAIR' || !directors.exists(d, d.id == act.person && d.employed)";

  static String cube(int n) {
    String list = IntStream.range(0, n).mapToObj(Integer::toString).collect(Collectors.joining(",", "[", "]"));
    return list + ".all(a," + list + ".all(b," + list + ".all(c,a+b+c>=0)))";
  }

  @Test
  void costError_ofTheIssuesCube_namesTheRuleTheLimitAndTheEstimate() {
    assertThat(CelConditions.compileError(CUBE)).isEmpty();
    assertThat(CelConditions.costError(CUBE)).hasValueSatisfying(m -> assertThat(m)
        .isEqualTo("the condition may take 64,487,407 steps, more than the limit of 10,000 (CH-cel-cost; a list the"
            + " expression does not spell out is taken as 32 long)"));
  }

  @Test
  void costError_ofTheBundledCondition_isEmptyAndItStillHolds() throws Exception {
    assertThat(CelConditions.costError(CHAIR_INDEPENDENT)).isEmpty();
    Map<String, Object> ceo = Map.of("id", "sam", "employed", true);
    assertThat(CelConditions.evaluate(CHAIR_INDEPENDENT,
        Map.of("act", Map.of("office", "CHAIR", "person", "sam"), "directors", List.of(ceo)))).isFalse();
    assertThat(CelConditions.evaluate(CHAIR_INDEPENDENT,
        Map.of("act", Map.of("office", "CHAIR", "person", "bret"), "directors", List.of(ceo)))).isTrue();
  }

  @Test
  void compileError_pastTheParseLimits_namesTheLimit() {
    String longOne = "true" + " && true".repeat(CelLimits.MAX_CODE_POINTS / 8);
    assertThat(CelConditions.compileError(longOne)).hasValueSatisfying(m -> assertThat(m).contains("2000"));
    String deep = "(".repeat(CelLimits.MAX_NESTING + 1) + "true" + ")".repeat(CelLimits.MAX_NESTING + 1);
    assertThat(CelConditions.compileError(deep)).isPresent();
    assertThat(CelConditions.compileError("(((true)))")).isEmpty();
  }

  @Test
  void check_ofBylawsCarryingTheCube_namesTheExpressionsField() {
    BylawsAmended a = amended(CUBE);
    List<Bounds.Violation> v = CelConditions.check(a);
    assertThat(v).singleElement().satisfies(x -> {
      assertThat(x.field()).isEqualTo("terms.conditions[0].expression");
      assertThat(x.message()).contains("CH-cel-cost");
    });
    assertThat(CelConditions.check(amended(CHAIR_INDEPENDENT))).isEmpty();
  }

  @Test
  void record_ofBylawsCarryingTheCube_isRefusedAndChangesNothing() {
    Fixtures f = new Fixtures().org("delaware-nonstock", 3, Fixtures.bylaws(24), false);
    List<LedgerEntry> before = f.book.entries();
    assertThatThrownBy(() -> f.book.record(amended(CUBE))).isInstanceOf(Bounds.OutOfBoundsException.class)
        .hasMessageContaining("terms.conditions[0].expression").hasMessageContaining("CH-cel-cost");
    assertThatThrownBy(() -> f.book.replay(amended(CUBE))).isInstanceOf(Bounds.OutOfBoundsException.class);
    assertThat(f.book.entries()).isEqualTo(before);
  }

  @Test
  void replayStored_ofBylawsCarryingTheCube_loadsAndLaterActsAreUnknownNotHung() {
    // A book written before the limit: its entries are taken as stored, and the condition is stopped at the budget.
    Fixtures f = new Fixtures().org("delaware-nonstock", 3, Fixtures.bylaws(24), false);
    Book copy = new Book(f.book.id(), java.time.ZoneOffset.UTC);
    for (LedgerEntry e : f.book.entries()) {
      copy.replayStored(f.book.timeline().get((int) e.seq()).act(), e);
    }
    BylawsAmended heavy = amended(CUBE, "officer-appointed");
    Recorded last = copy.last().orElseThrow();
    copy.replayStored(heavy, HashChain.entry(copy.id(), copy.size(), last.hash(), heavy));
    copy.replay(new WrittenConsentSigned(meta("c", at(5, 9)), "board", "c1", "chair", ids(1, 3), null));
    Verdict v = copy.replay(new OfficerAppointed(meta("o", at(5, 10)), "acme", Office.CHAIR, "d2", "c1")).verdict();
    Finding cube = finding(v, "X-cube");
    assertThat(cube.outcome()).isEqualTo(Finding.Outcome.UNKNOWN);
    assertThat(cube.detail()).contains("stopped at the limit of 10000 steps (CH-cel-cost)");
  }

  @Test
  void evaluate_ofAnAcceptedConditionOverALargerBoard_isStoppedAtTheBudgetAsUnknown() {
    // About 150 steps per director: 32 of them (what the estimate assumes) fit the budget, 300 do not.
    String pairs = "directors.all(d, " + IntStream.range(0, 30).mapToObj(i -> "d.name != 'x" + i + "'")
        .collect(Collectors.joining(" && ")) + ")";
    assertThat(CelConditions.costError(pairs)).isEmpty();
    BylawTerms b = new BylawTerms("b", null, null, null, 24, null, null, null, null, null,
        List.of(new CustomCondition("X-pairs", null, List.of("officer-appointed"), pairs, null)), null);
    Fixtures small = new Fixtures().org("delaware-nonstock", 5, b, false);
    Fixtures large = new Fixtures().org("delaware-nonstock", 300, b, false);
    for (Fixtures f : List.of(small, large)) {
      f.replay(new WrittenConsentSigned(f.meta(at(5, 9)), "board", "c1", "chair", f == small ? ids(1, 5)
          : ids(1, 300), null));
    }
    Verdict held = small.replay(new OfficerAppointed(small.meta(at(5, 10)), "acme", Office.CHAIR, "d2", "c1"))
        .verdict();
    Verdict stopped = large.replay(new OfficerAppointed(large.meta(at(5, 10)), "acme", Office.CHAIR, "d2", "c1"))
        .verdict();
    assertThat(finding(held, "X-pairs").outcome()).isEqualTo(Finding.Outcome.MET);
    assertThat(finding(stopped, "X-pairs").outcome()).isEqualTo(Finding.Outcome.UNKNOWN);
    assertThat(finding(stopped, "X-pairs").detail()).contains("CH-cel-cost");
  }

  @Test
  void run_ofAnyCondition_neverTakesMoreStepsThanTheBudget_andAnAcceptedOneStaysWithinItsEstimate() throws Exception {
    Random r = new Random(11);
    int accepted = 0;
    int stopped = 0;
    for (int round = 0; round < 200; round++) {
      String e = randomCondition(r, 0);
      assertThat(CelConditions.compileError(e)).as(e).isEmpty();
      int board = r.nextInt(CelLimits.ASSUMED_LIST_SIZE + 1);
      Map<String, Object> vars = Map.of("act", Map.of("office", "CHAIR", "person", "d1"),
          "directors", board(board));
      CelCost.Budget budget = new CelCost.Budget();
      boolean over = false;
      try {
        CelConditions.run(e, vars, budget);
      } catch (CelCost.OverBudgetException x) {
        over = true;
        stopped++;
      }
      // The count stops it one step past the budget, or a step per node later where || and && absorb the stop.
      assertThat(budget.steps()).as(e).isLessThanOrEqualTo(CelLimits.MAX_STEPS + CelLimits.MAX_NODES);
      if (CelConditions.costError(e).isEmpty()) {
        accepted++;
        assertThat(over).as(e).isFalse();
        assertThat(budget.steps()).as(e).isLessThanOrEqualTo(CelConditions.estimate(e));
      }
    }
    // The generator must reach both sides of the limit for the property to mean anything.
    assertThat(accepted).isGreaterThan(25);
    assertThat(stopped).isGreaterThan(10);
  }

  private static String randomCondition(Random r, int depth) {
    int pick = depth >= 3 ? r.nextInt(3) : r.nextInt(7);
    return switch (pick) {
      case 0 -> "true";
      case 1 -> "act.office == 'CHAIR'";
      case 2 -> "size(directors) >= " + r.nextInt(10);
      case 3, 4 -> range(r) + "." + List.of("all", "exists", "exists_one").get(r.nextInt(3)) + "(x" + depth + ", "
          + randomCondition(r, depth + 1) + ")";
      case 5 -> range(r) + ".map(x" + depth + ", " + randomCondition(r, depth + 1) + ").exists(y" + depth + ", y"
          + depth + ")";
      default -> "(" + randomCondition(r, depth + 1) + (r.nextBoolean() ? " && " : " || ")
          + randomCondition(r, depth + 1) + ")";
    };
  }

  private static String range(Random r) {
    if (r.nextInt(3) == 0) {
      return "directors";
    }
    return IntStream.range(0, r.nextInt(60)).mapToObj(Integer::toString).collect(Collectors.joining(",", "[", "]"));
  }

  private static List<Map<String, Object>> board(int n) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("id", "d" + i);
      d.put("name", "Director " + i);
      d.put("employed", i == 1);
      out.add(d);
    }
    return out;
  }

  private static BylawsAmended amended(String expression, String... appliesTo) {
    BylawTerms t = new BylawTerms("b", null, null, null, null, null, null, null, null, null,
        List.of(new CustomCondition("X-cube", "bylaws § 9", List.of(appliesTo), expression, null)), null);
    return new BylawsAmended(meta("b", T0.plusSeconds(60)), "acme", t, null);
  }

  private static org.charter.core.act.ActMeta meta(String id, java.time.Instant t) {
    return org.charter.core.act.ActMeta.of(id, t);
  }
}
