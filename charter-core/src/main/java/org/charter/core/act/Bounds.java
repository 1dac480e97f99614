package org.charter.core.act;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The ranges of the domain, checked at every edge and by the book before anything is written, so that the store never
 * holds an entry its readers could not render: times in years 1600 to 9999 (UTC), money in whole cents up to ten
 * trillion dollars, ids of a small character set and length, and free text without control characters.
 */
public final class Bounds {
  /** The earliest time an act may carry: 1600-01-01T00:00:00Z. */
  public static final Instant FIRST_TIME = Instant.parse("1600-01-01T00:00:00Z");
  /** The latest time an act may carry: the last instant of 9999 in UTC. */
  public static final Instant LAST_TIME = Instant.parse("9999-12-31T23:59:59.999999999Z");
  /** The largest amount of money, in dollars: 10^13 (1,000,000,000,000,000 cents), far below a long's 9.2 * 10^18. */
  public static final BigDecimal MAX_DOLLARS = BigDecimal.TEN.pow(13);
  /** The largest cap multiple: with it and the money ceiling a cap is at most 10^18 cents, which a long holds. */
  public static final BigDecimal MAX_CAP_MULTIPLE = BigDecimal.valueOf(1000);
  /** The largest magnitude of any other decimal (percents, fractions, prices), and the most decimals it may have. */
  public static final BigDecimal MAX_DECIMAL = BigDecimal.TEN.pow(9);
  public static final int MAX_DECIMAL_PLACES = 12;
  /** What an id may be: a letter or digit, then letters, digits, dots, underscores or dashes; 128 at most. */
  public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
  public static final String ID_RULE = "an id is 1 to 128 of A-Z a-z 0-9 . _ -, starting with a letter or digit";
  /** The longest free text (names, notes, quotes, resolution texts), in characters. */
  public static final int MAX_TEXT = 10_000;

  // String components that define a name of their kind (person of person-described), besides every @Ref and id.
  private static final Set<String> DEFINING = Set.of("id", "entity", "body", "meeting", "person", "resolution",
      "petition", "agreement", "clause", "exception");
  private static final Set<String> MONEY = Set.of("amount", "capAmount", "upTo");
  private static final Map<String, String> META_NAMES =
      Map.of("validAt", "at", "recordedAt", "recorded", "recordedBy", "recorded_by");

  private Bounds() {}

  /** One value out of bounds: where it is, as scenario keys and list indices, and what is wrong with it. */
  public record Violation(List<Object> path, String message) {
    public Violation {
      path = List.copyOf(path);
    }

    /** The path as the scenario format spells it: {@code sources[0].quote}. */
    public String field() {
      StringBuilder sb = new StringBuilder();
      for (Object p : path) {
        if (p instanceof Integer i) {
          sb.append('[').append(i).append(']');
        } else {
          sb.append(sb.isEmpty() ? "" : ".").append(p);
        }
      }
      return sb.toString();
    }

    @Override
    public String toString() {
      return field() + ": " + message;
    }
  }

  /** An act, or a book id, that is out of bounds: nothing was written. */
  public static final class OutOfBoundsException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient List<Violation> violations;

