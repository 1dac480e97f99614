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

  /**
   * When an act happened, as its source knows it: the year ("1996, day not on record") or the month ("2017-03, day not
   * on record") for a valid time given only that precisely, else the short form of the time.
   */
  public static String when(org.charter.core.act.ActMeta meta, ZoneId zone) {
    return meta.precision() == null ? shortForm(meta.validAt(), zone)
        : period(meta.validAt(), meta.precision(), meta.through(), zone);
  }

  /** The month ("2017-03, day not on record") or year an instant at the start of it stands for. */
  public static String period(Instant t, org.charter.core.act.Precision precision, ZoneId zone) {
    return period(t, precision, null, zone);
  }

  /**
   * The month or year an instant at the start of it stands for, or, where {@code through} is the start of a later
   * one, the span from one to the other ("2018–2019, day not on record").
   */
  public static String period(Instant t, org.charter.core.act.Precision precision, Instant through, ZoneId zone) {
    return undated(periodOf(t, precision, through, zone));
  }

  /** The month or year that begins at {@code t}, or the span to the one that begins at {@code through} ("2018–2019"). */
  public static String periodOf(Instant t, org.charter.core.act.Precision precision, Instant through, ZoneId zone) {
    return span(periodOf(t, precision, zone), through == null ? null : periodOf(through, precision, zone));
  }

  /** A period as written ("2017-03"), or a span of two ("2018–2019") where {@code last} is not null. */
  public static String span(String first, String last) {
    return last == null ? first : first + "\u2013" + last;
  }

  /** A period as the timeline shows an act dated by it: "2018–2019, day not on record". */
  public static String undated(String period) {
    return period + ", day not on record";
  }

  /** The month ("2017-03") or year ("2017") that begins at {@code t} in {@code zone}, as a scenario writes it. */
  public static String periodOf(Instant t, org.charter.core.act.Precision precision, ZoneId zone) {
    java.time.ZonedDateTime at;
    try {
      at = t.atZone(zone);
    } catch (DateTimeException e) {
      return t.toString();
    }
    return switch (precision) {
      case YEAR -> String.format(Locale.ROOT, "%04d", at.getYear());
      case MONTH -> String.format(Locale.ROOT, "%04d-%02d", at.getYear(), at.getMonthValue());
    };
  }

  public static String shortForm(Instant t, ZoneId zone) {
    try {
      return SHORT.format(t.atZone(zone));
    } catch (DateTimeException e) {
      return t.toString();
    }
  }
}
