package org.charter.core.ledger;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.charter.core.act.Act;
import org.charter.core.act.ActTypes;

/**
 * Reads canonical JSON straight into an act's records, guided by their types, without the intermediate tree of maps:
 * the fast path of {@link Canonical#decode}. It reads only what the canonical encoding writes with "@type" first, and
 * throws on anything else, so the caller can fall back to the general reader and its error messages.
 */
final class ActReader extends JsonCursor {
  ActReader(String s) {
    super(s);
  }

  /** The act, or null when the text does not start with its type (the general reader decides then). */
  Act read() {
    expect('{');
    if (!s.startsWith("\"@type\":", i)) {
      return null;
    }
    i += 8;
    Class<? extends Act> type = ActTypes.byName().get(string());
    if (type == null) {
      throw new IllegalArgumentException("unknown act type");
    }
    boolean more = peek(',');
    if (!more) {
      expect('}');
    }
    Act act = (Act) recordBody(type, !more);
    if (i != s.length()) {
      throw new IllegalArgumentException("trailing characters");
    }
    return act;
  }

  private Object record(Class<?> type) {
    expect('{');
    return recordBody(type, peek('}'));
  }

  /** The rest of a record's object, its opening brace (and, for an act, its type) read; {@code empty} if closed. */
  private Object recordBody(Class<?> type, boolean empty) {
    RecordShape shape = RecordShape.of(type);
    Object[] args = new Object[shape.names.length];
    if (!empty) {
      do {
        String key = string();
        expect(':');
        Integer at = shape.index.get(key);
        if (at == null) {
          skip();
        } else {
          args[at] = value(shape.types[at]);
        }
      } while (peek(','));
      expect('}');
    }
    return shape.construct(args);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Object value(Type type) {
    if (s.startsWith("null", i)) {
      i += 4;
      return null;
    }
    Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    if (raw == String.class) {
      return string();
    } else if (raw == Instant.class) {
      return CanonicalInstant.parse(string());
    } else if (raw.isEnum()) {
      return Enum.valueOf((Class<Enum>) raw, string());
    } else if (raw == Integer.class || raw == int.class) {
      return (int) number();
    } else if (raw == Long.class || raw == long.class) {
      return number();
    } else if (raw == Boolean.class || raw == boolean.class) {
      if (s.startsWith("true", i)) {
        i += 4;
        return Boolean.TRUE;
      }
      literal("false");
      return Boolean.FALSE;
    } else if (raw == BigDecimal.class) {
      return new BigDecimal(string());
    } else if (raw == List.class) {
      Type elem = ((ParameterizedType) type).getActualTypeArguments()[0];
      expect('[');
      List<Object> out = new ArrayList<>();
      if (!peek(']')) {
        do {
          out.add(value(elem));
        } while (peek(','));
        expect(']');
      }
      return List.copyOf(out);
    } else if (raw == Map.class) {
      Type[] kv = ((ParameterizedType) type).getActualTypeArguments();
      Class<?> keyType = (Class<?>) kv[0];
      Map<Object, Object> out = keyType.isEnum() ? new EnumMap(keyType) : new TreeMap<>();
      expect('{');
      if (!peek('}')) {
        do {
          String k = string();
          expect(':');
          Object key = keyType.isEnum() ? Enum.valueOf((Class<Enum>) keyType, k) : keyType == String.class ? k : fail();
          out.put(key, value(kv[1]));
        } while (peek(','));
        expect('}');
      }
      return out;
    } else if (raw.isRecord()) {
      return record(raw);
    }
    return fail();
  }

  private static Object fail() {
    throw new IllegalArgumentException("not canonical");
  }

  // Acts repeat the same short strings (ids of persons, bodies, meetings, who recorded them): one copy of each
  // recent one serves every act that names it, which saves the allocation and the memory of the acts kept.
  private static final int SHARED = 4096;
  private static final String[] RECENT = new String[SHARED];

  @Override
  String text(int start, int end) {
    int len = end - start;
    if (len > 48) {
      return s.substring(start, end);
    }
    int h = len;
    for (int k = start; k < end; k++) {
      h = 31 * h + s.charAt(k);
    }
    int slot = (h ^ (h >>> 12)) & (SHARED - 1);
    String seen = RECENT[slot];
    if (seen != null && seen.length() == len && s.regionMatches(start, seen, 0, len)) {
      return seen;
    }
    String fresh = s.substring(start, end);
    // Strings are immutable, so a racing thread may only see an older entry or this one, both whole.
    RECENT[slot] = fresh;
    return fresh;
  }
}
