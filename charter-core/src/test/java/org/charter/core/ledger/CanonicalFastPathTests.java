package org.charter.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.charter.core.act.Act;
import org.charter.core.act.ActTypes;
import org.junit.jupiter.api.Test;

/**
 * The direct writer and the typed reader (the fast paths of the canonical encoding) give exactly what the general
 * path through a tree of maps gives, for every act type and for instants of every precision.
 */
class CanonicalFastPathTests {
  @Test
  void encode_everyActType_sameBytesAsTheTreePath() {
    Random r = new Random(7);
    for (Class<? extends Act> type : ActTypes.all()) {
      for (int i = 0; i < 50; i++) {
        Act act = SampleActs.of(type, r, "a" + i);
        StringBuilder sb = new StringBuilder();
        Canonical.write(sb, Canonical.tree(act));
        assertThat(new String(Canonical.encode(act), StandardCharsets.UTF_8)).as(type.getSimpleName())
            .isEqualTo(sb.toString());
      }
    }
  }

  @Test
  void decode_everyActType_givesBackTheActEncoded() {
    Random r = new Random(8);
    for (Class<? extends Act> type : ActTypes.all()) {
      for (int i = 0; i < 50; i++) {
        Act act = SampleActs.of(type, r, "a" + i);
        assertThat(Canonical.decode(Canonical.encode(act))).as(type.getSimpleName()).isEqualTo(act);
      }
    }
  }

  @Test
  void decode_keysInAnyOrder_readsTheSameAct() {
    String json = "{\"body\":\"b\",\"@type\":\"director-resigned\",\"meta\":{\"id\":\"x\",\"recordedAt\":"
        + "\"2023-11-17T20:00:00Z\",\"recordedBy\":\"me\",\"sources\":[],\"validAt\":\"2023-11-17T20:00:00Z\"},"
        + "\"person\":\"p\"}";
    Act act = Canonical.decode(json.getBytes(StandardCharsets.UTF_8));
    assertThat(act.id()).isEqualTo("x");
    assertThat(Canonical.decode(Canonical.encode(act))).isEqualTo(act);
  }

  @Test
  void decode_escapedStrings_areUnescaped() {
    String json = "{\"@type\":\"director-resigned\",\"body\":\"b\\\"q\\u00e9\\n\",\"meta\":{\"id\":\"x\","
        + "\"recordedAt\":\"2023-11-17T20:00:00Z\",\"recordedBy\":\"me\",\"sources\":[],"
        + "\"validAt\":\"2023-11-17T20:00:00Z\"},\"person\":\"p\"}";
    Act act = Canonical.decode(json.getBytes(StandardCharsets.UTF_8));
    assertThat(((org.charter.core.act.DirectorResigned) act).body()).isEqualTo("b\"q\u00e9\n");
  }

  @Test
  void decode_badEscapes_failNamingTheOffset() {
    for (String bad : new String[] {"\\x", "\\u00g1", "\\u00", "abc"}) {
      byte[] bytes = ("{\"@type\":\"director-resigned\",\"body\":\"" + bad).getBytes(StandardCharsets.UTF_8);
      assertThatThrownBy(() -> Canonical.decode(bytes)).as(bad).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("canonical JSON: ").hasMessageContaining("at offset");
    }
  }

  @Test
  void decode_malformedOrNotAnAct_failsWithAPlainMessage() {
    record Case(String json, String message) {}
    String meta = "\"meta\":{\"id\":\"x\",\"recordedAt\":\"2023-11-17T20:00:00Z\",\"recordedBy\":\"me\","
        + "\"sources\":[],\"validAt\":\"2023-11-17T20:00:00Z\"}";
    for (Case c : List.of(
        new Case("{\"@type\":\"director-resigned\",\"body\":", "canonical JSON: "),
        new Case("[1,2]", "canonical JSON: an act is a JSON object, starting with '{' at offset 0"),
        new Case(" {}", "canonical JSON: an act is a JSON object, starting with '{' at offset 0"),
        new Case("{\u0000\"\u0000@\u0000}", "canonical JSON: a zero byte at offset 1"),
        new Case("{\"body\":\"b\"}", "not a canonical act: no @type"),
        new Case("{\"@type\":\"director-remved\"}", "unknown act type director-remved"),
        new Case("{\"@type\":\"director-resigned\",\"body\":\"b\",\"person\":\"p\"}",
            "canonical JSON: DirectorResigned has no 'meta', which is required"),
        new Case("{\"@type\":\"director-resigned\",\"body\":\"b\",\"meta\":{\"id\":\"x\",\"recordedAt\":"
            + "\"2023-11-17T20:00:00Z\",\"recordedBy\":\"me\",\"sources\":[],\"validAt\":\"2023-11-17T20:00:00Z\"}}",
            "canonical JSON: DirectorResigned has no 'person', which is required"),
        new Case("{\"@type\":\"director-resigned\",\"body\":\"b\"," + meta + ",\"person\":\"p\"} {}",
            "canonical JSON: trailing characters at offset"),
        new Case("{\"@type\":\"director-resigned\",\"body\":7," + meta + ",\"person\":\"p\"}",
            "canonical JSON: expected VALUE_STRING, found VALUE_NUMBER_INT"),
        new Case("{\"@type\":\"director-resigned\",\"body\":\"b\",\"meta\":{\"id\":\"x\",\"validAt\":\"2023-02-30T00:00:00Z\"}"
            + ",\"person\":\"p\"}", "not a canonical act: "),
        new Case("{\"@type\":\"director-resigned\",\"x\":" + "[".repeat(100) + "]".repeat(100) + "}",
            "canonical JSON: Document nesting depth (65) exceeds the maximum allowed (64"))) {
      byte[] bytes = c.json().getBytes(StandardCharsets.UTF_8);
      assertThatThrownBy(() -> Canonical.decode(bytes)).as(c.json()).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith(c.message());
    }
  }

  @Test
  void instant_everyPrecisionAndOddForms_sameAsInstantParse() {
    Random r = new Random(9);
    for (int i = 0; i < 2_000; i++) {
      Instant t = Instant.ofEpochSecond(r.nextLong() % 300_000_000_000L, r.nextInt(4) == 0 ? 0
          : r.nextInt(3) == 0 ? r.nextInt(1000) * 1_000_000 : r.nextInt(1_000_000_000));
      assertThat(CanonicalInstant.parse(t.toString())).isEqualTo(t);
    }
    for (String odd : new String[] {"2023-11-17T20:00:00.5Z", "2023-11-17T20:00:00.12345Z", "0000-01-01T00:00:00Z",
        "2016-12-31T23:59:60Z"}) {
      assertThat(CanonicalInstant.parse(odd)).as(odd).isEqualTo(Instant.parse(odd));
    }
    assertThatThrownBy(() -> CanonicalInstant.parse("2023-02-30T00:00:00Z")).isInstanceOf(RuntimeException.class);
  }

  @Test
  void writeInstant_everyPrecisionAndYear_sameAsInstantToString() {
    Random r = new Random(10);
    for (int i = 0; i < 5_000; i++) {
      Instant t = Instant.ofEpochSecond(r.nextLong() % 400_000_000_000L, r.nextInt(4) == 0 ? 0
          : r.nextInt(3) == 0 ? r.nextInt(1000) * 1_000_000 : r.nextInt(3) == 0 ? r.nextInt(1_000_000) * 1_000
          : r.nextInt(1_000_000_000));
      StringBuilder sb = new StringBuilder();
      Canonical.writeInstant(sb, t);
      assertThat(sb.toString()).isEqualTo("\"" + t + "\"");
    }
  }
}
