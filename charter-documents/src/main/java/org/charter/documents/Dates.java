package org.charter.documents;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.charter.core.act.ActMeta;
import org.charter.core.act.Precision;
import org.charter.core.report.Labels;

/** Times as documents print them: in the entity's zone, with the zone's name and its offset. */
final class Dates {
  private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("d MMM uuuu HH:mm z (xxx)", Locale.ENGLISH);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

  private Dates() {}

  /** "17 Nov 2023 12:00 PST (-08:00)"; an instant the zone cannot render is shown in UTC as the ledger holds it. */
  static String at(Instant t, ZoneId zone) {
    try {
      return AT.format(t.atZone(zone));
    } catch (DateTimeException e) {
      return t.toString();
    }
  }

  /** "17 November 2023", the day in the zone. */
  static String day(Instant t, ZoneId zone) {
    try {
      return DAY.format(t.atZone(zone));
    } catch (DateTimeException e) {
      return t.toString();
    }
  }

  /** When an act happened as its source knows it: a month or year where only that is on record. */
  static String when(ActMeta meta, ZoneId zone) {
    return meta.precision() == null ? at(meta.validAt(), zone)
        : Labels.period(meta.validAt(), meta.precision(), meta.through(), zone);
  }

  /** A tenure's start, which is a period's start when the act that began it is known only to the month or year. */
  static String since(Instant t, Precision precision, Instant through, ZoneId zone) {
    return precision == null ? at(t, zone) : Labels.period(t, precision, through, zone);
  }
}
