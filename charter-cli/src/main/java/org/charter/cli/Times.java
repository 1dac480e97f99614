package org.charter.cli;

import java.time.Instant;
import java.time.ZoneId;
import org.charter.scenario.TimeText;

/** Times on the command line: with an offset, or local to the scenario's zone, or a date meaning its midnight. */
final class Times {
  private Times() {}

  static Instant parse(String option, String text, ZoneId zone) {
    return TimeText.parse(text, zone).orElseThrow(
        () -> new BadInputException(option + ": '" + text + "' is not a time (" + TimeText.FORMS + ")"));
  }
}
