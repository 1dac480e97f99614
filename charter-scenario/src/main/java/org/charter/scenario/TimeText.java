package org.charter.scenario;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Times as people type them on a command line or in a query: with an offset, local to a zone, or a date. */
public final class TimeText {
  /** The forms accepted, for error messages. */
  public static final String FORMS = "use 2023-11-17T12:00:00-08:00, 2023-11-17T12:00 or 2023-11-17";

  private TimeText() {}

  /** The instant {@code text} names, reading local times and dates (at midnight) in {@code zone}; empty if none. */
  public static Optional<Instant> parse(String text, ZoneId zone) {
    try {
      return Optional.of(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException e) {
      // not an offset time; try the local forms
    }
    try {
      return Optional.of(LocalDateTime.parse(text).atZone(zone).toInstant());
    } catch (DateTimeParseException e) {
      // not a local time
    }
    try {
      return Optional.of(LocalDate.parse(text).atStartOfDay(zone).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
