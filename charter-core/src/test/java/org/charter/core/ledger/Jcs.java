package org.charter.core.ledger;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A reference RFC 8785 (JSON Canonicalization Scheme) serializer of a JSON value (maps, lists, strings, numbers,
 * booleans, null), written from the RFC for the tests that compare it with Charter's encoding: members sorted by
 * UTF-16 code units (§3.2.3), numbers as ECMAScript writes an IEEE-754 double (§3.2.2.3), strings with only the
 * mandatory escapes, control characters as lower-case {@code \}{@code u00xx} (§3.2.2.2), and I-JSON's refusal of
 * lone surrogates (§3.1).
 */
final class Jcs {
  private Jcs() {}

  static byte[] canonicalize(Object value) {
    StringBuilder sb = new StringBuilder();
    write(sb, value);
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void write(StringBuilder sb, Object v) {
    if (v == null || v instanceof Boolean) {
      sb.append(v);
    } else if (v instanceof String s) {
      string(sb, s);
    } else if (v instanceof Number n) {
      sb.append(number(n instanceof BigDecimal d ? d.doubleValue() : n.doubleValue()));
    } else if (v instanceof List<?> l) {
      sb.append('[');
      for (int i = 0; i < l.size(); i++) {
        sb.append(i > 0 ? "," : "");
        write(sb, l.get(i));
      }
      sb.append(']');
    } else if (v instanceof Map<?, ?> m) {
      // String's natural order compares UTF-16 code units, which is what §3.2.3 sorts by.
      Map<String, Object> sorted = new TreeMap<>();
      m.forEach((k, val) -> sorted.put((String) k, val));
      sb.append('{');
      boolean first = true;
      for (Map.Entry<String, Object> e : sorted.entrySet()) {
        sb.append(first ? "" : ",");
        first = false;
        string(sb, e.getKey());
        sb.append(':');
        write(sb, e.getValue());
      }
      sb.append('}');
    } else {
      throw new IllegalArgumentException("not a JSON value: " + v.getClass());
    }
  }

  /**
   * ECMAScript's Number.prototype.toString for a finite double: the shortest digits that read back as the same
   * double, plain between 1e-6 and 1e21, otherwise one digit, a point, the rest and {@code e+n} or {@code e-n}.
   */
  static String number(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      throw new IllegalArgumentException("RFC 8785 has no form for " + d);
    }
    if (d == 0) {
      return "0";
    }
    BigDecimal digits = shortest(d);
    double abs = Math.abs(d);
    if (abs >= 1e-6 && abs < 1e21) {
      return digits.toPlainString();
    }
    String s = digits.unscaledValue().abs().toString();
    int exponent = digits.precision() - digits.scale() - 1;
    return (d < 0 ? "-" : "") + s.charAt(0) + (s.length() > 1 ? "." + s.substring(1) : "") + "e"
        + (exponent >= 0 ? "+" : "-") + Math.abs(exponent);
  }

  /**
   * The shortest decimal that reads back as {@code d}, the closest of those if several. Java's {@code Double.toString}
   * gives it (since JDK 19) except where one digit would do: it then may write two closer ones ({@code 4.9E-324}).
   */
  private static BigDecimal shortest(double d) {
    BigDecimal java = new BigDecimal(Double.toString(d)).stripTrailingZeros();
    if (java.precision() != 2) {
      return java;
    }
    BigDecimal exact = new BigDecimal(d);
    BigDecimal best = null;
    for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
      BigDecimal one = java.round(new MathContext(1, mode));
      if (one.doubleValue() == d && (best == null
          || one.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
        best = one;
      }
    }
    return best == null ? java : best.stripTrailingZeros();
  }

  private static void string(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        sb.append(c).append(s.charAt(++i));
        continue;
      }
      if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException("not I-JSON: a lone surrogate at " + i);
      }
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> sb.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    sb.append('"');
  }
}
