package org.charter.scenario;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.charter.core.act.Bounds;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads a scenario's sources.yaml: a list of entries, each a key with its title, publisher, date and seed file. */
final class SourcesReader {
  /** The forms of a date, as the JSON Schema gives them too. */
  static final String DATE_PATTERN = "^(\\d{4}(-\\d{2}(-\\d{2})?)?|undated)$";
  static final String SEED_KEY_PATTERN = "^seed \\d{3}$";
  private static final Pattern DATE = Pattern.compile(DATE_PATTERN);
  private static final Pattern SEED_KEY = Pattern.compile(SEED_KEY_PATTERN);
  private static final String TYPE = "source entry";
  private static final String UNDATED = "undated";

  private final ProblemSink sink;
  private final NodeMapper mapper;

  SourcesReader(Path file, List<Problem> problems) {
    this.sink = new ProblemSink(file, problems);
    this.mapper = new NodeMapper(java.time.ZoneOffset.UTC, sink, new Names());
  }

  /** The list, or empty if the file has any problem (every one is recorded). */
  Optional<SourceList> read() {
    int before = sink.count();
    Optional<Node> doc = YamlFiles.compose(sink);
    if (doc.isEmpty()) {
      if (sink.count() == before) {
        sink.addWhole("sources.yaml is empty (expected a list of entries with key, publisher and date)");
      }
      return Optional.empty();
    }
    if (!(doc.get() instanceof SequenceNode seq)) {
      sink.add(doc.get(), "expected a list of source entries (key, title, publisher, date, file, url, note), got "
          + YamlFiles.describe(doc.get()));
      return Optional.empty();
    }
    List<SourceEntry> out = new ArrayList<>();
    Map<String, Node> keys = new HashMap<>();
    for (Node item : seq.getValue()) {
      if (!(item instanceof MappingNode m)) {
        sink.add(item, "expected a source entry (a mapping with key, publisher and date), got "
            + YamlFiles.describe(item));
        continue;
      }
      entry(m).ifPresent(e -> {
        Node keyNode = ActReader.at(m, List.of("key"));
        Node first = keys.putIfAbsent(e.key(), keyNode);
        if (first != null) {
          sink.add(keyNode, "duplicate source key '" + e.key() + "' (first at " + (first.getStartMark().getLine() + 1)
              + ":" + (first.getStartMark().getColumn() + 1) + ")");
        } else {
          out.add(e);
        }
      });
    }
    return sink.count() == before ? Optional.of(SourceList.of(out)) : Optional.empty();
  }

  private Optional<SourceEntry> entry(MappingNode m) {
    Map<String, NodeTuple> entries = YamlFiles.entries(m, sink);
    SourceEntry e;
    try {
      Object[] values = mapper.components(m, entries, Fields.of(SourceEntry.class), TYPE, List.of());
      e = (SourceEntry) mapper.construct(SourceEntry.class, values, m);
    } catch (ProblemSink.Failed f) {
      return Optional.empty();
    }
    int before = sink.count();
    check(m, "key", e.key());
    check(m, "title", e.title());
    check(m, "publisher", e.publisher());
    check(m, "file", e.file());
    check(m, "url", e.url());
    check(m, "note", e.note());
    if (!DATE.matcher(e.date()).matches() || !parses(e.date())) {
      sink.add(ActReader.at(m, List.of("date")), "date: '" + e.date() + "' is not a date (expected 2023-11-19, the"
          + " month 2023-11 or the year 2023 where the source gives no day, or undated where it gives no date)");
    }
    boolean seed = SEED_KEY.matcher(e.key()).matches();
    if (seed && e.file() == null) {
      sink.add(m, "missing required field 'file' in " + TYPE + " '" + e.key() + "' (a seed's file name, such as "
          + e.key().substring(5) + "_cfd64df5a48c7b4a.txt)");
    } else if (seed && !e.file().startsWith(e.key().substring(5) + "_")) {
      sink.add(ActReader.at(m, List.of("file")), "file: '" + e.file() + "' is not the file of " + e.key()
          + " (a seed's file name begins with its number: " + e.key().substring(5) + "_...)");
    } else if (!seed && e.file() != null) {
      sink.add(ActReader.at(m, List.of("file")), "file: only a seed's entry (key 'seed 001') names a file");
    } else if (!seed && e.key().startsWith("seed ")) {
      sink.add(ActReader.at(m, List.of("key")), "key: '" + e.key() + "' is not a seed's key (seed and three"
          + " digits, such as seed 001)");
    }
    return sink.count() == before ? Optional.of(e) : Optional.empty();
  }

  private void check(MappingNode m, String field, String value) {
    if (value == null) {
      return;
    }
    if (value.isBlank()) {
      sink.add(ActReader.at(m, List.of(field)), field + ": must not be blank");
      return;
    }
    Bounds.text(value).ifPresent(p -> sink.add(ActReader.at(m, List.of(field)), field + ": " + p));
  }

  private static boolean parses(String date) {
    if (date.equals(UNDATED)) {
      return true;
    }
    try {
      switch (date.length()) {
        case 10 -> LocalDate.parse(date);
        case 7 -> YearMonth.parse(date);
        default -> { }
      }
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }
}
