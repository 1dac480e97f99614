package org.charter.core.act;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The domain's ranges at their edges: the last value inside each is taken, the first outside is named. */
class BoundsTests {
  @Test
  void time_edgesOfTheWindow_insideTakenOutsideNamed() {
    assertThat(Bounds.time(Bounds.FIRST_TIME)).isEmpty();
    assertThat(Bounds.time(Bounds.LAST_TIME)).isEmpty();
    assertThat(Bounds.time(Bounds.FIRST_TIME.minusNanos(1))).hasValueSatisfying(m -> assertThat(m)
        .contains("outside the time window (years 1600 to 9999, UTC)"));
    assertThat(Bounds.time(Bounds.LAST_TIME.plusNanos(1))).isPresent();
    assertThat(Bounds.time(Instant.MIN)).isPresent();
  }

  @Test
  void money_wholeCentsUpToTheCeiling_elseNamed() {
    assertThat(Bounds.money(new BigDecimal("0.01"))).isEmpty();
    assertThat(Bounds.money(new BigDecimal("12.30"))).isEmpty();
    assertThat(Bounds.money(new BigDecimal("12.3000"))).as("trailing zeros are still whole cents").isEmpty();
    assertThat(Bounds.money(Bounds.MAX_DOLLARS)).isEmpty();
    assertThat(Bounds.money(new BigDecimal("0.001"))).hasValue("0.001 is not a whole number of cents");
    assertThat(Bounds.money(Bounds.MAX_DOLLARS.add(new BigDecimal("0.01")))).hasValueSatisfying(m ->
        assertThat(m).contains("money ceiling"));
    assertThat(Bounds.money(new BigDecimal("1E+38"))).isPresent();
    assertThat(Bounds.money(new BigDecimal("92233720368547758.08"))).isPresent();
  }

  @Test
  void id_theDocumentedSetAndLength() {
    assertThat(Bounds.id("a")).isEmpty();
    assertThat(Bounds.id("helen-toner_2.0")).isEmpty();
    assertThat(Bounds.id("a".repeat(128))).isEmpty();
    for (String bad : List.of("", "a".repeat(129), "-x", ".x", "x y", "x\ny", "../../etc/passwd", "<img>", "é")) {
      assertThat(Bounds.id(bad)).as("'%s'", bad).isPresent();
    }
    assertThat(Bounds.id("x\ny")).hasValueSatisfying(m -> assertThat(m).doesNotContain("\n"));
  }

  @Test
  void text_lengthAndControlCharacters() {
    assertThat(Bounds.text("line one\n\tline two")).isEmpty();
    assertThat(Bounds.text("x".repeat(Bounds.MAX_TEXT))).isEmpty();
    assertThat(Bounds.text("x".repeat(Bounds.MAX_TEXT + 1))).hasValue("is 10001 characters long (at most 10000)");
    assertThat(Bounds.text("nul\u0000here")).hasValueSatisfying(m -> assertThat(m).contains("U+0000 at 4"));
  }

  @Test
  void require_anActOutOfBounds_namesEveryFieldInComponentOrder() {
    // ActMeta.of records the act at its valid time, so both times are out of the window.
    Act act = new InvestmentMade(ActMeta.of("x", Instant.parse("0001-01-01T00:00:00Z")), "microsoft", "openai-global",
        "microsoft", new BigDecimal("0.001"), new BigDecimal("5000"), null);
    assertThat(Bounds.check(act)).extracting(Bounds.Violation::field)
        .containsExactly("at", "recorded", "amount", "cap_multiple");
    assertThatThrownBy(() -> Bounds.require(act)).isInstanceOf(Bounds.OutOfBoundsException.class)
        .hasMessageStartingWith("act x is out of bounds: at: ");
  }
}
