package org.charter.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one-pass column check answers as reading the whole JSON tree does, on good entries and damaged ones. */
class EntryColumnsTests {
  @Test
  void agree_goodAndDamagedEntries_sameAsTheTreeRead() {
    Random r = new Random(5);
    List<LedgerEntry> entries = LedgerPropertiesTests.chain(r, 300);
    int disagreed = 0;
    for (LedgerEntry e : entries) {
      assertThat(EntryColumns.agree(e)).isTrue();
      for (int k = 0; k < 20; k++) {
        LedgerEntry d = damaged(e, r);
        boolean expected = byTree(d);
        assertThat(EntryColumns.agree(d)).as(new String(d.payload(), StandardCharsets.UTF_8)).isEqualTo(expected);
        disagreed += expected ? 0 : 1;
      }
    }
    assertThat(disagreed).isPositive();
  }

  @Test
  void agree_keyRepeated_theLastCounts() {
    LedgerEntry e = LedgerPropertiesTests.chain(new Random(6), 1).get(0);
    String json = new String(e.payload(), StandardCharsets.UTF_8);
    String twice = json.substring(0, json.length() - 1) + ",\"zz\":1,\"@type\":\"statement-made\"}";
    LedgerEntry d = with(e, twice);
    assertThat(EntryColumns.agree(d)).isEqualTo(byTree(d)).isEqualTo(e.actType().equals("statement-made"));
  }

  private static LedgerEntry damaged(LedgerEntry e, Random r) {
    String json = new String(e.payload(), StandardCharsets.UTF_8);
    switch (r.nextInt(5)) {
      case 0 -> {
        byte[] p = e.payload().clone();
        p[r.nextInt(p.length)] = (byte) (' ' + r.nextInt(90));
        return new LedgerEntry(e.book(), e.seq(), e.actId(), e.actType(), e.validAt(), e.recordedAt(), p,
            e.prevHash(), e.hash());
      }
      case 1 -> {
        return new LedgerEntry(e.book(), e.seq(), e.actId() + "x", e.actType(), e.validAt(), e.recordedAt(),
            e.payload(), e.prevHash(), e.hash());
      }
      case 2 -> {
        return new LedgerEntry(e.book(), e.seq(), e.actId(), e.actType(), e.validAt().plusNanos(1_000_000),
            e.recordedAt(), e.payload(), e.prevHash(), e.hash());
      }
      case 3 -> {
        return with(e, json.substring(0, r.nextInt(json.length())));
      }
      default -> {
        return with(e, json.replace("\"meta\":{", "\"meta\":{\"x\":[1,-2,{\"y\":null}],"));
      }
    }
  }

  private static LedgerEntry with(LedgerEntry e, String json) {
    return new LedgerEntry(e.book(), e.seq(), e.actId(), e.actType(), e.validAt(), e.recordedAt(),
        json.getBytes(StandardCharsets.UTF_8), e.prevHash(), e.hash());
  }

  /** The check done the slow way: read the whole tree (a full read, with its own parser), then compare. */
  private static boolean byTree(LedgerEntry e) {
    JsonNode act;
    try {
      act = TREE.readTree(e.payload());
    } catch (IOException | RuntimeException ex) {
      return false;
    }
    if (act == null || !act.isObject() || !act.path("meta").isObject()) {
      return false;
    }
    JsonNode meta = act.get("meta");
    return text(act, "@type", e.actType()) && text(meta, "id", e.actId())
        && text(meta, "validAt", e.validAt().toString()) && text(meta, "recordedAt", e.recordedAt().toString());
  }

  private static boolean text(JsonNode o, String key, String expected) {
    return o.get(key) != null && o.get(key).isTextual() && o.get(key).textValue().equals(expected);
  }

  private static final ObjectMapper TREE = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
}
