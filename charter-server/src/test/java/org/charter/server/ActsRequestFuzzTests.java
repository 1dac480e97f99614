package org.charter.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.charter.core.act.Act;
import org.charter.core.ledger.Canonical;
import org.charter.scenario.Scenario;
import org.charter.scenario.ScenarioLoader;
import org.junit.jupiter.api.Timeout;

/**
 * The reader of a {@code POST /acts} body on arbitrary bytes, sent as JSON and as YAML: the acts it reads can be
 * stored and read back, and everything else is an ApiException (a 4xx with a message), never another exception, which
 * the server would answer with a 500. Seeds are request bodies of the tests and the bundled checks
 * (ActsRequestFuzzTestsInputs/read/).
 */
class ActsRequestFuzzTests {
  private static final Scenario BOOK = new ScenarioLoader().load(TestServer.OPENAI);
  private static final org.charter.scenario.KnownNames NAMES = org.charter.scenario.KnownNames.of(BOOK.acts());
  private static final java.util.Set<String> TAKEN =
      BOOK.acts().stream().map(org.charter.core.act.Act::id).collect(java.util.stream.Collectors.toSet());
  private static final Instant NOW = Instant.parse("2024-07-01T12:00:00.123456Z");

  @FuzzTest(maxDuration = "20s")
  @Timeout(10)
  void read(byte[] bytes) {
    String body;
    try {
      // The server's Bodies refuses a body that is not UTF-8 before the reader sees it.
      body = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException notUtf8) {
      return;
    }
    for (String type : List.of("application/json", "application/yaml")) {
      List<Act> acts;
      try {
        // No id is taken yet: the book's own check (409 for a taken id) is not what is fuzzed here.
        acts = ActsRequest.read(body, type, BOOK, NAMES, TAKEN::contains, NOW, ids -> { });
      } catch (ApiException refused) {
        assertThat(refused.status()).as(type).isBetween(400, 499);
        assertThat(refused.getMessage()).as(type).isNotBlank();
        continue;
      }
      assertThat(acts).as(type).isNotEmpty();
      for (Act act : acts) {
        assertThat(Canonical.decode(Canonical.encode(act))).as("%s: canonical round trip", type).isEqualTo(act);
      }
    }
  }
}
