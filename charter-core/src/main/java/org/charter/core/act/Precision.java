package org.charter.core.act;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * How precisely the record knows an act's valid time when its source gives less than a day: only the month, or only
 * the year. The valid time is then the start of that month or year in the scenario's zone, which orders the act; the
 * day it stands for is not on record, and reports say so instead of showing a day.
 */
public enum Precision {
  MONTH,
  YEAR;

  /** The start, in {@code zone}, of the month or year that holds {@code t}. */
  public Instant startOf(Instant t, ZoneId zone) {
    ZonedDateTime at = t.atZone(zone);
    return (this == YEAR ? at.toLocalDate().withDayOfYear(1) : at.toLocalDate().withDayOfMonth(1))
        .atStartOfDay(zone).toInstant();
  }

  /** The start, in {@code zone}, of the month or year after the one that holds {@code t}. */
  public Instant next(Instant t, ZoneId zone) {
    ZonedDateTime start = startOf(t, zone).atZone(zone);
    return (this == YEAR ? start.plusYears(1) : start.plusMonths(1)).toInstant();
  }
}
