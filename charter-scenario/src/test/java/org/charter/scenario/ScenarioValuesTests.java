package org.charter.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.charter.core.act.Act;
import org.charter.core.act.ActKind;
import org.charter.core.act.BylawTerms;
import org.charter.core.act.BylawsAmended;
import org.charter.core.act.Count;
import org.charter.core.act.EconomicInterestSet;
import org.charter.core.act.EntityFormed;
import org.charter.core.act.MarketMoved;
import org.charter.core.act.NoticeWaived;
import org.charter.core.act.PersonDescribed;
import org.charter.core.act.PetitionSigned;
import org.charter.core.act.Precision;
import org.charter.core.act.Source;
import org.charter.core.act.Threshold;
import org.charter.core.act.VoteBase;
import org.charter.core.act.VoteRule;
import org.junit.jupiter.api.Test;

/** The value forms of the format (fixtures in values/), read against the sample scenario in America/Los_Angeles. */
class ScenarioValuesTests {
  private static Map<String, Act> load(String file) {
    Scenario sample = Fixtures.sample();
    List<Act> acts = new ScenarioLoader().loadActs(Fixtures.resource("values/" + file), sample);
    return acts.stream().collect(Collectors.toMap(Act::id, Function.identity()));
  }

  @Test
  void time_inEachForm_isTheInstantMeant() {
    Map<String, Act> acts = load("times.yaml");
    assertThat(acts.get("with-offset").meta().validAt()).isEqualTo(Instant.parse("2023-11-17T17:00:00Z"));
    assertThat(acts.get("utc").meta().validAt()).isEqualTo(Instant.parse("2023-11-17T12:00:00Z"));
    assertThat(acts.get("local-minutes").meta().validAt()).isEqualTo(Instant.parse("2023-11-17T20:00:00Z"));
    assertThat(acts.get("local-seconds").meta().validAt()).isEqualTo(Instant.parse("2023-11-17T20:00:30Z"));
    assertThat(acts.get("local-summer").meta().validAt()).isEqualTo(Instant.parse("2023-07-01T19:00:00Z"));
    assertThat(acts.get("date").meta().validAt()).isEqualTo(Instant.parse("2023-11-17T08:00:00Z"));
  }

  @Test
  void validTime_givenAsAYearOrAMonth_isThePeriodsStart_andSaysSo() {
    Map<String, Act> acts = load("periods.yaml");
    assertThat(acts.get("year").meta().validAt()).isEqualTo(Instant.parse("1996-01-01T08:00:00Z"));
    assertThat(acts.get("year").meta().precision()).isEqualTo(Precision.YEAR);
    assertThat(acts.get("month").meta().validAt()).isEqualTo(Instant.parse("2017-03-01T08:00:00Z"));
    assertThat(acts.get("month").meta().precision()).isEqualTo(Precision.MONTH);
    assertThat(acts.get("day").meta().validAt()).as("the same instant given as a day").isEqualTo(
        acts.get("month").meta().validAt());
    assertThat(acts.get("day").meta().precision()).as("a day is a full time").isNull();
    assertThat(acts.get("year").meta().recordedAt()).as("recorded time defaults to the valid time")
        .isEqualTo(acts.get("year").meta().validAt());
  }

  @Test
  void validTime_givenAsASpan_startsAtItsFirstPeriod_andKeepsItsLast() {
    Map<String, Act> acts = load("periods.yaml");
    assertThat(acts.get("span-of-years").meta().validAt()).isEqualTo(Instant.parse("2018-01-01T08:00:00Z"));
    assertThat(acts.get("span-of-years").meta().precision()).isEqualTo(Precision.YEAR);
    assertThat(acts.get("span-of-years").meta().through()).isEqualTo(Instant.parse("2019-01-01T08:00:00Z"));
    assertThat(acts.get("span-of-months").meta().validAt()).isEqualTo(Instant.parse("2023-01-01T08:00:00Z"));
    assertThat(acts.get("span-of-months").meta().precision()).isEqualTo(Precision.MONTH);
    assertThat(acts.get("span-of-months").meta().through()).isEqualTo(Instant.parse("2023-03-01T08:00:00Z"));
    assertThat(acts.get("year").meta().through()).as("a single year is no span").isNull();
    assertThat(org.charter.core.report.Labels.when(acts.get("span-of-years").meta(), Fixtures.sample().zone()))
        .isEqualTo("2018\u20132019, day not on record");
  }

  @Test
  void recordedTime_leftOut_isTheValidTime_andGiven_isRead() {
    Map<String, Act> acts = load("times.yaml");
    assertThat(acts.get("utc").meta().recordedAt()).isEqualTo(acts.get("utc").meta().validAt());
    assertThat(acts.get("date").meta().recordedAt()).isEqualTo(Instant.parse("2023-11-18T17:00:00Z"));
  }

