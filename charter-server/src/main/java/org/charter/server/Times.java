package org.charter.server;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.charter.core.act.Bounds;
import org.charter.scenario.TimeText;

/** Times in query parameters, read as {@code charter state} reads its options. */
final class Times {
  private Times() {}

  static Instant parse(String param, String text, ZoneId zone) {
    Instant t = TimeText.parse(text, zone).orElseThrow(
        () -> ApiException.badRequest(param + ": '" + text + "' is not a time (" + TimeText.FORMS + ")"));
    // A time outside the window is refused here, as in an act, rather than failing where it is rendered.
    Bounds.time(t).ifPresent(p -> {
      throw ApiException.badRequest(param + ": '" + text + "' " + p, Map.of("fields", List.of(param)));
    });
    return t;
  }
}