    public OutOfBoundsException(String what, List<Violation> violations) {
      super(what + " is out of bounds: " + String.join("; ", violations.stream().map(Violation::toString).toList()));
      this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
      return violations;
    }
  }

  /** Whether a string component (or list of strings) holds ids: a reference, or the name it defines, or an id. */
  public static boolean isId(RecordComponent c) {
    return c.isAnnotationPresent(Ref.class) || DEFINING.contains(c.getName());
  }

  /** Every value of the act outside the bounds, in component order; empty when it is within them. */
  public static List<Violation> check(Act act) {
    List<Violation> out = new ArrayList<>();
    walkRecord((Record) act, new ArrayList<>(), out);
    return out;
  }

  /** Refuses an act out of bounds, for the book to call before it appends. */
  public static void require(Act act) {
    List<Violation> v = check(act);
    if (!v.isEmpty()) {
      throw new OutOfBoundsException("act " + act.id(), v);
    }
  }

  /** What is wrong with a time, if anything. */
  public static Optional<String> time(Instant t) {
    if (t.isBefore(FIRST_TIME) || t.isAfter(LAST_TIME)) {
      return Optional.of(t + " is outside the time window (years 1600 to 9999, UTC)");
    }
    return Optional.empty();
  }

  /** What is wrong with an id, if anything. */
  public static Optional<String> id(String s) {
    return ID.matcher(s).matches() ? Optional.empty() : Optional.of("'" + printable(s) + "' is not an id (" + ID_RULE
        + ")");
  }

  /** What is wrong with free text, if anything. */
  public static Optional<String> text(String s) {
    if (s.length() > MAX_TEXT) {
      return Optional.of("is " + s.length() + " characters long (at most " + MAX_TEXT + ")");
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\t') {
        return Optional.of(String.format(Locale.ROOT, "has the control character U+%04X at %d (text may hold"
            + " newlines and tabs, no other control characters)", (int) c, i + 1));
      }
    }
    return Optional.empty();
  }

  /** What is wrong with an amount of dollars, if anything. */
  public static Optional<String> money(BigDecimal d) {
    if (d.abs().compareTo(MAX_DOLLARS) > 0) {
      return Optional.of(d.toString() + " is more than the money ceiling (" + MAX_DOLLARS.toPlainString()
          + " dollars)");
    }
    if (d.stripTrailingZeros().scale() > 2) {
      return Optional.of(d.toPlainString() + " is not a whole number of cents");
    }
    return Optional.empty();
  }

  private static Optional<String> decimal(String component, BigDecimal d) {
    if (MONEY.contains(component)) {
      return money(d);
    }
    BigDecimal max = component.equals("capMultiple") ? MAX_CAP_MULTIPLE : MAX_DECIMAL;
    if (d.abs().compareTo(max) > 0) {
      return Optional.of(d + " is more than " + max.toPlainString() + " in magnitude");
    }
    if (d.stripTrailingZeros().scale() > MAX_DECIMAL_PLACES) {
      return Optional.of(d + " has more than " + MAX_DECIMAL_PLACES + " decimals");
    }
    return Optional.empty();
  }

  // Once per type: getRecordComponents() makes new components on every call, each parsing its annotations again.
  private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
    @Override
    protected RecordComponent[] computeValue(Class<?> type) {
      return type.getRecordComponents();
    }
  };

  private static void walkRecord(Record r, List<Object> path, List<Violation> out) {
    boolean meta = r instanceof ActMeta;
    for (RecordComponent c : COMPONENTS.get(r.getClass())) {
      Object value;
      try {
        value = c.getAccessor().invoke(r);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + c, e);
      }
      if (value instanceof ActMeta m) {
        // The meta keys sit beside the act's own fields in a scenario.
        walkRecord(m, path, out);
        continue;
      }
      boolean isId = isId(c);
      path.add(meta ? META_NAMES.getOrDefault(c.getName(), c.getName()) : snake(c.getName()));
      walk(value, c.getName(), isId, path, out);
      path.remove(path.size() - 1);
    }
  }

  private static void walk(Object value, String component, boolean isId, List<Object> path, List<Violation> out) {
    Optional<String> problem = switch (value) {
      case null -> Optional.empty();
      case Instant t -> time(t);
      case BigDecimal d -> decimal(component, d);
      case String s -> isId ? id(s) : text(s);
      case Record r -> {
        walkRecord(r, path, out);
        yield Optional.empty();
      }
      case List<?> l -> {
        for (int i = 0; i < l.size(); i++) {
          path.add(i);
          walk(l.get(i), component, isId, path, out);
          path.remove(path.size() - 1);
        }
        yield Optional.empty();
      }
      case Map<?, ?> m -> {
        for (Map.Entry<?, ?> e : m.entrySet()) {
          path.add(e.getKey() instanceof Enum<?> k ? k.name().toLowerCase(Locale.ROOT).replace('_', '-')
              : String.valueOf(e.getKey()));
          walk(e.getValue(), component, isId, path, out);
          path.remove(path.size() - 1);
        }
        yield Optional.empty();
      }
      default -> Optional.empty();
    };
    problem.ifPresent(p -> out.add(new Violation(path, p)));
  }

  /** A record component's name as the scenario format spells it: {@code calledBy} is {@code called_by}. */
  public static String snake(String camel) {
    StringBuilder sb = new StringBuilder();
    for (char ch : camel.toCharArray()) {
      if (Character.isUpperCase(ch)) {
        sb.append('_').append(Character.toLowerCase(ch));
      } else {
        sb.append(ch);
      }
    }
    return sb.toString();
  }

  // Ids are shown in messages; a control character in one is shown escaped, not written to a terminal.
  private static String printable(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < Math.min(s.length(), 140); i++) {
      char c = s.charAt(i);
      sb.append(Character.isISOControl(c) ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
    }
    return s.length() > 140 ? sb + "..." : sb.toString();
  }
}
