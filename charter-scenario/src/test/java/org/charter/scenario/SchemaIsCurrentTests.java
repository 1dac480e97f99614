package org.charter.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The committed docs/scenario.schema.json is the one the act records generate, and docs/sources.schema.json the one
 * SourceEntry generates. To regenerate them after changing an act record or SourceEntry: {@code mvn -B test -pl charter-scenario -Dtest=SchemaIsCurrentTests -Dcharter.schema.write=true}.
 */
class SchemaIsCurrentTests {
  // Surefire runs tests in the module directory; the docs are one level up, at the repository root.
  static final Path COMMITTED = Path.of("..").resolve(SchemaGenerator.COMMITTED_PATH);
  static final Path SOURCES = Path.of("..").resolve(SchemaGenerator.SOURCES_PATH);

  @Test
  void committedSchema_regenerated_isUnchanged() throws IOException {
    assertCurrent(COMMITTED, SchemaGenerator.generate(), "the act records");
  }

  @Test
  void committedSourcesSchema_regenerated_isUnchanged() throws IOException {
    assertCurrent(SOURCES, SchemaGenerator.generateSources(), "SourceEntry");
  }

  private static void assertCurrent(Path file, String generated, String from) throws IOException {
    if (Boolean.getBoolean("charter.schema.write")) {
      Files.writeString(file, generated, StandardCharsets.UTF_8);
    }
    String committed = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    assertThat(firstDifference(committed, generated))
        .as(file.getFileName() + " is out of date with " + from + "; regenerate it with "
            + "mvn -B test -pl charter-scenario -Dtest=SchemaIsCurrentTests -Dcharter.schema.write=true")
        .isEmpty();
  }

  // The schema runs to some 1,500 lines: name the first line that differs rather than print both files.
  private static String firstDifference(String committed, String generated) {
    List<String> a = committed.lines().toList();
    List<String> b = generated.lines().toList();
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      String x = i < a.size() ? a.get(i) : "<end of file>";
      String y = i < b.size() ? b.get(i) : "<end of file>";
      if (!x.equals(y)) {
        return "line " + (i + 1) + ": committed " + x.strip() + ", generated " + y.strip();
      }
    }
    return committed.equals(generated) ? "" : "line endings differ";
  }
}
