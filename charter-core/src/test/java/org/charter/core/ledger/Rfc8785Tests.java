package org.charter.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.charter.core.act.Act;
import org.charter.core.act.ActTypes;
import org.charter.core.act.Source;
import org.charter.core.act.Source.SourceKind;
import org.junit.jupiter.api.Test;

/**
 * Where Charter's canonical encoding agrees with RFC 8785 (JCS) and where it differs on purpose: each vector is a value,
 * Charter's bytes for it, the RFC's bytes for the same value written as plain JSON would carry it, and whether they
 * agree. The table in docs/ledger.md is this list.
 */
class Rfc8785Tests {
  /** {@code jcs} null: RFC 8785 refuses the value. */
  private record Vector(String name, Object value, Object asJson, String charter, String jcs) {
    boolean agree() {
      return charter.equals(jcs);
    }
  }

  private static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  private static final List<Vector> VECTORS = List.of(
      // Members: sorted by UTF-16 code units, not kept in record component order (kind, ref, quote).
      new Vector("record members sorted", new Source(SourceKind.SEED, "001", "q"),
          map("kind", "SEED", "ref", "001", "quote", "q"),
          "{\"kind\":\"SEED\",\"quote\":\"q\",\"ref\":\"001\"}", "{\"kind\":\"SEED\",\"quote\":\"q\",\"ref\":\"001\"}"),
      new Vector("@ before upper before lower case", map("b", 1L, "a", 2L, "B", 3L, "@type", "x"),
          map("b", 1L, "a", 2L, "B", 3L, "@type", "x"),
          "{\"@type\":\"x\",\"B\":3,\"a\":2,\"b\":1}", "{\"@type\":\"x\",\"B\":3,\"a\":2,\"b\":1}"),
      // U+1F600 is the surrogate pair D83D DE00: before U+FB01 in UTF-16 order, after it in code point order.
      new Vector("keys beyond the BMP in UTF-16 order", map("\uFB01", 1L, "\uD83D\uDE00", 2L, "\u00E9", 3L),
          map("\uFB01", 1L, "\uD83D\uDE00", 2L, "\u00E9", 3L),
          "{\"\u00E9\":3,\"\uD83D\uDE00\":2,\"\uFB01\":1}", "{\"\u00E9\":3,\"\uD83D\uDE00\":2,\"\uFB01\":1}"),
      new Vector("short escapes", "\b\t\n\f\r\"\\", "\b\t\n\f\r\"\\",
          "\"\\b\\t\\n\\f\\r\\\"\\\\\"", "\"\\b\\t\\n\\f\\r\\\"\\\\\""),
      new Vector("other control characters as lower-case \\u00xx", "\u0001\u001F", "\u0001\u001F",
          "\"\\u0001\\u001f\"", "\"\\u0001\\u001f\""),
      new Vector("no escape for /, DEL, non-ASCII, U+2028", "a/b\u007F\u00E9\u20AC\u2028\uD83D\uDE00",
          "a/b\u007F\u00E9\u20AC\u2028\uD83D\uDE00",
          "\"a/b\u007F\u00E9\u20AC\u2028\uD83D\uDE00\"", "\"a/b\u007F\u00E9\u20AC\u2028\uD83D\uDE00\""),
      new Vector("a lone surrogate", "a\uD800", "a\uD800", "\"a?\"", null),
      new Vector("integers within 2^53", List.of(0L, -42L, 1_000_000L, 9_007_199_254_740_992L),
          List.of(0L, -42L, 1_000_000L, 9_007_199_254_740_992L), "[0,-42,1000000,9007199254740992]",
          "[0,-42,1000000,9007199254740992]"),
      new Vector("integer beyond 2^53", 9_007_199_254_740_993L, 9_007_199_254_740_993L, "9007199254740993",
          "9007199254740992"),
      new Vector("largest long", Long.MAX_VALUE, Long.MAX_VALUE, "9223372036854775807", "9223372036854776000"),
      new Vector("decimal", new BigDecimal("369.84"), new BigDecimal("369.84"), "\"369.84\"", "369.84"),
      new Vector("decimal with a trailing zero", new BigDecimal("1.10"), new BigDecimal("1.10"), "\"1.10\"", "1.1"),
      new Vector("decimal beyond a double's digits", new BigDecimal("12345678901234567.89"),
          new BigDecimal("12345678901234567.89"), "\"12345678901234567.89\"", "12345678901234568"),
      new Vector("decimal in E notation", new BigDecimal("1E+3"), new BigDecimal("1E+3"), "\"1000\"", "1000"),
      new Vector("null member left out", new Source(SourceKind.SEED, "001", null),
          map("kind", "SEED", "ref", "001", "quote", null),
          "{\"kind\":\"SEED\",\"ref\":\"001\"}", "{\"kind\":\"SEED\",\"quote\":null,\"ref\":\"001\"}"),
      new Vector("empty list kept", List.of(), List.of(), "[]", "[]"),
      new Vector("booleans", List.of(true, false), List.of(true, false), "[true,false]", "[true,false]"),
      new Vector("instant as an ISO-8601 string", Instant.parse("2023-11-17T20:00:00.500Z"),
          "2023-11-17T20:00:00.500Z", "\"2023-11-17T20:00:00.500Z\"", "\"2023-11-17T20:00:00.500Z\""),
      new Vector("enum by name", SourceKind.PUBLIC_RECORD, "PUBLIC_RECORD", "\"PUBLIC_RECORD\"",
          "\"PUBLIC_RECORD\""));

