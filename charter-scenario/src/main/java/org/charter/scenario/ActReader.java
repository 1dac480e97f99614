package org.charter.scenario;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.charter.core.act.Act;
import org.charter.core.act.ActMeta;
import org.charter.core.act.ActTypes;
import org.charter.core.act.Bounds;
import org.charter.core.act.Nullable;
import org.charter.core.act.Precision;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads one acts file: a YAML list of act mappings, each typed by its {@code act} key. */
final class ActReader {
  private static final List<String> OTHER_KEYS =
      Stream.concat(Stream.of("act"), Fields.META_KEYS.stream()).toList();

  // Once: each call of getRecordComponents() parses the generic types again.
  private static final RecordComponent[] META_COMPONENTS = ActMeta.class.getRecordComponents();

  /** An act read from a file, with the node to point at if its id clashes with another, and its own node. */
  record ReadAct(Act act, ProblemSink sink, Node idNode, Node node) {}

  private final ProblemSink sink;
  private final NodeMapper mapper;
  private final Names names;
  private final String recordedBy;
  private final String stem;
  private final ZoneId zone;
  // The file's text when it is already in memory (a request's body): then the file is only its name.
  private final @Nullable String text;

  ActReader(Path file, ZoneId zone, String recordedBy, Names names, List<Problem> problems) {
    this(file, null, zone, recordedBy, names, problems);
  }

  ActReader(Path file, @Nullable String text, ZoneId zone, String recordedBy, Names names, List<Problem> problems) {
    this.text = text;
    this.sink = new ProblemSink(file, problems);
    this.mapper = new NodeMapper(zone, sink, names);
    this.names = names;
    this.recordedBy = recordedBy;
    this.stem = stem(file);
    this.zone = zone;
  }

  /** The problem that kept the whole file from being read, if one did. */
  Optional<Problem> unreadable() {
    return sink.unreadable();
  }

  /** The file name without {@code .yaml} or {@code .yml}: the prefix of default act ids. */
  static String stem(Path file) {
    String name = file.getFileName().toString();
    // Not replaceFirst: it compiles its pattern on every call, once per request on the server.
    for (String ext : new String[] {".yaml", ".yml"}) {
      if (name.endsWith(ext)) {
        return name.substring(0, name.length() - ext.length());
      }
    }
    return name;
  }

  /** The acts of the file that read without problems; every problem found is recorded. */
  List<ReadAct> read() {
    Optional<Node> doc = text == null ? YamlFiles.compose(sink) : YamlFiles.compose(sink, text);
    if (doc.isEmpty()) {
      return List.of();
    }
    if (!(doc.get() instanceof SequenceNode seq)) {
      sink.add(doc.get(), "expected a list of acts, got " + YamlFiles.describe(doc.get()));
      return List.of();
    }
    return read(seq);
  }

  /** The acts of one list of the file (a variant's {@code acts:}), as {@link #read()} reads a whole acts file. */
  List<ReadAct> read(SequenceNode seq) {
    List<ReadAct> out = new ArrayList<>();
    int n = 0;
    for (Node item : seq.getValue()) {
      n++;
      if (!(item instanceof MappingNode m)) {
        sink.add(item, "expected an act (a mapping with 'act:'), got " + YamlFiles.describe(item));
        continue;
      }
      try {
        out.add(act(m, n));
      } catch (ProblemSink.Failed e) {
        // Recorded; go on to the next act so that one run reports every problem of the file.
      }
    }
    return out;
  }

