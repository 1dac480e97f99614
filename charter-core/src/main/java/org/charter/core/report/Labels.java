package org.charter.core.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How reports spell enums and times: lower case with dashes, ISO-8601 with the scenario's offset. */
public final class Labels {
  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm z");

  private Labels() {}

  public static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static String iso(Instant t, ZoneId zone) {
    return t.atZone(zone).toOffsetDateTime().toString();
  }

  public static String shortForm(Instant t, ZoneId zone) {
    return SHORT.format(t.atZone(zone));
  }
}