  @Test
  void vectors_charterBytes_areAsListed() {
    for (Vector v : VECTORS) {
      assertThat(new String(charter(v.value()), StandardCharsets.UTF_8)).as(v.name()).isEqualTo(v.charter());
    }
  }

  @Test
  void vectors_rfc8785Bytes_areAsListed() {
    for (Vector v : VECTORS) {
      if (v.jcs() == null) {
        assertThatThrownBy(() -> Jcs.canonicalize(v.asJson())).as(v.name()).hasMessageContaining("not I-JSON");
      } else {
        assertThat(new String(Jcs.canonicalize(v.asJson()), StandardCharsets.UTF_8)).as(v.name())
            .isEqualTo(v.jcs());
      }
    }
  }

  @Test
  void vectors_agreeExactlyWhereListed() {
    assertThat(VECTORS.stream().filter(v -> !v.agree()).map(Vector::name)).containsExactly("a lone surrogate",
        "integer beyond 2^53", "largest long", "decimal", "decimal with a trailing zero",
        "decimal beyond a double's digits", "decimal in E notation", "null member left out");
  }

  /** A JSON reader that is not Charter's, for reading the bytes back. */
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void encode_everyActType_isAlreadyInRfc8785Form() throws IOException {
    // Charter's bytes, read back as JSON and canonicalized by the RFC's rules, come out unchanged: decimals are
    // strings to JCS and the sample integers are small.
    Random r = new Random(11);
    for (Class<? extends Act> type : ActTypes.all()) {
      for (int i = 0; i < 20; i++) {
        byte[] bytes = Canonical.encode(SampleActs.of(type, r, "a" + i));
        Object tree = JSON.readValue(bytes, Object.class);
        assertThat(Jcs.canonicalize(tree)).as(type.getSimpleName()).isEqualTo(bytes);
      }
    }
  }

  @Test
  void jcsNumber_rfc8785AppendixB_sameText() {
    Map<Long, String> appendixB = new TreeMap<>(Map.of(
        0x0000000000000000L, "0", 0x8000000000000000L, "0", 0x0000000000000001L, "5e-324",
        0x7fefffffffffffffL, "1.7976931348623157e+308", 0x4340000000000000L, "9007199254740992",
        0xc340000000000000L, "-9007199254740992", 0x4430000000000000L, "295147905179352830000",
        0x44b52d02c7e14af5L, "9.999999999999997e+22", 0x44b52d02c7e14af6L, "1e+23",
        0x3eb0c6f7a0b5ed8dL, "0.000001"));
    appendixB.put(0x3eb0c6f7a0b5ed8cL, "9.999999999999997e-7");
    appendixB.forEach((bits, text) -> assertThat(Jcs.number(Double.longBitsToDouble(bits))).as(Long.toHexString(bits))
        .isEqualTo(text));
  }

  /** Charter's bytes for any value, as {@link Canonical#encode} writes the values inside an act. */
  private static byte[] charter(Object value) {
    StringBuilder sb = new StringBuilder();
    Canonical.write(sb, Canonical.toTree(value));
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }
}
