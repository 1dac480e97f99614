package org.charter.server;

import java.time.Instant;
import java.time.ZoneId;
import org.charter.scenario.TimeText;

/** Times in query parameters, read as {@code charter state} reads its options. */
final class Times {
  private Times() {}

  static Instant parse(String param, String text, ZoneId zone) {
    return TimeText.parse(text, zone).orElseThrow(
        () -> ApiException.badRequest(param + ": '" + text + "' is not a time (" + TimeText.FORMS + ")"));
  }
}
