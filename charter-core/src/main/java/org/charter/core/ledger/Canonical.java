package org.charter.core.ledger;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import org.charter.core.act.Office;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.charter.core.act.Act;
import org.charter.core.act.ActTypes;

/**
 * The canonical encoding of acts, the bytes the hash chain covers (docs/ledger.md): JSON in UTF-8 with no insignificant
 * white space, object keys sorted, null fields left out, the act type under {@code "@type"} in scenario spelling,
 * instants as ISO-8601 UTC strings, decimals as plain strings, enums by name. Leaving nulls out keeps old entries'
 * bytes unchanged when a later version adds an optional field.
 */
public final class Canonical {
  private Canonical() {}

  public static byte[] encode(Act act) {
    StringBuilder sb = new StringBuilder(512);
    writeRecord(sb, act);
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The act whose canonical bytes these are; an {@link IllegalArgumentException} naming what is wrong (and where, for
   * the JSON) when they are not one. Keys in another order are read too, though the encoder never writes them.
   */
  public static Act decode(byte[] bytes) {
    return CanonicalReader.read(bytes);
  }

  /**
   * As {@link #decode}, but every string its own copy instead of one shared copy of each recent short string: for the
   * benchmark that measures what the sharing costs (docs/performance.md). Nothing else should need it.
   */
  public static Act decodeUnshared(byte[] bytes) {
    return CanonicalReader.read(bytes, false);
  }

  /** An act as a tree of maps, lists, strings, longs and booleans, with its type under "@type". */
  public static Map<String, Object> tree(Act act) {
    @SuppressWarnings("unchecked")
    Map<String, Object> m = (Map<String, Object>) toTree(act);
    m.put("@type", ActTypes.nameOf(act.getClass()));
    return m;
  }

  static Object toTree(Object v) {
    if (v == null || v instanceof String || v instanceof Boolean) {
      return v;
    } else if (v instanceof Integer || v instanceof Long) {
      return ((Number) v).longValue();
    } else if (v instanceof BigDecimal d) {
      return d.toPlainString();
    } else if (v instanceof Instant t) {
      return t.toString();
    } else if (v instanceof Enum<?> e) {
      return e.name();
    } else if (v instanceof Office o) {
      return o.code();
    } else if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      for (Object o : l) {
        out.add(toTree(o));
      }
      return out;
    } else if (v instanceof Map<?, ?> map) {
      Map<String, Object> out = new TreeMap<>();
      map.forEach((k, val) -> out.put(k instanceof Enum<?> e ? e.name() : k.toString(), toTree(val)));
      return out;
    } else if (v instanceof Record r) {
      Map<String, Object> out = new TreeMap<>();
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        Object val;
        try {
          val = c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
        if (val != null) {
          out.put(c.getName(), toTree(val));
        }
      }
      return out;
    }
    throw new IllegalArgumentException("no canonical form for " + v.getClass());
  }

  /** Writes a record straight to canonical JSON: the same text as {@code write(tree(record))}, without the tree. */
  private static void writeRecord(StringBuilder sb, Object r) {
    RecordShape shape = RecordShape.of(r.getClass());
    sb.append('{');
    boolean first = true;
    for (int k = 0; k < shape.sortedNames.length; k++) {
      int declared = shape.sortedToDeclared[k];
      Object val = declared < 0 ? shape.typeName : shape.get(r, declared);
      if (val == null) {
        continue;
      }
      if (!first) {
        sb.append(',');
      }
      first = false;
      writeString(sb, shape.sortedNames[k]);
      sb.append(':');
      writeValue(sb, val);
    }
    sb.append('}');
  }

