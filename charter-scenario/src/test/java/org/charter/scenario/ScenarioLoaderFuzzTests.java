package org.charter.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;
import org.charter.core.act.Act;
import org.charter.core.ledger.Canonical;
import org.junit.jupiter.api.Timeout;

/**
 * The scenario loader on arbitrary bytes: a file either loads, into acts the ledger can store and read back, or is
 * refused with ScenarioException, whose every problem names a file of the scenario, with line and column where the
 * problem has a place (a problem of the whole file, such as an empty one, has none); no other exception. Seeds are the bundled scenario's files and the error fixtures (ScenarioLoaderFuzzTestsInputs/).
 */
class ScenarioLoaderFuzzTests {
  private static final Path BUNDLED_HEADER = Path.of("..", "scenarios", "openai-2023", "scenario.yaml");
  private static final Pattern POSITION = Pattern.compile("^\\S.*?(:\\d+:\\d+)?: \\S[\\s\\S]*");

  /** The bytes as an acts file beside the bundled scenario.yaml. */
  @FuzzTest(maxDuration = "20s")
  @Timeout(10)
  void actsFile(byte[] bytes) throws IOException {
    Path dir = scenarioDir(Files.readAllBytes(BUNDLED_HEADER));
    Path file = dir.resolve("acts").resolve("fuzz.yaml");
    Files.write(file, bytes);
    loadsOrNamesThePosition(dir, Set.of(dir.resolve("scenario.yaml"), file));
  }

  /** The bytes as scenario.yaml, with an empty acts directory. */
  @FuzzTest(maxDuration = "20s")
  @Timeout(10)
  void header(byte[] bytes) throws IOException {
    Path dir = scenarioDir(bytes);
    loadsOrNamesThePosition(dir, Set.of(dir.resolve("scenario.yaml")));
  }

  private static void loadsOrNamesThePosition(Path dir, Set<Path> files) {
    Scenario s;
    try {
      s = new ScenarioLoader().load(dir);
    } catch (ScenarioException refused) {
      assertThat(refused.problems()).isNotEmpty();
      for (Problem p : refused.problems()) {
        assertThat(files).as("the problem names a file of the scenario: %s", p).contains(p.file());
        assertThat(p.line()).as("line of %s", p).isNotNegative();
        assertThat(p.column()).as("column of %s", p).isNotNegative();
        assertThat(p.message()).as("message of %s", p).isNotBlank();
        assertThat(p.toString()).as("file:line:col: message, or file: message").matches(POSITION);
      }
      return;
    } finally {
      clean(dir);
    }
    // What loads is what a replay appends: the ledger must be able to store it and read it back.
    for (Act act : s.acts()) {
      byte[] bytes = Canonical.encode(act);
      assertThat(Canonical.decode(bytes)).as("canonical round trip of %s", act.id()).isEqualTo(act);
    }
  }

  private static Path scenarioDir(byte[] header) throws IOException {
    Path dir = Files.createTempDirectory("charter-fuzz");
    Files.createDirectory(dir.resolve("acts"));
    Files.write(dir.resolve("scenario.yaml"), header);
    return dir;
  }

  private static void clean(Path dir) {
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
