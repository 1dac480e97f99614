package org.charter.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.charter.core.act.Act;
import org.charter.core.act.ActTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The generated schema is usable by a standard validator, and agrees with the loader on what an acts file is. */
class SchemaValidationTests {
  // The committed file, as editors and other tools will use it; SchemaIsCurrentTests keeps it in step.
  private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(read(SchemaIsCurrentTests.COMMITTED), InputFormat.JSON);

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Error> validate(String yaml) {
    return SCHEMA.validate(yaml, InputFormat.YAML);
  }

  private static List<Error> validate(Path file) throws IOException {
    return validate(Files.readString(file));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "scenarios/sample/acts/2015.yaml", "scenarios/sample/acts/2019.yaml", "scenarios/sample/acts/2023-11.yaml",
      "scenarios/sample/checks/reinstate.yaml", "values/times.yaml", "values/counts.yaml", "values/thresholds.yaml",
      "values/sources.yaml"})
  void validate_actsFileTheLoaderReads_passes(String file) throws IOException {
    assertThat(validate(Fixtures.resource(file))).isEmpty();
  }

  static Stream<Path> bundledActsFiles() throws IOException {
    Path scenarios = Path.of("..", "scenarios");
    if (!Files.isDirectory(scenarios)) {
      return Stream.of();
    }
    try (Stream<Path> files = Files.walk(scenarios)) {
      return files.filter(p -> p.toString().endsWith(".yaml") && !p.endsWith("scenario.yaml")
          && !p.endsWith("sources.yaml") && !variant(p)).sorted().toList().stream();
    }
  }

  private static final Schema SOURCES_SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(read(SchemaIsCurrentTests.SOURCES), InputFormat.JSON);

  static Stream<Path> bundledSourcesFiles() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("..", "scenarios"))) {
      return files.filter(p -> p.endsWith("sources.yaml")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("bundledSourcesFiles")
  void validate_bundledSourcesFile_passesTheSourcesSchema(Path file) throws IOException {
    assertThat(SOURCES_SCHEMA.validate(Files.readString(file), InputFormat.YAML)).as(file.toString()).isEmpty();
  }

  @Test
  void validate_seedEntryWithoutFile_failsTheSourcesSchema() {
    assertThat(SOURCES_SCHEMA.validate("- {key: seed 001, publisher: x, date: undated}", InputFormat.YAML))
        .isNotEmpty();
    assertThat(SOURCES_SCHEMA.validate("- {key: seed 001, publisher: x, date: 19 Nov 2023, file: 001_a.txt}",
        InputFormat.YAML)).isNotEmpty();
  }

  /** A hypothesis or branch file: a mapping whose acts list is in the acts files' format. */
  private static boolean variant(Path p) {
    String dir = p.getParent().getFileName().toString();
    return dir.equals(VariantLoader.HYPOTHESES) || dir.equals("branches");
  }

  static Stream<Path> bundledVariants() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("..", "scenarios"))) {
      return files.filter(p -> p.toString().endsWith(".yaml") && variant(p)).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("bundledActsFiles")
  void validate_bundledActsFile_passes(Path file) throws IOException {
    assertThat(validate(file)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("bundledVariants")
  void validate_bundledVariantsActs_passThePlainActsSchema(Path file) throws IOException {
    Object doc = new org.yaml.snakeyaml.Yaml().load(Files.readString(file));
    assertThat(doc).as(file.toString()).isInstanceOf(java.util.Map.class);
    Object acts = ((java.util.Map<?, ?>) doc).get("acts");
    if (acts != null) {
      assertThat(validate(new org.yaml.snakeyaml.Yaml().dump(acts))).as(file.toString()).isEmpty();
    }
  }

  static Stream<Class<? extends Act>> actTypes() {
    return ActTypes.all().stream();
  }

  @ParameterizedTest
  @MethodSource("actTypes")
  void validate_everyActTypeWithRequiredOrEveryField_passes(Class<? extends Act> type) {
    assertThat(validate("- " + SampleActs.act(type, "a", false) + "\n")).as("required fields only").isEmpty();
    assertThat(validate("- " + SampleActs.act(type, "b", true) + "\n")).as("every field").isEmpty();
  }

  @Test
  void validate_unknownField_fails() throws IOException {
    List<Error> errors = validate(Fixtures.resource("errors/unknown-field.yaml"));
    assertThat(errors).isNotEmpty();
    assertThat(errors).extracting(Error::toString).anyMatch(e -> e.contains("persn"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"bad-enum.yaml", "missing-field.yaml", "unknown-act.yaml", "bad-values.yaml"})
  void validate_fileTheLoaderRejectsForItsShape_fails(String file) throws IOException {
    assertThat(validate(Fixtures.resource("errors/" + file))).isNotEmpty();
  }

  @Test
  void validate_sourceWithTwoKinds_fails() {
    String yaml = "- {act: statement-made, at: 2023-11-17, by: a, text: b, sources: [{seed: '1', public: x}]}\n";
    assertThat(validate(yaml)).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"../../etc/passwd", "x y", "-x", "<img src=x>"})
  void validate_idOutsideTheIdSet_failsAsTheLoaderDoes(String id) {
    String yaml = "- {act: person-described, id: ok, at: 2023-11-17, person: '" + id + "', name: N}\n";
    assertThat(validate(yaml)).extracting(Error::toString).anyMatch(e -> e.contains("person"));
    String fine = "- {act: person-described, id: ok, at: 2023-11-17, person: ok-person, name: N}\n";
    assertThat(validate(fine)).isEmpty();
  }

  @Test
  void validate_noteLongerThanTheTextLimit_fails() {
    String yaml = "- {act: statement-made, at: 2023-11-17, by: a, text: b, note: '" + "x".repeat(10_001) + "'}\n";
    assertThat(validate(yaml)).isNotEmpty();
  }
}
