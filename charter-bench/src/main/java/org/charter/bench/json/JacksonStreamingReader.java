package org.charter.bench.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.charter.core.act.Act;
import org.charter.core.act.ActTypes;
import org.charter.core.ledger.CanonicalInstant;

/**
 * Canonical act bytes read with Jackson's streaming parser ({@link JsonParser} over the UTF-8 bytes) straight into the
 * act's records, guided by their types: charter-core's {@code ActReader} with Jackson's tokenizer in place of its
 * cursor. Like that reader it wants "@type" first, skips keys it does not know and shares recent short strings; the
 * instants and the records are built by the same steps, so what the two differ in is the JSON.
 */
public final class JacksonStreamingReader {
  private static final JsonFactory FACTORY = new JsonFactory();

  private JacksonStreamingReader() {}

  public static Act decode(byte[] bytes) {
    try (JsonParser p = FACTORY.createParser(bytes)) {
      expect(p.nextToken(), JsonToken.START_OBJECT);
      if (p.nextToken() != JsonToken.FIELD_NAME || !"@type".equals(p.currentName())) {
        throw new IllegalArgumentException("not canonical: @type is not the first key");
      }
      expect(p.nextToken(), JsonToken.VALUE_STRING);
      Class<? extends Act> type = ActTypes.byName().get(p.getText());
      if (type == null) {
        throw new IllegalArgumentException("unknown act type " + p.getText());
      }
      Act act = (Act) body(p, type);
      if (p.nextToken() != null) {
        throw new IllegalArgumentException("trailing characters");
      }
      return act;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rest of a record's object, its opening brace read. */
  private static Object body(JsonParser p, Class<?> type) throws IOException {
    RecordType shape = RecordType.of(type);
    Object[] args = new Object[shape.types.length];
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      Integer at = shape.index.get(p.currentName());
      p.nextToken();
      if (at == null) {
        p.skipChildren();
      } else {
        args[at] = value(p, shape.types[at]);
      }
    }
    expect(t, JsonToken.END_OBJECT);
    return shape.construct(args);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object value(JsonParser p, Type type) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    Class<?> raw = type instanceof ParameterizedType pt ? (Class<?>) pt.getRawType() : (Class<?>) type;
    if (raw == String.class) {
      return text(p);
    } else if (raw == java.time.Instant.class) {
      return CanonicalInstant.parse(text(p));
    } else if (raw.isEnum()) {
      return Enum.valueOf((Class<Enum>) raw, text(p));
    } else if (raw == Integer.class || raw == int.class) {
      expect(t, JsonToken.VALUE_NUMBER_INT);
      return p.getIntValue();
    } else if (raw == Long.class || raw == long.class) {
      expect(t, JsonToken.VALUE_NUMBER_INT);
      return p.getLongValue();
    } else if (raw == Boolean.class || raw == boolean.class) {
      if (t == JsonToken.VALUE_TRUE) {
        return Boolean.TRUE;
      }
      expect(t, JsonToken.VALUE_FALSE);
      return Boolean.FALSE;
    } else if (raw == BigDecimal.class) {
      return new BigDecimal(text(p));
    } else if (raw == List.class) {
      Type elem = ((ParameterizedType) type).getActualTypeArguments()[0];
      expect(t, JsonToken.START_ARRAY);
      List<Object> out = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        out.add(value(p, elem));
      }
      return List.copyOf(out);
    } else if (raw == Map.class) {
      Type[] kv = ((ParameterizedType) type).getActualTypeArguments();
      Class<?> keyType = (Class<?>) kv[0];
      Map<Object, Object> out = keyType.isEnum() ? new EnumMap(keyType) : new TreeMap<>();
      expect(t, JsonToken.START_OBJECT);
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String k = p.currentName();
        Object key = keyType.isEnum() ? Enum.valueOf((Class<Enum>) keyType, k) : k;
        p.nextToken();
        out.put(key, value(p, kv[1]));
      }
      expect(t, JsonToken.END_OBJECT);
      return out;
    } else if (raw.isRecord()) {
      expect(t, JsonToken.START_OBJECT);
      return body(p, raw);
    }
    throw new IllegalArgumentException("no canonical form for " + type);
  }

  private static void expect(JsonToken t, JsonToken wanted) {
    if (t != wanted) {
      throw new IllegalArgumentException("not canonical: expected " + wanted + ", found " + t);
    }
  }

  // One copy of each recent short string for every act that names it, as charter-core's reader keeps them; each
  // beside its characters, so that a hit is one vectorized array comparison, as String.regionMatches is there.
  private static final int SHARED = 4096;
  private static final Shared[] RECENT = new Shared[SHARED];

  /** A shared string and its characters, published together (final fields) so that racing threads see both. */
  private record Shared(String text, char[] chars) {}

  private static String text(JsonParser p) throws IOException {
    expect(p.currentToken(), JsonToken.VALUE_STRING);
    char[] cs = p.getTextCharacters();
    int start = p.getTextOffset();
    int len = p.getTextLength();
    if (len > 48) {
      return new String(cs, start, len);
    }
    int h = len;
    for (int k = start; k < start + len; k++) {
      h = 31 * h + cs[k];
    }
    int slot = (h ^ (h >>> 12)) & (SHARED - 1);
    Shared seen = RECENT[slot];
    if (seen != null && seen.chars.length == len && Arrays.equals(seen.chars, 0, len, cs, start, start + len)) {
      return seen.text;
    }
    String fresh = new String(cs, start, len);
    RECENT[slot] = new Shared(fresh, Arrays.copyOfRange(cs, start, start + len));
    return fresh;
  }
}
