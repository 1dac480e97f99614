package org.charter.cli;

import java.time.Instant;
import java.time.ZoneId;
import org.charter.core.act.Bounds;
import org.charter.scenario.TimeText;

/** Times on the command line: with an offset, or local to the scenario's zone, or a date meaning its midnight. */
final class Times {
  private Times() {}

  static Instant parse(String option, String text, ZoneId zone) {
    Instant t = TimeText.parse(text, zone).orElseThrow(
        () -> new BadInputException(option + ": '" + text + "' is not a time (" + TimeText.FORMS + ")"));
    // A time outside the window is refused here, as in an act, rather than failing where it is rendered.
    Bounds.time(t).ifPresent(p -> {
      throw new BadInputException(option + ": '" + text + "' " + p);
    });
    return t;
  }
}
