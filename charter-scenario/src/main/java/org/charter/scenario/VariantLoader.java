package org.charter.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.charter.core.act.Act;
import org.charter.core.act.Bounds;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads variant files (docs/scenario-format.md, "Hypotheses and branches"): a mapping with {@code id}, {@code title},
 * optional {@code description}, {@code sources}, {@code drop} (act ids of the base), {@code base} (a branch's base
 * scenario directory, relative to the file) and {@code acts} (acts in the scenario format, read against the base's
 * names and zone). An act whose id the base holds replaces it; any other is inserted.
 */
public final class VariantLoader {
  /** Where a scenario keeps its hypotheses. */
  public static final String HYPOTHESES = "hypotheses";

  /** The hypotheses a scenario carries, in file name order; none when it has no hypotheses/ directory. */
  public List<Variant> hypotheses(Scenario s) {
    Path dir = s.dir().resolve(HYPOTHESES);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<Variant> out = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Path f : yamlFiles(dir)) {
      try {
        out.add(load(f, s));
      } catch (ScenarioException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new ScenarioException(problems);
    }
    Set<String> ids = new HashSet<>();
    for (Variant v : out) {
      if (!ids.add(v.id())) {
        throw new ScenarioException(List.of(new Problem(v.file(), 0, 0, "id: hypothesis " + v.id()
            + " is defined twice in " + dir)));
      }
    }
    return out;
  }

  /** Every hypothesis, the one that changes nothing (the scenario as it stands) first, as the reference. */
  public static List<Variant> referenceFirst(List<Variant> all) {
    List<Variant> out = new ArrayList<>(all.stream().filter(v -> v.drop().isEmpty() && v.acts().isEmpty()).toList());
    all.stream().filter(v -> !out.contains(v)).forEach(out::add);
    return out;
  }

  /**
   * The variants {@code names} names, in that order, the first the reference.
   *
   * @throws IllegalArgumentException for an unknown or repeated name, or fewer than two, saying which
   */
  public static List<Variant> pick(List<Variant> all, List<String> names) {
    List<Variant> out = pickAny(all, names);
    if (out.size() < 2) {
      throw new IllegalArgumentException("name two or more, the first the reference");
    }
    return out;
  }

  /**
   * The variants {@code names} names, in that order, however many.
   *
   * @throws IllegalArgumentException for an unknown or repeated name, saying which
   */
  public static List<Variant> pickAny(List<Variant> all, List<String> names) {
    List<Variant> out = new ArrayList<>();
    for (String n : names) {
      Variant v = all.stream().filter(x -> x.id().equals(n)).findFirst().orElseThrow(() -> new IllegalArgumentException(
          "no hypothesis " + n + " (the scenario has: " + String.join(", ", all.stream().map(Variant::id).toList())
              + ")"));
      if (out.contains(v)) {
        throw new IllegalArgumentException(n + " is named twice");
      }
      out.add(v);
    }
    return out;
  }

  /** The base scenario directory a branch file names, resolved against the file's directory. */
  public Path baseOf(Path file) {
    List<Problem> problems = new ArrayList<>();
    VariantHeader h = header(file, problems).map(Header::fields).orElse(null);
    if (h != null && h.base() == null) {
      problems.add(new Problem(file, 0, 0, "base: a branch names its base scenario directory (base: ../openai-2023)"));
    }
    if (!problems.isEmpty()) {
      throw new ScenarioException(problems);
    }
    return file.toAbsolutePath().getParent().resolve(h.base()).normalize();
  }

