package org.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the charter command line in-process and captures what it prints. */
record Cli(int code, String out, String err) {
  static final Path OPENAI = Path.of("..", "scenarios", "openai-2023");

  /** A one-file scenario in {@code tmp/scenario}: a scenario.yaml with this id, and acts/a.yaml holding these acts. */
  static Path scenario(Path tmp, String id, String acts) throws IOException {
    Path dir = tmp.resolve("scenario");
    Files.createDirectories(dir.resolve("acts"));
    Files.writeString(dir.resolve("scenario.yaml"), "id: " + id + "\ntitle: Test scenario\ntimezone: UTC\n");
    Files.writeString(dir.resolve("acts").resolve("a.yaml"), acts);
    return dir;
  }

  /** A copy of the bundled OpenAI scenario at {@code to}, for a test that changes its files. */
  static Path copyOpenAi(Path to) throws IOException {
    try (java.util.stream.Stream<Path> files = Files.walk(OPENAI)) {
      for (Path p : files.sorted().toList()) {
        Path q = to.resolve(OPENAI.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(q);
        } else {
          Files.copy(p, q);
        }
      }
    }
    return to;
  }

  /** {@code charter replay} of a scenario into {@code tmp/charter.db}: it must exit 2 and create no store. */
  static Cli replayRefused(Path tmp, Path dir) {
    Path db = tmp.resolve("charter.db");
    Cli r = run("replay", dir.toString(), "--db", db.toString());
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(2);
    assertThat(Files.exists(db)).as("the store is not created").isFalse();
    return r;
  }

  static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Cli(code, out.toString(), err.toString());
  }

  JsonNode json() {
    try {
      return new ObjectMapper().readTree(out);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + out + err, e);
    }
  }
}