  private ReadAct act(MappingNode m, int n) {
    Map<String, NodeTuple> entries = YamlFiles.entries(m, sink);
    NodeTuple actKey = entries.get("act");
    if (actKey == null) {
      throw sink.fail(m, "missing required field 'act' (the act type, such as director-removed)");
    }
    Node typeNode = actKey.getValueNode();
    String typeName = typeNode instanceof ScalarNode s ? s.getValue() : "";
    Class<? extends Act> type = ActTypes.byName().get(typeName);
    if (type == null) {
      throw sink.fail(typeNode, "unknown act type '" + typeName + "' (expected one of: "
          + String.join(", ", ActTypes.byName().keySet()) + ")");
    }
    defineNames(type, entries);
    Checks.check(type, entries, sink);
    boolean failed = false;
    ActMeta meta = null;
    Object[] fields = null;
    try {
      meta = meta(m, entries, n, typeName);
    } catch (ProblemSink.Failed e) {
      failed = true;
    }
    try {
      fields = mapper.components(m, entries, Fields.of(type), typeName, OTHER_KEYS);
    } catch (ProblemSink.Failed e) {
      failed = true;
    }
    if (failed) {
      throw ProblemSink.Failed.INSTANCE;
    }
    Object[] all = new Object[fields.length + 1];
    all[0] = meta;
    System.arraycopy(fields, 0, all, 1, fields.length);
    NodeTuple id = entries.get("id");
    Act act = (Act) mapper.construct(type, all, m);
    List<Bounds.Violation> out = Bounds.check(act);
    if (!out.isEmpty()) {
      for (Bounds.Violation v : out) {
        if (v.path().equals(List.of("recorded")) && !entries.containsKey("recorded")) {
          continue; // the recorded time defaults to the valid time, whose problem is reported at 'at'
        }
        sink.add(at(m, v.path()), v.field() + " in " + typeName + ": " + v.message());
      }
      throw ProblemSink.Failed.INSTANCE;
    }
    return new ReadAct(act, sink, id == null ? m : id.getValueNode(), m);
  }

  /** The node a path of keys and indices leads to from {@code node}, or the nearest one on the way. */
  static Node at(Node node, List<Object> path) {
    Node here = node;
    for (Object p : path) {
      Node next = null;
      if (p instanceof Integer i && here instanceof SequenceNode s && i < s.getValue().size()) {
        next = s.getValue().get(i);
      } else if (p instanceof String key && here instanceof MappingNode mapping) {
        for (NodeTuple t : mapping.getValue()) {
          if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
            next = t.getValueNode();
          }
        }
      }
      if (next == null) {
        return here;
      }
      here = next;
    }
    return here;
  }

  // Names are defined from the nodes, even when the act has other errors, so that one typo is not reported again
  // at every reference to the name the act defines.
  private void defineNames(Class<? extends Act> type, Map<String, NodeTuple> entries) {
    for (RecordComponent c : Fields.of(type)) {
      NodeTuple t = entries.get(Fields.name(c));
      if (t != null && t.getValueNode() instanceof ScalarNode s && !YamlFiles.isNull(s)) {
        Fields.defines(c).ifPresent(kind -> names.define(kind, s.getValue()));
      }
    }
  }

  private ActMeta meta(MappingNode m, Map<String, NodeTuple> entries, int n, String typeName) {
    NodeTuple at = entries.get("at");
    if (at == null || YamlFiles.isNull(at.getValueNode())) {
      throw sink.fail(m, "missing required field 'at' in " + typeName + " (the valid time)");
    }
    Object[] values = new Object[] {
        stem + "-" + n, null, null, recordedBy, List.of(), null, null, null
    };
    RecordComponent[] comps = META_COMPONENTS;
    boolean failed = false;
    for (int i = 0; i < Fields.META_KEYS.size(); i++) {
      String key = Fields.META_KEYS.get(i);
      NodeTuple t = entries.get(key);
      if (t == null || YamlFiles.isNull(t.getValueNode())) {
        continue;
      }
      try {
        // A valid time its source gives only to the month or year ("1996", "2017-03") is the start of that period,
        // and the act says how precise it is; a span ("2018/2019") also keeps the start of its last period. Every
        // other time is a full one.
        Precision p = i == 1 ? Scalars.period(t.getValueNode()) : null;
        if (p != null) {
          String v = ((ScalarNode) t.getValueNode()).getValue();
          values[1] = Scalars.periodStart(v, zone);
          values[6] = p;
          values[7] = Scalars.periodThrough(v, zone);
        } else {
          values[i] = mapper.value(t.getValueNode(), comps[i].getGenericType(), null, key);
        }
      } catch (ProblemSink.Failed e) {
        failed = true;
      } catch (IllegalArgumentException e) {
        sink.fail(t.getValueNode(), e.getMessage());
        failed = true;
      }
    }
    if (failed) {
      throw ProblemSink.Failed.INSTANCE;
    }
    if (values[2] == null) {
      values[2] = values[1];
    }
    return (ActMeta) mapper.construct(ActMeta.class, values, m);
  }
}
