package org.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timeline and the state as text: their columns start at one offset whatever the widest cell. */
class TimelineAndStateTextTests {
  private static final Pattern ACT_LINE = Pattern.compile(
      "^(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d [A-Z]{3}|\\d{4}(-\\d\\d)?(\u2013\\d{4}(-\\d\\d)?)?, day not on record)  .*");

  @Test
  void replay_withVerdictLabelsOfEveryLength_startsEverySummaryAtOneOffset(@TempDir Path tmp) {
    Cli r = Cli.run("replay", Cli.OPENAI.toString(), "--db", tmp.resolve("charter.db").toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<String> acts = r.out().lines().filter(l -> ACT_LINE.matcher(l).matches()).toList();
    assertThat(acts).anyMatch(l -> l.contains("  valid with warnings  ")).anyMatch(l -> l.contains("  invalid (void)  "))
        .anyMatch(l -> l.contains("  note  "));
    // The widest time is a span of months the source gives no day for ("2023-01–2023-03, day not on record").
    assertThat(acts).anyMatch(l -> l.startsWith("2017-03, day not on record  "))
        .anyMatch(l -> l.startsWith("2018\u20132019, day not on record  "))
        .anyMatch(l -> l.startsWith("2023-01\u20132023-03, day not on record  "));
    String widest = "valid with warnings";
    int summary = "2023-01\u20132023-03, day not on record  ".length() + widest.length() + 2;
    for (String l : acts) {
      assertThat(l.charAt(summary - 1)).as(l).isEqualTo(' ');
      assertThat(l.charAt(summary)).as(l).isNotEqualTo(' ');
    }
  }

  @Test
  void state_withOfficesOfDifferentLengths_startsEveryNameAtOneOffset() {
    Cli r = Cli.run("state", Cli.OPENAI.toString(), "--at", "2023-11-18T12:00:00-08:00", "--view", "acted");
    assertThat(r.code()).as(r.err()).isZero();
    List<String> offices = r.out().lines()
        .filter(l -> l.startsWith("  interim-ceo:") || l.startsWith("  cto:") || l.startsWith("  chief-scientist:"))
        .toList();
    assertThat(offices).hasSize(3);
    for (String l : offices) {
      assertThat(l.indexOf("(since ")).as(l).isEqualTo(offices.get(0).indexOf("(since "));
      assertThat(l.indexOf("[rests on ")).as(l).isEqualTo(offices.get(0).indexOf("[rests on "));
    }
    assertThat(offices.get(0)).startsWith("  interim-ceo:      Mira Murati");
  }
}
