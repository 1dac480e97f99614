package org.charter.cli;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.charter.core.act.Act;
import org.charter.core.act.ActMeta;
import org.charter.core.act.ActTypes;
import org.charter.core.act.Bounds;
import org.charter.core.act.Count;
import org.charter.core.act.Nullable;
import org.charter.core.act.Source;
import org.charter.core.act.Threshold;
import org.charter.scenario.SourceEntry;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes acts as a scenario directory in the format {@code charter-scenario} reads (docs/scenario-format.md), every
 * field spelled out (id, recorded time, recorded by), so that the directory reads back into the same acts, in the same
 * order: files named in that order, each under the format's size limit.
 */
final class ScenarioWriter {
  /** Half the loader's 1 MiB per file, and a number of acts a person can page through. */
  static final int MAX_FILE_BYTES = 512 * 1024;
  static final int MAX_FILE_ACTS = 1_000;
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM", Locale.ROOT);

  private final ZoneId zone;
  private final Yaml yaml;

  ScenarioWriter(ZoneId zone) {
    this.zone = zone;
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setAllowUnicode(true);
    // A long note stays on one line: nothing for a reader to unfold.
    options.setSplitLines(false);
    options.setIndent(2);
    this.yaml = new Yaml(options);
  }

  /** The scenario.yaml of a book. */
  String header(String id, String title, String description) {
    Map<String, Object> h = new LinkedHashMap<>();
    h.put("id", id);
    h.put("title", title);
    h.put("timezone", zone.getId());
    h.put("description", description);
    return yaml.dump(h);
  }

