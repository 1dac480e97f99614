package org.charter.core.report;

import java.time.DateTimeException;
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

  // Total, so that an entry an older build let into the ledger is shown as stored rather than failing every read:
  // an instant the zone cannot render (beyond year 999999999 there) is shown in UTC as Instant prints it.
  public static String iso(Instant t, ZoneId zone) {
    try {
      return t.atZone(zone).toOffsetDateTime().toString();
    } catch (DateTimeException e) {
      return t.toString();
    }
  }

  public static String shortForm(Instant t, ZoneId zone) {
    try {
      return SHORT.format(t.atZone(zone));
    } catch (DateTimeException e) {
      return t.toString();
    }
  }
}
