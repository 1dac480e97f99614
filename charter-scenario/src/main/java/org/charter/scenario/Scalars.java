package org.charter.scenario;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.charter.core.act.Count;
import org.charter.core.act.Precision;
import org.charter.core.act.Threshold;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Parses the scalar forms of the scenario format; a parser throws IllegalArgumentException saying what it expected. */
final class Scalars {
  // The same forms are written into the JSON Schema, so an editor and the loader agree.
  static final String TIME_PATTERN =
      "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?)?$";
  static final String COUNT_PATTERN = "^((over|about|at least) )?\\d+$";
  static final String FRACTION_PATTERN = "^((more than|at least) )?\\d+/\\d+$";
  static final String DECIMAL_PATTERN = "^-?\\d+(\\.\\d+)?$";

  private static final Pattern COUNT = Pattern.compile(COUNT_PATTERN);
  private static final Pattern FRACTION = Pattern.compile(FRACTION_PATTERN);
  private static final Pattern DECIMAL = Pattern.compile(DECIMAL_PATTERN);
  /**
   * A valid time known only to the year or the month, as a source gives it, or a span of years or of months
   * ({@code 2018/2019}, {@code 2023-01/2023-03}: ISO 8601's interval of two reduced-precision dates).
   */
  static final String PERIOD_PATTERN = "^\\d{4}(-\\d{2})?(/\\d{4}(-\\d{2})?)?$";
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern HAS_OFFSET = Pattern.compile(".*T.*(Z|[+-]\\d{2}:\\d{2})$");

  private Scalars() {}

  /**
   * The precision of a valid time written as a year or a month, or a span of them, or null when {@code node} is a full
   * time. A span's two ends must be of one precision.
   */
  static Precision period(Node node) {
    if (!(node instanceof ScalarNode s)) {
      return null;
    }
    String v = s.getValue();
    int slash = v.indexOf('/');
    Precision first = precision(slash < 0 ? v : v.substring(0, slash));
    if (slash < 0 || first == null) {
      return first;
    }
    if (precision(v.substring(slash + 1)) != first) {
      throw bad("time", v, "at", "a span of two years (2018/2019) or of two months (2023-01/2023-03)");
    }
    return first;
  }

  private static Precision precision(String v) {
    return YEAR.matcher(v).matches() ? Precision.YEAR : MONTH.matcher(v).matches() ? Precision.MONTH : null;
  }

  /** The start of the year ({@code 1996}) or month ({@code 2017-03}) in {@code zone}; for a span, of its first. */
  static Instant periodStart(String s, ZoneId zone) {
    int slash = s.indexOf('/');
    return start(slash < 0 ? s : s.substring(0, slash), zone);
  }

  /**
   * For a span ({@code 2018/2019}), the start of its last year or month in {@code zone}, which must come after its
   * first; null for a single year or month.
   */
  static Instant periodThrough(String s, ZoneId zone) {
    int slash = s.indexOf('/');
    if (slash < 0) {
      return null;
    }
    Instant through = start(s.substring(slash + 1), zone);
    if (!through.isAfter(start(s.substring(0, slash), zone))) {
      throw bad("time", s, "at", "a span whose second year or month comes after its first, such as 2018/2019");
    }
    return through;
  }

  private static Instant start(String s, ZoneId zone) {
    try {
      return s.length() == 4 ? Year.parse(s).atDay(1).atStartOfDay(zone).toInstant()
          : YearMonth.parse(s).atDay(1).atStartOfDay(zone).toInstant();
    } catch (DateTimeParseException e) {
      throw bad("time", s, "at", "a year such as 1996, a month such as 2017-03, or a span of them such as 2018/2019");
    }
  }

  /** A time with an offset, a local date-time in {@code zone}, or a date meaning midnight in {@code zone}. */
  static Instant time(String s, ZoneId zone, String field) {
    try {
      if (!s.contains("T")) {
        return LocalDate.parse(s).atStartOfDay(zone).toInstant();
      }
      if (HAS_OFFSET.matcher(s).matches()) {
        return OffsetDateTime.parse(s).toInstant();
      }
      return LocalDateTime.parse(s).atZone(zone).toInstant();
    } catch (DateTimeParseException e) {
      // Only the valid time may be a month or a year, where its source gives no day.
      throw bad("time", s, field, "2023-11-17T12:00:00-08:00, 2023-11-17T12:00 or 2023-11-17"
          + ("at".equals(field) ? ", or where the source gives no day the month 2023-11, the year 2023 or a span such as 2018/2019" : ""));
    }
  }

  /** A count as a source gives it: {@code 505}, {@code over 500}, {@code about 700}, {@code at least 3}. */
  static Count count(String s, String field) {
    Matcher m = COUNT.matcher(s);
    if (!m.matches()) {
      throw bad("count", s, field, "a number, or 'over N', 'about N' or 'at least N'");
    }
    String digits = s.substring(s.lastIndexOf(' ') + 1);
    long value;
    try {
      value = Long.parseLong(digits);
    } catch (NumberFormatException e) {
      throw bad("count", s, field, "a smaller number");
    }
    Count.Qualifier q = m.group(2) == null
        ? Count.Qualifier.EXACT
        : switch (m.group(2)) {
          case "over" -> Count.Qualifier.OVER;
          case "about" -> Count.Qualifier.ABOUT;
          default -> Count.Qualifier.AT_LEAST;
        };
    return new Count(value, q);
  }

  /** A named threshold or a fraction: {@code 3/5} or {@code at least 3/5} (at least), {@code more than 3/5}. */
  static Threshold threshold(String s, String field) {
    switch (s) {
      case "majority":
        return Threshold.MAJORITY;
      case "two-thirds":
        return Threshold.TWO_THIRDS;
      case "one-third":
        return Threshold.ONE_THIRD;
      case "all":
        return Threshold.ALL;
      default:
        break;
    }
    if (!FRACTION.matcher(s).matches()) {
      throw bad("threshold", s, field,
          "majority, two-thirds, one-third, all, or a fraction such as '3/5' or 'more than 3/5'");
    }
    String[] nd = s.substring(s.lastIndexOf(' ') + 1).split("/");
    try {
      return new Threshold(Integer.parseInt(nd[0]), Integer.parseInt(nd[1]), s.startsWith("more than"));
    } catch (IllegalArgumentException e) {
      // Covers 0/3, 4/3 and numbers too large for an int.
      throw bad("threshold", s, field, "a fraction more than 0 and at most 1");
    }
  }

  /** A decimal number, exactly as written. */
  static BigDecimal decimal(String s, String field) {
    if (!DECIMAL.matcher(s).matches()) {
      throw bad("decimal", s, field, "a number such as 49 or 1.68");
    }
    return new BigDecimal(s);
  }

  /** The constant of {@code type} written in lower case with dashes ({@code interim-ceo} is INTERIM_CEO). */
  static <E extends Enum<E>> E enumValue(Class<E> type, String s, String field) {
    for (E e : type.getEnumConstants()) {
      if (kebab(e).equals(s)) {
        return e;
      }
    }
    throw bad("value", s, field, "one of: " + allowed(type));
  }

  /** The scenario spelling of an enum constant. */
  static String kebab(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The message for a value that does not parse: {@code bad time 'x' for 'at' (expected ...)}. */
  static IllegalArgumentException bad(String what, String value, String field, String expected) {
    return new IllegalArgumentException(
        "bad " + what + " '" + value + "' for '" + field + "' (expected " + expected + ")");
  }

  static String allowed(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Scalars::kebab).collect(Collectors.joining(", "));
  }
}
