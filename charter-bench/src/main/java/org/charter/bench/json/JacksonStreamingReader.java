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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.charter.core.act.Act;
import org.charter.core.act.ActTypes;
import org.charter.core.ledger.CanonicalInstant;

/**
 * Canonical act bytes read with Jackson's streaming parser ({@link JsonParser} over the UTF-8 bytes) straight into the
 * act's records, guided by their types, as charter-core's {@code CanonicalReader} reads them but without sharing
 * recent short strings: the limit that shows what the sharing (which saves heap per act kept) costs in time.
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

  private static String text(JsonParser p) throws IOException {
    expect(p.currentToken(), JsonToken.VALUE_STRING);
    return p.getText();
  }
}