  private static void writeValue(StringBuilder sb, Object v) {
    if (v == null) {
      sb.append("null");
    } else if (v instanceof String s) {
      writeString(sb, s);
    } else if (v instanceof Boolean b) {
      sb.append(b.booleanValue());
    } else if (v instanceof Integer || v instanceof Long) {
      sb.append(((Number) v).longValue());
    } else if (v instanceof BigDecimal d) {
      writeString(sb, d.toPlainString());
    } else if (v instanceof Instant t) {
      writeInstant(sb, t);
    } else if (v instanceof Enum<?> e) {
      writeString(sb, e.name());
    } else if (v instanceof Office o) {
      writeString(sb, o.code());
    } else if (v instanceof List<?> l) {
      sb.append('[');
      for (int i = 0; i < l.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        writeValue(sb, l.get(i));
      }
      sb.append(']');
    } else if (v instanceof Record r) {
      writeRecord(sb, r);
    } else {
      write(sb, toTree(v));
    }
  }

  static void write(StringBuilder sb, Object v) {
    if (v == null) {
      sb.append("null");
    } else if (v instanceof String s) {
      writeString(sb, s);
    } else if (v instanceof Long || v instanceof Boolean) {
      sb.append(v);
    } else if (v instanceof List<?> l) {
      sb.append('[');
      for (int i = 0; i < l.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        write(sb, l.get(i));
      }
      sb.append(']');
    } else if (v instanceof Map<?, ?> m) {
      // Keys sort by UTF-16 code units, as RFC 8785 does.
      TreeMap<String, Object> sorted = new TreeMap<>();
      m.forEach((k, val) -> sorted.put((String) k, val));
      sb.append('{');
      boolean first = true;
      for (Map.Entry<String, Object> e : sorted.entrySet()) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        writeString(sb, e.getKey());
        sb.append(':');
        write(sb, e.getValue());
      }
      sb.append('}');
    } else {
      throw new IllegalArgumentException("not a canonical value: " + v.getClass());
    }
  }

  /**
   * An instant as {@code Instant.toString} writes it (fractions in groups of three digits, as many as needed),
   * without its formatter for the years 0 to 9999.
   */
  static void writeInstant(StringBuilder sb, Instant t) {
    long secs = t.getEpochSecond();
    long days = Math.floorDiv(secs, 86_400);
    if (days < -719_528 || days > 2_932_896) {
      writeString(sb, t.toString());
      return;
    }
    java.time.LocalDate d = java.time.LocalDate.ofEpochDay(days);
    int sod = Math.floorMod(secs, 86_400);
    sb.append('"');
    pad(sb, d.getYear(), 4).append('-');
    pad(sb, d.getMonthValue(), 2).append('-');
    pad(sb, d.getDayOfMonth(), 2).append('T');
    pad(sb, sod / 3_600, 2).append(':');
    pad(sb, sod / 60 % 60, 2).append(':');
    pad(sb, sod % 60, 2);
    int nanos = t.getNano();
    if (nanos > 0) {
      sb.append('.');
      if (nanos % 1_000_000 == 0) {
        pad(sb, nanos / 1_000_000, 3);
      } else if (nanos % 1_000 == 0) {
        pad(sb, nanos / 1_000, 6);
      } else {
        pad(sb, nanos, 9);
      }
    }
    sb.append("Z\"");
  }

  /** An instant as {@code Instant.toString} writes it. */
  static String instantText(Instant t) {
    StringBuilder sb = new StringBuilder(32);
    writeInstant(sb, t);
    return sb.substring(1, sb.length() - 1);
  }

  private static StringBuilder pad(StringBuilder sb, int value, int width) {
    for (int scale = POW10[width - 1]; scale > 0; scale /= 10) {
      sb.append((char) ('0' + value / scale % 10));
    }
    return sb;
  }

  private static final int[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

  private static void writeString(StringBuilder sb, String s) {
    // Most strings need no escape: copy them whole.
    boolean plain = true;
    for (int i = 0; i < s.length() && plain; i++) {
      char c = s.charAt(i);
      plain = c >= 0x20 && c != '"' && c != '\\';
    }
    if (plain) {
      sb.append('"').append(s).append('"');
      return;
    }
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
