package org.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.charter.core.book.Book;
import org.charter.core.book.Recorded;
import org.charter.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The verdict of every act of the OpenAI replay, against a reviewed golden file. After an intended change, rerun with
 * -Dgolden.update=true and review the diff of src/test/resources/golden/openai-2023-verdicts.txt.
 */
class OpenAiGoldenTests {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "openai-2023-verdicts.txt");

  @Test
  void replay_ofTheOpenAiCase_givesTheReviewedVerdicts() throws Exception {
    Scenario s = Scenarios.load(Cli.OPENAI);
    Book book = Scenarios.replay(s);
    StringBuilder sb = new StringBuilder();
    for (Recorded r : book.timeline()) {
      sb.append(r.act().id()).append('\t')
          .append(r.verdict() == null ? "note" : r.verdict().label());
      if (r.verdict() != null) {
        r.verdict().findings().stream()
            .filter(f -> f.outcome() != org.charter.core.verdict.Finding.Outcome.MET)
            .forEach(f -> sb.append('\t').append(f.ruleId()).append(':')
                .append(f.outcome().name().toLowerCase(java.util.Locale.ROOT)));
      }
      sb.append('\n');
    }
    String actual = sb.toString();
    if (Boolean.getBoolean("golden.update") || !Files.exists(GOLDEN)) {
      Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }
}