  /**
   * The acts files, by file name in reading order: a new file at each month of valid time (in the zone) and whenever
   * the current one would pass {@link #MAX_FILE_BYTES} or {@link #MAX_FILE_ACTS}.
   *
   * @throws IllegalArgumentException if one act alone is over the size of a file
   */
  Map<String, String> actsFiles(List<Act> acts, String comment) {
    List<String> months = new ArrayList<>();
    List<StringBuilder> files = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    int commentBytes = comment.getBytes(StandardCharsets.UTF_8).length;
    String month = null;
    for (Act a : acts) {
      String text = yaml.dump(List.of(act(a)));
      int bytes = text.getBytes(StandardCharsets.UTF_8).length;
      if (commentBytes + bytes > MAX_FILE_BYTES) {
        throw new IllegalArgumentException("act " + a.id() + " takes " + bytes + " bytes as YAML, over the "
            + MAX_FILE_BYTES + " of an acts file");
      }
      String m = a.meta().validAt().atZone(zone).format(MONTH);
      int last = files.size() - 1;
      if (last < 0 || !m.equals(month) || counts.get(last) >= MAX_FILE_ACTS
          || sizes.get(last) + bytes > MAX_FILE_BYTES) {
        months.add(m);
        files.add(new StringBuilder(comment));
        counts.add(0);
        sizes.add(commentBytes);
        last++;
      }
      month = m;
      files.get(last).append(text);
      counts.set(last, counts.get(last) + 1);
      sizes.set(last, sizes.get(last) + bytes);
    }
    // Names sort in reading order whatever their number.
    String width = "%0" + Math.max(3, String.valueOf(files.size()).length()) + "d";
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < files.size(); i++) {
      out.put(String.format(Locale.ROOT, width, i + 1) + "-" + months.get(i) + ".yaml", files.get(i).toString());
    }
    return out;
  }

  /** A sources.yaml of these entries, in their order, each field not on record left out. */
  String sourcesFile(List<SourceEntry> entries, String comment) {
    List<Object> list = new ArrayList<>();
    for (SourceEntry e : entries) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("key", e.key());
      if (e.title() != null) {
        m.put("title", e.title());
      }
      m.put("publisher", e.publisher());
      // A string, so that a year such as 2011 reads back as the text it is: SnakeYAML quotes it.
      m.put("date", e.date());
      if (e.file() != null) {
        m.put("file", e.file());
      }
      if (e.url() != null) {
        m.put("url", e.url());
      }
      if (e.note() != null) {
        m.put("note", e.note());
      }
      list.add(m);
    }
    return comment + yaml.dump(list);
  }

  /** Writes header, acts files and, unless null, sources.yaml into {@code dir}, which must exist and be empty. */
  void write(Path dir, String header, Map<String, String> actsFiles, @Nullable String sources) throws IOException {
    Files.writeString(dir.resolve("scenario.yaml"), header);
    if (sources != null) {
      Files.writeString(dir.resolve("sources.yaml"), sources);
    }
    Path acts = Files.createDirectory(dir.resolve("acts"));
    for (Map.Entry<String, String> f : actsFiles.entrySet()) {
      Files.writeString(acts.resolve(f.getKey()), f.getValue());
    }
  }

  /** One act as a mapping: its type, its meta keys, then its own fields in component order. */
  Map<String, Object> act(Act a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("act", ActTypes.nameOf(a.getClass()));
    ActMeta meta = a.meta();
    m.put("id", meta.id());
    // A valid time its source gives only to the month or year, or as a span of them ("2018/2019"), is written as
    // given, so the act reads back the same.
    m.put("at", meta.precision() == null ? time(meta.validAt()) : period(meta, meta.validAt())
        + (meta.through() == null ? "" : "/" + period(meta, meta.through())));
    m.put("recorded", time(meta.recordedAt()));
    m.put("recorded_by", meta.recordedBy());
    if (!meta.sources().isEmpty()) {
      m.put("sources", meta.sources().stream().map(ScenarioWriter::source).toList());
    }
    if (meta.note() != null) {
      m.put("note", meta.note());
    }
    fields((Record) a, m);
    return m;
  }

  /** The components of a record, but an act's meta; a component not on record (null, an empty list) is left out. */
  private void fields(Record r, Map<String, Object> into) {
    for (RecordComponent c : r.getClass().getRecordComponents()) {
      if (c.getType() == ActMeta.class) {
        continue;
      }
      Object v = component(c, r);
      boolean nullable = c.isAnnotationPresent(Nullable.class);
      if (v == null || (!nullable && v instanceof List<?> l && l.isEmpty())
          || (c.getType() == boolean.class && !(Boolean) v)) {
        continue;
      }
      into.put(Bounds.snake(c.getName()), value(v));
    }
  }

  private Object value(Object v) {
    return switch (v) {
      case String s -> s;
      case Integer i -> i;
      case Boolean b -> b;
      // Exactly as held: the scale is part of the act.
      case BigDecimal d -> d.toPlainString();
      case Instant t -> time(t);
      case Count c -> c.toString();
      case Threshold t -> threshold(t);
      case Source s -> source(s);
      case Enum<?> e -> kebab(e);
      case org.charter.core.act.Office o -> o.name();
      case List<?> l -> l.stream().map(this::value).toList();
      case Map<?, ?> map -> {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, x) -> out.put(kebab((Enum<?>) k), value(x)));
        yield out;
      }
      case Record r -> {
        Map<String, Object> out = new LinkedHashMap<>();
        fields(r, out);
        yield out;
      }
      default -> throw new IllegalStateException("no scenario form for a " + v.getClass().getName());
    };
  }

  /**
   * The month or year that begins at {@code t} in the zone, as a scenario writes it. A period is read back as its start
   * in the scenario's zone, so one that does not begin at {@code t} here was dated in another zone: written, it would
   * read back as another time, and the export is refused saying so.
   */
  private String period(ActMeta meta, Instant t) {
    if (!meta.precision().startOf(t, zone).equals(t)) {
      throw new IllegalArgumentException("act " + meta.id() + " is dated only to the "
          + org.charter.core.report.Labels.lower(meta.precision()) + " " + org.charter.core.report.Labels.periodOf(t,
              meta.precision(), zone) + ", which does not begin at its valid time " + t + " in "
          + (zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId())
          + ": it was dated in another time zone; give the book's zone with --zone");
    }
    return org.charter.core.report.Labels.periodOf(t, meta.precision(), zone);
  }

  /** A time with the zone's offset, or in UTC where that offset has seconds (local mean time), which the format lacks. */
  private String time(Instant t) {
    ZoneOffset offset = zone.getRules().getOffset(t);
    OffsetDateTime at = t.atOffset(offset.getTotalSeconds() % 60 == 0 ? offset : ZoneOffset.UTC);
    return at.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  private static String threshold(Threshold t) {
    if (t.equals(Threshold.MAJORITY)) {
      return "majority";
    }
    if (t.equals(Threshold.TWO_THIRDS)) {
      return "two-thirds";
    }
    if (t.equals(Threshold.ONE_THIRD)) {
      return "one-third";
    }
    if (t.equals(Threshold.ALL)) {
      return "all";
    }
    return (t.strict() ? "more than " : "") + t.numerator() + "/" + t.denominator();
  }

  private static Map<String, Object> source(Source s) {
    Map<String, Object> m = new LinkedHashMap<>();
    String kind = switch (s.kind()) {
      case SEED -> "seed";
      case PUBLIC_RECORD -> "public";
      case REPORTED -> "reported";
      case ASSUMPTION -> "assumption";
    };
    m.put(kind, s.ref());
    if (s.quote() != null) {
      m.put("quote", s.quote());
    }
    return m;
  }

  private static String kebab(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static Object component(RecordComponent c, Record r) {
    try {
      return c.getAccessor().invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass().getSimpleName(), e);
    }
  }
}