  /**
   * The variant in {@code file}, against {@code base}.
   *
   * @throws ScenarioException naming every problem: the file's, its acts', a dropped id the base does not hold
   */
  public Variant load(Path file, Scenario base) {
    List<Problem> problems = new ArrayList<>();
    Optional<Header> header = header(file, problems);
    if (header.isEmpty()) {
      throw new ScenarioException(problems);
    }
    VariantHeader h = header.get().fields();
    Set<String> ids = new HashSet<>();
    base.acts().forEach(a -> ids.add(a.id()));
    ProblemSink sink = new ProblemSink(file, problems);
    List<String> drop = h.drop() == null ? List.of() : h.drop();
    Citations.check(base.sources(), h.sources() == null ? List.of() : h.sources(), header.get().node(), sink);
    for (String d : drop) {
      if (!ids.contains(d)) {
        sink.add(ActReader.at(header.get().node(), List.of("drop")), "drop: no act " + d + " in scenario "
            + base.id());
      }
    }
    List<Act> acts = new ArrayList<>();
    NodeTuple actsField = header.get().acts();
    if (actsField != null && !YamlFiles.isNull(actsField.getValueNode())) {
      if (!(actsField.getValueNode() instanceof SequenceNode seq)) {
        sink.add(actsField.getValueNode(), "acts: expected a list of acts, got "
            + YamlFiles.describe(actsField.getValueNode()));
      } else {
        Names names = new Names(KnownNames.of(base.acts()));
        List<ActReader.ReadAct> read = new ActReader(file, base.zone(), base.recordedBy(), names, problems).read(seq);
        Set<String> own = new HashSet<>();
        for (ActReader.ReadAct r : read) {
          if (!own.add(r.act().id())) {
            problems.add(new Problem(file, 0, 0, "id: " + r.act().id() + " appears twice among the acts"));
          }
          if (drop.contains(r.act().id())) {
            problems.add(new Problem(file, 0, 0, "id: " + r.act().id() + " is both dropped and given anew; replace"
                + " it instead (an act with the same id replaces the base's)"));
          }
          acts.add(r.act());
        }
        Citations.check(base.sources(), read);
        names.check();
      }
    }
    if (!problems.isEmpty()) {
      throw new ScenarioException(problems);
    }
    Path baseDir = h.base() == null ? null : file.toAbsolutePath().getParent().resolve(h.base()).normalize();
    return new Variant(h.id(), h.title(), h.description(), h.sources() == null ? List.of() : h.sources(), drop, acts,
        file, baseDir);
  }

  private record Header(VariantHeader fields, MappingNode node, NodeTuple acts) {}

  private static Optional<Header> header(Path file, List<Problem> problems) {
    if (!Files.isRegularFile(file)) {
      problems.add(new Problem(file, 0, 0, "no such variant file"));
      return Optional.empty();
    }
    ProblemSink sink = new ProblemSink(file, problems);
    Optional<Node> doc = YamlFiles.compose(sink);
    if (doc.isEmpty()) {
      if (sink.count() == 0) {
        sink.addWhole("the variant file is empty (expected id, title and acts or drop)");
      }
      return Optional.empty();
    }
    if (!(doc.get() instanceof MappingNode m)) {
      sink.add(doc.get(), "expected a mapping with id, title, and acts or drop, got " + YamlFiles.describe(doc.get()));
      return Optional.empty();
    }
    NodeMapper mapper = new NodeMapper(java.time.ZoneOffset.UTC, sink, new Names());
    Map<String, NodeTuple> entries = YamlFiles.entries(m, sink);
    try {
      Object[] values = mapper.components(m, entries, Fields.of(VariantHeader.class), "a variant", List.of("acts"));
      VariantHeader h = (VariantHeader) mapper.construct(VariantHeader.class, values, m);
      Bounds.id(h.id()).ifPresent(p -> sink.add(ActReader.at(m, List.of("id")), "id: " + p));
      Bounds.text(h.title()).ifPresent(p -> sink.add(ActReader.at(m, List.of("title")), "title: " + p));
      return sink.count() == 0 ? Optional.of(new Header(h, m, entries.get("acts"))) : Optional.empty();
    } catch (ProblemSink.Failed e) {
      return Optional.empty();
    }
  }

  private static List<Path> yamlFiles(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
