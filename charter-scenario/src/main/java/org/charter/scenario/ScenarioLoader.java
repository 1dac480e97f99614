package org.charter.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.charter.core.act.Act;
import org.charter.core.act.Bounds;
import org.charter.core.act.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Loads a scenario directory (scenario.yaml and acts/*.yaml) or a single acts file into typed acts. */
public final class ScenarioLoader {
  private static final String DEFAULT_RECORDED_BY = "scenario";
  private static final String LAYOUT = " (a scenario directory holds scenario.yaml and acts/)";

  /**
   * Reads the scenario in {@code dir}: its acts files in name order, the acts of each in file order.
   *
   * @throws ScenarioException naming every problem found; a scenario with any problem is refused whole
   */
  public Scenario load(Path dir) {
    List<Problem> problems = new ArrayList<>();
    Path header = dir.resolve("scenario.yaml");
    Path actsDir = dir.resolve("acts");
    if (!Files.isRegularFile(header)) {
      problems.add(new Problem(header, 0, 0, "missing scenario.yaml" + LAYOUT));
    }
    if (!Files.isDirectory(actsDir)) {
      problems.add(new Problem(actsDir, 0, 0, "missing acts/ directory" + LAYOUT));
    }
    throwIfAny(problems);
    ProblemSink sink = new ProblemSink(header, problems);
    Optional<Scenario> head = readHeader(sink, dir);
    // Without a valid header the acts are still read, in UTC, so that one run reports the problems of every file.
    ZoneId zone = head.map(Scenario::zone).orElse(ZoneOffset.UTC);
    String recordedBy = head.map(Scenario::recordedBy).orElse(DEFAULT_RECORDED_BY);
    SourceList sources = sources(dir.resolve("sources.yaml"), problems);
    Names names = new Names();
    List<ActReader.ReadAct> read = new ArrayList<>();
    List<Problem> unreadable = new ArrayList<>();
    for (Path file : actsFiles(actsDir, problems)) {
      ActReader reader = new ActReader(file, zone, recordedBy, names, problems);
      read.addAll(reader.read());
      reader.unreadable().ifPresent(unreadable::add);
    }
    checkIds(read, id -> false, "");
    Citations.check(sources, read);
    int named = problems.size();
    names.check();
    foldUnknownNames(problems, named, unreadable);
    throwIfAny(problems);
    Scenario s = head.orElseThrow();
    return new Scenario(s.id(), s.title(), zone, recordedBy, s.description(),
        read.stream().map(ActReader.ReadAct::act).toList(), dir, sources);
  }

  /**
   * Reads a sources.yaml on its own, as a scenario's is read (for {@code charter export --sources}).
   *
   * @throws ScenarioException naming every problem found, or that there is no such file
   */
  public SourceList loadSources(Path file) {
    List<Problem> problems = new ArrayList<>();
    if (!Files.isRegularFile(file)) {
      problems.add(new Problem(file, 0, 0, "no sources.yaml here (a list of entries with key, publisher and date;"
          + " docs/scenario-format.md, \"sources.yaml\")"));
    }
    throwIfAny(problems);
    SourceList list = sources(file, problems);
    throwIfAny(problems);
    return list;
  }

  /**
   * The scenario's list of sources, or {@link SourceList#NONE} when it has no sources.yaml, or when the file has
   * problems (recorded; its acts' sources are then not checked against it, so that one typo is reported once).
   */
  private static SourceList sources(Path file, List<Problem> problems) {
    if (!Files.exists(file)) {
      return SourceList.NONE;
    }
    return new SourcesReader(file, problems).read().orElse(SourceList.NONE);
  }

  /**
   * Reads one acts file proposed against a scenario (for {@code charter check}): names resolve against the scenario
   * and the file, times without an offset are read in the scenario's zone, and ids must not clash with the scenario's.
   *
   * @throws ScenarioException naming every problem found
   */
  public List<Act> loadActs(Path file, Scenario context) {
    Set<String> ids = new HashSet<>();
    for (Act a : context.acts()) {
      ids.add(a.id());
    }
    return loadActs(file, context, KnownNames.of(context.acts()), ids::contains);
  }

  /**
   * As {@link #loadActs(Path, Scenario)}, with the context's names and act ids looked up in {@code known} and
   * {@code taken} instead of read from its acts: a server reads a request against a large book this way, at a cost
   * that does not grow with the book.
   */
  public List<Act> loadActs(Path file, Scenario context, KnownNames known, Predicate<String> taken) {
    if (!Files.isRegularFile(file)) {
      throw new ScenarioException(List.of(new Problem(file, 0, 0, "no such acts file")));
    }
    return loadActs(file, null, context, known, taken);
  }

  /**
   * As {@link #loadActs(Path, Scenario, KnownNames, Predicate)}, for the text of an acts file already in memory (a
   * request's body), read as if from a file named {@code name}: its default act ids and its problems take that name,
   * and nothing touches the file system.
   */
  public List<Act> loadActs(String name, String text, Scenario context, KnownNames known, Predicate<String> taken) {
    return loadActs(Path.of(name), text, context, known, taken);
  }

  private List<Act> loadActs(Path file, @Nullable String text, Scenario context, KnownNames known,
      Predicate<String> taken) {
    List<Problem> problems = new ArrayList<>();
    Names names = new Names(known);
    List<ActReader.ReadAct> read =
        new ActReader(file, text, context.zone(), context.recordedBy(), names, problems).read();
    checkIds(read, taken, "an act of scenario " + context.id());
    Citations.check(context.sources(), read);
    names.check();
    throwIfAny(problems);
    return read.stream().map(ActReader.ReadAct::act).toList();
  }

  private static Optional<Scenario> readHeader(ProblemSink sink, Path dir) {
    Optional<Node> doc = YamlFiles.compose(sink);
    if (doc.isEmpty()) {
      if (sink.count() == 0) {
        sink.addWhole("scenario.yaml is empty (expected id, title and timezone)");
      }
      return Optional.empty();
    }
    if (!(doc.get() instanceof MappingNode m)) {
      sink.add(doc.get(), "expected a mapping with id, title and timezone, got " + YamlFiles.describe(doc.get()));
      return Optional.empty();
    }
    NodeMapper mapper = new NodeMapper(ZoneOffset.UTC, sink, new Names());
    Map<String, NodeTuple> entries = YamlFiles.entries(m, sink);
    ZoneId zone = zone(entries.get("timezone"), sink);
    ScenarioHeader h;
    try {
      Object[] values = mapper.components(m, entries, Fields.of(ScenarioHeader.class), "scenario.yaml", List.of());
      h = (ScenarioHeader) mapper.construct(ScenarioHeader.class, values, m);
    } catch (ProblemSink.Failed e) {
      return Optional.empty();
    }
    Optional<String> badId = Bounds.id(h.id());
    badId.ifPresent(p -> sink.add(ActReader.at(m, List.of("id")), "id: " + p));
    Optional<String> badTitle = Bounds.text(h.title());
    badTitle.ifPresent(p -> sink.add(ActReader.at(m, List.of("title")), "title: " + p));
    if (zone == null || badId.isPresent() || badTitle.isPresent()) {
      return Optional.empty();
    }
    String recordedBy = h.recordedBy() == null ? DEFAULT_RECORDED_BY : h.recordedBy();
    return Optional.of(new Scenario(h.id(), h.title(), zone, recordedBy, h.description(), List.of(), dir));
  }

  /** The zone named by the timezone field, or null if it is missing (reported elsewhere) or unknown (reported here). */
  private static ZoneId zone(NodeTuple field, ProblemSink sink) {
    if (field == null || !(field.getValueNode() instanceof ScalarNode s) || YamlFiles.isNull(s)) {
      return null;
    }
    try {
      return ZoneId.of(s.getValue());
    } catch (DateTimeException e) {
      sink.add(s, "unknown time zone '" + s.getValue() + "' (expected a region such as America/Los_Angeles)");
      return null;
    }
  }

  private static List<Path> actsFiles(Path actsDir, List<Problem> problems) {
    try (Stream<Path> files = Files.list(actsDir)) {
      return files
          .filter(p -> p.getFileName().toString().matches(".*\\.ya?ml") && Files.isRegularFile(p))
          .sorted(Comparator.comparing(p -> p.getFileName().toString()))
          .toList();
    } catch (IOException e) {
      problems.add(new Problem(actsDir, 0, 0, "cannot list acts/: " + e));
      return List.of();
    }
  }

  /** Records a problem at every act whose id is taken, by an earlier act or by {@code taken} (id to its owner). */
  private static void checkIds(List<ActReader.ReadAct> read, Predicate<String> taken, String holder) {
    Map<String, ActReader.ReadAct> seen = new HashMap<>();
    for (ActReader.ReadAct r : read) {
      String id = r.act().id();
      ActReader.ReadAct first = seen.putIfAbsent(id, r);
      if (taken.test(id)) {
        r.sink().add(r.idNode(), "act id '" + id + "' is already used by " + holder);
      } else if (first != null) {
        Node at = first.idNode();
        String where = (at.getStartMark().getLine() + 1) + ":" + (at.getStartMark().getColumn() + 1);
        if (!first.sink().file().equals(r.sink().file())) {
          where = first.sink().file() + ":" + where;
        }
        r.sink().add(r.idNode(), "duplicate act id '" + id + "' (first used at " + where + ")");
      }
    }
  }

  /**
   * An unreadable file defines none of its names, so every use of them elsewhere is unknown: those problems, from
   * {@code from} on, follow from the first unreadable file's and are counted in its message instead of listed.
   */
  private static void foldUnknownNames(List<Problem> problems, int from, List<Problem> unreadable) {
    int n = problems.size() - from;
    if (unreadable.isEmpty() || n == 0) {
      return;
    }
    problems.subList(from, problems.size()).clear();
    Problem cause = unreadable.get(0);
    String files = unreadable.size() == 1 ? "this file" : "this and " + (unreadable.size() - 1) + " more unreadable"
        + (unreadable.size() == 2 ? " file" : " files");
    String follow = n == 1 ? "1 error for an unknown name that follows from it (a name " + files
        + " may define) is not shown" : n + " errors for unknown names that follow from it (names " + files
        + " may define) are not shown";
    problems.set(problems.indexOf(cause), new Problem(cause.file(), cause.line(), cause.column(), cause.message()
        + "; " + follow));
  }

  private static void throwIfAny(List<Problem> problems) {
    if (!problems.isEmpty()) {
      List<Problem> sorted = new ArrayList<>(problems);
      // Name checks run after all files are read; sorting puts each problem back in its file, in line order.
      sorted.sort(Comparator.comparing((Problem p) -> !p.file().endsWith("scenario.yaml"))
          .thenComparing(p -> p.file().toString())
          .thenComparingInt(Problem::line).thenComparingInt(Problem::column));
      throw new ScenarioException(sorted);
    }
  }
}