  @Test
  void count_inEachForm_keepsValueAndQualifier() {
    Map<String, Act> acts = load("counts.yaml");
    PetitionSigned a = (PetitionSigned) acts.get("over-and-about");
    assertThat(a.signatures()).isEqualTo(new Count(500, Count.Qualifier.OVER));
    assertThat(a.headcount()).isEqualTo(new Count(700, Count.Qualifier.ABOUT));
    PetitionSigned b = (PetitionSigned) acts.get("number-and-at-least");
    assertThat(b.signatures()).isEqualTo(new Count(505, Count.Qualifier.EXACT));
    assertThat(b.headcount()).isEqualTo(new Count(3, Count.Qualifier.AT_LEAST));
    PetitionSigned c = (PetitionSigned) acts.get("quoted-number");
    assertThat(c.signatures()).isEqualTo(new Count(505, Count.Qualifier.EXACT));
    assertThat(c.headcount()).as("a count left out is not on record").isNull();
  }

  @Test
  void threshold_namedAndFractions_andVoteRules_areRead() {
    BylawTerms terms = ((BylawsAmended) load("thresholds.yaml").get("thresholds-1")).terms();
    assertThat(terms.quorum()).isEqualTo(Threshold.TWO_THIRDS);
    assertThat(terms.thresholds()).containsExactlyInAnyOrderEntriesOf(Map.of(
        ActKind.GENERAL, new VoteRule(VoteBase.PRESENT, Threshold.MAJORITY),
        ActKind.OFFICER_APPOINTMENT, new VoteRule(VoteBase.VOTES_CAST, Threshold.ONE_THIRD),
        ActKind.OFFICER_REMOVAL, new VoteRule(VoteBase.DIRECTORS_IN_OFFICE, Threshold.ALL),
        ActKind.DIRECTOR_APPOINTMENT, new VoteRule(VoteBase.AUTHORIZED_SEATS, new Threshold(3, 5, false)),
        ActKind.VACANCY, new VoteRule(VoteBase.PRESENT, new Threshold(3, 5, true)),
        ActKind.BYLAWS_AMENDMENT, new VoteRule(VoteBase.PRESENT, new Threshold(2, 3, false))));
    assertThat(terms.boardSize()).as("a term left out keeps the profile's default").isNull();
  }

  @Test
  void sources_ofEachKind_keepRefAndQuote() {
    Act act = load("sources.yaml").get("sources-1");
    assertThat(act.meta().sources()).containsExactly(
        new Source(Source.SourceKind.SEED, "001", "told that he had been removed"),
        new Source(Source.SourceKind.PUBLIC_RECORD, "announcement, 21-22 Nov 2023", null),
        new Source(Source.SourceKind.REPORTED, "press, Jan 2023", null),
        new Source(Source.SourceKind.ASSUMPTION, "the bylaws are not public", null));
  }

  @Test
  void defaultIds_areFileStemAndPositionFromOne_givenIdsKept() {
    assertThat(load("defaults.yaml").keySet()).containsExactlyInAnyOrder("defaults-1", "named", "defaults-3");
    assertThat(Fixtures.sample().acts()).extracting(Act::id)
        .contains("openai-inc-formed", "2015-2", "2015-3", "2019-1", "board-meeting-called", "2023-11-2");
  }

  @Test
  void fieldsLeftOut_takeTheirDocumentedDefaults() {
    Map<String, Act> acts = load("defaults.yaml");
    assertThat(((NoticeWaived) acts.get("defaults-1")).inWriting()).as("a boolean left out is false").isFalse();
    PersonDescribed p = (PersonDescribed) acts.get("named");
    assertThat(p.employedBy()).as("an optional list left out is not on record").isNull();
    assertThat(p.holdsEquityIn()).as("a list left out is empty").isEmpty();
    assertThat(((EntityFormed) acts.get("defaults-3")).hasMembers()).as("~ is not on record").isNull();
    assertThat(p.meta().recordedBy()).as("recorded_by of scenario.yaml").isEqualTo("charter-tests");
  }

  @Test
  void decimals_asNumberOrString_areExact() {
    Scenario sample = Fixtures.sample();
    MarketMoved m = (MarketMoved) sample.acts().stream().filter(a -> a instanceof MarketMoved).findFirst()
        .orElseThrow();
    assertThat(m.changePercent()).isEqualTo(new BigDecimal("2.05"));
    assertThat(m.close()).isEqualTo(new BigDecimal("377.44"));
    EconomicInterestSet e = (EconomicInterestSet) sample.acts().stream()
        .filter(a -> a instanceof EconomicInterestSet).findFirst().orElseThrow();
    assertThat(e.percent()).isEqualTo(new BigDecimal("49"));
  }
}
