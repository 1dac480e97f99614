package org.charter.core.ledger;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import org.charter.core.act.Office;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.charter.core.act.Act;
import org.charter.core.act.ActTypes;

/**
 * Reads canonical act bytes with Jackson's streaming parser straight into the act's records, guided by their types:
 * no tree of maps in between. The hand-written reader it replaced was not clearly faster (docs/performance.md), and
 * the encoder stays Charter's own, since the bytes it writes are hashed. Every failure is an
 * {@link IllegalArgumentException} naming what was wrong and, for the JSON itself, the byte offset.
 */
final class CanonicalReader {
  /** Deeper than any act's records nest (an act, its clauses, their terms: five levels), far below a stack's limit. */
  static final int MAX_DEPTH = 64;
  /** The longest string taken: ten times the longest text the bounds let in, for entries older builds wrote. */
  static final int MAX_STRING = 100_000;
  /** The longest number: a long has 19 digits and a sign. */
  static final int MAX_NUMBER = 20;
  /** The largest entry: what the server takes in one request (1 MiB) many times over. */
  static final long MAX_DOCUMENT = 16L << 20;

  static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_STRING)
          .maxNumberLength(MAX_NUMBER).maxDocumentLength(MAX_DOCUMENT).build())
      .build();

  private CanonicalReader() {}

  static Act read(byte[] bytes) {
    return read(bytes, true);
  }

  /** As {@link #read(byte[])}; {@code share} false gives every string its own copy (the benchmarks' comparison). */
  static Act read(byte[] bytes, boolean share) {
    String notUtf8 = notUtf8Object(bytes);
    if (notUtf8 != null) {
      throw new IllegalArgumentException("canonical JSON: " + notUtf8);
    }
    try (JsonParser p = FACTORY.createParser(bytes)) {
      expect(p, p.nextToken(), JsonToken.START_OBJECT);
      if (p.nextToken() != JsonToken.FIELD_NAME || !"@type".equals(p.currentName())) {
        return readAnyOrder(bytes, share);
      }
      // The canonical order: "@type" sorts before every other key.
      p.nextToken();
      Act act = (Act) body(p, actType(p), share);
      end(p);
      return act;
    } catch (JsonProcessingException e) {
      // A syntax error, or a read limit passed: Jackson's own words, without its "Source: REDACTED" trailer.
      throw new IllegalArgumentException("canonical JSON: " + e.getOriginalMessage()
          + (e.getLocation() == null ? "" : " at offset " + e.getLocation().getByteOffset()), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalArgumentException e) {
      throw e;
    } catch (RuntimeException e) {
      // A value the records refuse (an instant that is no date, a null where one is required): the bytes are no act.
      throw new IllegalArgumentException("not a canonical act: " + e, e);
    }
  }

  /**
   * Why the bytes cannot be a UTF-8 JSON object, or null. Jackson guesses the encoding of bytes (UTF-16 or UTF-32 from
   * where zero bytes fall, or a byte-order mark); canonical bytes are UTF-8 and start with '{', and UTF-8 JSON never
   * holds a zero byte, so with both checked the guess can only be UTF-8.
   */
  static String notUtf8Object(byte[] bytes) {
    if (bytes.length == 0 || bytes[0] != '{') {
      return "an act is a JSON object, starting with '{' at offset 0";
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return "a zero byte at offset " + i + ": canonical bytes are UTF-8 JSON, which never holds one";
      }
    }
    return null;
  }

  /** Bytes whose "@type" is not first (not canonical, but an act): find the type, then read the object again. */
  private static Act readAnyOrder(byte[] bytes, boolean share) throws IOException {
    Class<? extends Act> type = null;
    try (JsonParser p = FACTORY.createParser(bytes)) {
      p.nextToken();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        boolean isType = "@type".equals(p.currentName());
        p.nextToken();
        if (isType) {
          type = actType(p);
        } else {
          skip(p);
        }
      }
    }
    if (type == null) {
      throw new IllegalArgumentException("not a canonical act: no @type");
    }
    try (JsonParser p = FACTORY.createParser(bytes)) {
      p.nextToken();
      Act act = (Act) body(p, type, share);
      end(p);
      return act;
    }
  }

  private static void end(JsonParser p) throws IOException {
    if (p.nextToken() != null) {
      throw new IllegalArgumentException("canonical JSON: trailing characters at offset " + offset(p));
    }
  }

  private static Class<? extends Act> actType(JsonParser p) throws IOException {
    expect(p, p.currentToken(), JsonToken.VALUE_STRING);
    Class<? extends Act> type = ActTypes.byName().get(p.getText());
    if (type == null) {
      throw new IllegalArgumentException("unknown act type " + p.getText());
    }
    return type;
  }

  /** The rest of a record's object, its opening brace read; keys the record does not have ("@type" too) are skipped. */
  private static Object body(JsonParser p, Class<?> type, boolean share) throws IOException {
    RecordShape shape = RecordShape.of(type);
    Object[] args = new Object[shape.names.length];
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      Integer at = shape.index.get(p.currentName());
      p.nextToken();
      if (at == null) {
        skip(p);
      } else {
        args[at] = value(p, shape.types[at], share);
      }
    }
    expect(p, t, JsonToken.END_OBJECT);
    // The encoder leaves out only what is null, and only an optional component may be: bytes without a required one
    // (an act without its meta) are no act, and would fail whoever read the act later.
    for (int i = 0; i < args.length; i++) {
      if (args[i] == null && !shape.optional[i]) {
        throw new IllegalArgumentException("canonical JSON: " + type.getSimpleName() + " has no '" + shape.names[i]
            + "', which is required, in the object ending at offset " + offset(p));
      }
    }
    return shape.construct(args);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object value(JsonParser p, Type type, boolean share) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    Class<?> raw = type instanceof ParameterizedType pt ? (Class<?>) pt.getRawType() : (Class<?>) type;
    if (raw == String.class) {
      return text(p, share);
    } else if (raw == Instant.class) {
      return CanonicalInstant.parse(text(p, share));
    } else if (raw.isEnum()) {
      return Enum.valueOf((Class<Enum>) raw, text(p, share));
    } else if (raw == Office.class) {
      return Office.ofCode(text(p, share));
    } else if (raw == Integer.class || raw == int.class) {
      expect(p, t, JsonToken.VALUE_NUMBER_INT);
      return p.getIntValue();
    } else if (raw == Long.class || raw == long.class) {
      expect(p, t, JsonToken.VALUE_NUMBER_INT);
      return p.getLongValue();
    } else if (raw == Boolean.class || raw == boolean.class) {
      if (t == JsonToken.VALUE_TRUE) {
        return Boolean.TRUE;
      }
      expect(p, t, JsonToken.VALUE_FALSE);
      return Boolean.FALSE;
    } else if (raw == BigDecimal.class) {
      return decimal(p, text(p, share));
    } else if (raw == List.class) {
      Type elem = ((ParameterizedType) type).getActualTypeArguments()[0];
      expect(p, t, JsonToken.START_ARRAY);
      List<Object> out = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        out.add(value(p, elem, share));
      }
      return List.copyOf(out);
    } else if (raw == Map.class) {
      Type[] kv = ((ParameterizedType) type).getActualTypeArguments();
      Class<?> keyType = (Class<?>) kv[0];
      Map<Object, Object> out = keyType.isEnum() ? new EnumMap(keyType) : new TreeMap<>();
      expect(p, t, JsonToken.START_OBJECT);
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String k = p.currentName();
        Object key = keyType.isEnum() ? Enum.valueOf((Class<Enum>) keyType, k) : k;
        p.nextToken();
        out.put(key, value(p, kv[1], share));
      }
      expect(p, t, JsonToken.END_OBJECT);
      return out;
    } else if (raw.isRecord()) {
      expect(p, t, JsonToken.START_OBJECT);
      return body(p, raw, share);
    }
    throw new IllegalArgumentException("no canonical form for " + type);
  }

  /**
   * A decimal as the encoder writes it, plain digits ({@code BigDecimal.toPlainString}): an exponent is refused, since
   * "1e100000049" would be read in a moment and then take minutes and gigabytes to print or encode again.
   */
  private static BigDecimal decimal(JsonParser p, String text) {
    if (!PLAIN_DECIMAL.matcher(text).matches()) {
      throw new IllegalArgumentException("canonical JSON: the decimal '" + (text.length() > 40 ? text.substring(0, 40)
          + "..." : text) + "' is not in plain form (digits, an optional point and fraction) at offset " + offset(p));
    }
    return new BigDecimal(text);
  }

  private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  /**
   * Steps over the value at the parser, every string in it decoded, so that a malformed escape anywhere fails the read
   * as it would fail a full one (Jackson's own skip does not decode what it skips).
   */
  static void skip(JsonParser p) throws IOException {
    int depth = 0;
    JsonToken t = p.currentToken();
    while (t != null) {
      switch (t) {
        case START_OBJECT, START_ARRAY -> depth++;
        case END_OBJECT, END_ARRAY -> depth--;
        case VALUE_STRING -> p.getTextLength();
        default -> { }
      }
      if (depth == 0) {
        return;
      }
      t = p.nextToken();
    }
    throw new IllegalArgumentException("canonical JSON: unexpected end at offset " + offset(p));
  }

  static void expect(JsonParser p, JsonToken t, JsonToken wanted) {
    if (t != wanted) {
      throw new IllegalArgumentException("canonical JSON: expected " + wanted + ", found " + t + " at offset "
          + offset(p));
    }
  }

  private static long offset(JsonParser p) {
    return p.currentTokenLocation().getByteOffset();
  }

  // Acts repeat the same short strings (ids of persons, bodies, meetings, who recorded them): one copy of each recent
  // one serves every act that names it, which saves the allocation and the memory of the acts kept. Each is kept
  // beside its characters, so that a hit is one vectorized comparison with the parser's buffer.
  private static final int SHARED = 4096;
  private static final Shared[] RECENT = new Shared[SHARED];

  /** A shared string and its characters, published together (final fields) so that racing threads see both. */
  private record Shared(String text, char[] chars) {}

  private static String text(JsonParser p, boolean share) throws IOException {
    expect(p, p.currentToken(), JsonToken.VALUE_STRING);
    if (!share) {
      return p.getText();
    }
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
