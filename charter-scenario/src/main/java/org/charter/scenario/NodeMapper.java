package org.charter.scenario;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.charter.core.act.ActTypes;
import org.charter.core.act.Count;
import org.charter.core.act.Nullable;
import org.charter.core.act.Office;
import org.charter.core.act.Ref;
import org.charter.core.act.Source;
import org.charter.core.act.Threshold;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Maps YAML nodes to Java values by their declared types, reflectively: records by their components, lists, enum-keyed
 * maps, enums and the scalar forms of the format. Every problem is recorded at its node; a failed value unwinds with
 * {@link ProblemSink.Failed} to the enclosing field, so the other fields are still checked.
 */
final class NodeMapper {
  private static final Map<String, Source.SourceKind> SOURCE_KINDS = Map.of(
      "seed", Source.SourceKind.SEED,
      "public", Source.SourceKind.PUBLIC_RECORD,
      "reported", Source.SourceKind.REPORTED,
      "assumption", Source.SourceKind.ASSUMPTION);

  private final ZoneId zone;
  private final ProblemSink sink;
  private final Names names;

  NodeMapper(ZoneId zone, ProblemSink sink, Names names) {
    this.zone = zone;
    this.sink = sink;
    this.names = names;
  }

  /**
   * The values of {@code components} read from a mapping's entries; keys neither a component nor in {@code otherKeys}
   * are unknown fields. Throws Failed, after recording every problem, if any field is wrong.
   */
  Object[] components(
      Node owner, Map<String, NodeTuple> entries, List<RecordComponent> components, String type,
      Collection<String> otherKeys) {
    boolean failed = false;
    List<String> known = components.stream().map(Fields::name).collect(Collectors.toList());
    for (NodeTuple t : entries.values()) {
      String key = ((ScalarNode) t.getKeyNode()).getValue();
      if (!known.contains(key) && !otherKeys.contains(key)) {
        sink.add(t.getKeyNode(), "unknown field '" + key + "' in " + type + " (expected one of: "
            + String.join(", ", known) + ")");
        failed = true;
      }
    }
    Object[] values = new Object[components.size()];
    for (int i = 0; i < values.length; i++) {
      RecordComponent c = components.get(i);
      NodeTuple t = entries.get(Fields.name(c));
      try {
        if (t == null || YamlFiles.isNull(t.getValueNode())) {
          values[i] = absent(c, owner, type);
        } else {
          values[i] = value(t.getValueNode(), c.getGenericType(), c.getAnnotation(Ref.class), Fields.name(c));
        }
      } catch (ProblemSink.Failed e) {
        failed = true;
      }
    }
    if (failed) {
      throw ProblemSink.Failed.INSTANCE;
    }
    return values;
  }

  private Object absent(RecordComponent c, Node owner, String type) {
    if (Fields.required(c)) {
      throw sink.fail(owner, "missing required field '" + Fields.name(c) + "' in " + type);
    }
    if (c.isAnnotationPresent(Nullable.class)) {
      return null;
    }
    return c.getType() == boolean.class ? Boolean.FALSE : List.of();
  }

  /** The value of {@code node} as {@code type}; a reference is noted for the name check. */
  Object value(Node node, Type type, @Nullable Ref ref, String field) {
    if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
      return list(node, p.getActualTypeArguments()[0], ref, field);
    }
    if (type instanceof ParameterizedType p && p.getRawType() == Map.class) {
      return enumMap(node, p.getActualTypeArguments()[0], p.getActualTypeArguments()[1], field);
    }
    if (!(type instanceof Class<?> c)) {
      throw new IllegalStateException("unsupported field type " + type);
    }
    if (c == Source.class) {
      return source(node);
    }
    if (c.isRecord() && c != Count.class && c != Threshold.class && c != Office.class) {
      return record(node, c);
    }
    String s = scalar(node, field);
    try {
      return scalarValue(node, s, c, ref, field);
    } catch (IllegalArgumentException e) {
      throw sink.fail(node, e.getMessage());
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Object scalarValue(Node node, String s, Class<?> c, @Nullable Ref ref, String field) {
    if (c == String.class) {
      if (ref != null) {
        names.use(ref.value(), s, sink, node);
      }
      return s;
    }
    if (c == Integer.class || c == int.class) {
      try {
        if (node.getTag().equals(Tag.INT)) {
          return Integer.valueOf(s);
        }
      } catch (NumberFormatException e) {
        // Falls through to the message below: a YAML integer too large for an int.
      }
      throw expected(node, "a whole number", field);
    }
    if (c == Boolean.class || c == boolean.class) {
      if (!node.getTag().equals(Tag.BOOL)) {
        throw expected(node, "true or false", field);
      }
      return List.of("true", "yes", "on").contains(s.toLowerCase(Locale.ROOT));
    }
    if (c == BigDecimal.class) {
      return Scalars.decimal(s, field);
    }
    if (c == Instant.class) {
      return Scalars.time(s, zone, field);
    }
    if (c == Count.class) {
      return Scalars.count(s, field);
    }
    if (c == Threshold.class) {
      return Scalars.threshold(s, field);
    }
    if (c == Office.class) {
      String problem = Office.problem(s);
      if (problem != null) {
        throw new IllegalArgumentException("'" + field + "': " + problem);
      }
      return new Office(s);
    }
    if (c.isEnum()) {
      return Scalars.enumValue((Class<Enum>) c, s, field);
    }
    throw new IllegalStateException("unsupported field type " + c);
  }

  private String scalar(Node node, String field) {
    if (!(node instanceof ScalarNode s) || YamlFiles.isNull(node)) {
      throw expected(node, "a single value", field);
    }
    return s.getValue();
  }

  private ProblemSink.Failed expected(Node node, String what, String field) {
    return sink.fail(node, "expected " + what + " for '" + field + "', got " + YamlFiles.describe(node));
  }

  private List<Object> list(Node node, Type element, @Nullable Ref ref, String field) {
    if (!(node instanceof SequenceNode seq)) {
      throw expected(node, "a list", field);
    }
    List<Object> out = new ArrayList<>();
    boolean failed = false;
    for (Node item : seq.getValue()) {
      try {
        out.add(value(item, element, ref, field));
      } catch (ProblemSink.Failed e) {
        failed = true;
      }
    }
    if (failed) {
      throw ProblemSink.Failed.INSTANCE;
    }
    return out;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Map<Object, Object> enumMap(Node node, Type key, Type value, String field) {
    if (!(node instanceof MappingNode m)) {
      throw expected(node, "a mapping", field);
    }
    Map<Object, Object> out = new LinkedHashMap<>();
    boolean failed = false;
    for (NodeTuple t : YamlFiles.entries(m, sink).values()) {
      try {
        String k = scalar(t.getKeyNode(), field);
        Object kv;
        try {
          kv = Scalars.enumValue((Class<Enum>) key, k, field);
        } catch (IllegalArgumentException e) {
          throw sink.fail(t.getKeyNode(), e.getMessage());
        }
        out.put(kv, value(t.getValueNode(), value, null, field + "." + k));
      } catch (ProblemSink.Failed e) {
        failed = true;
      }
    }
    if (failed) {
      throw ProblemSink.Failed.INSTANCE;
    }
    return out;
  }

  private Object record(Node node, Class<?> type) {
    String name = ActTypes.nameOf(type);
    if (!(node instanceof MappingNode m)) {
      throw sink.fail(node, "expected a mapping for " + name + ", got " + YamlFiles.describe(node));
    }
    Map<String, NodeTuple> entries = YamlFiles.entries(m, sink);
    Object[] values = components(node, entries, Fields.of(type), name, List.of());
    Checks.check(type, entries, sink);
    return construct(type, values, node);
  }

  /** A source is a one-key mapping naming its kind, with an optional quote. */
  private Source source(Node node) {
    if (!(node instanceof MappingNode m)) {
      throw sink.fail(node, "expected a source such as {seed: \"001\"}, got " + YamlFiles.describe(node));
    }
    Source.SourceKind kind = null;
    String ref = null;
    String quote = null;
    boolean failed = false;
    for (Map.Entry<String, NodeTuple> e : YamlFiles.entries(m, sink).entrySet()) {
      Node v = e.getValue().getValueNode();
      Source.SourceKind k = SOURCE_KINDS.get(e.getKey());
      try {
        if (e.getKey().equals("quote")) {
          quote = scalar(v, "quote");
        } else if (k == null) {
          throw sink.fail(e.getValue().getKeyNode(), "unknown field '" + e.getKey()
              + "' in source (expected one of: seed, public, reported, assumption, quote)");
        } else if (kind != null) {
          throw sink.fail(e.getValue().getKeyNode(), "a source has one kind, but '" + e.getKey()
              + "' follows another (seed, public, reported or assumption)");
        } else {
          kind = k;
          ref = scalar(v, e.getKey());
        }
      } catch (ProblemSink.Failed f) {
        failed = true;
      }
    }
    if (kind == null && !failed) {
      throw sink.fail(node, "a source needs one of: seed, public, reported, assumption");
    }
    if (failed) {
      throw ProblemSink.Failed.INSTANCE;
    }
    return new Source(kind, ref, quote);
  }

  // The canonical constructor of each record type, looked up once: reflection per act was a share of every read.
  private static final ClassValue<Constructor<?>> CONSTRUCTORS = new ClassValue<>() {
    @Override
    protected Constructor<?> computeValue(Class<?> type) {
      Class<?>[] types = Arrays.stream(type.getRecordComponents())
          .map(RecordComponent::getType).toArray(Class<?>[]::new);
      try {
        return type.getDeclaredConstructor(types);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("cannot construct " + type, e);
      }
    }
  };

  /** Calls the canonical constructor; a record that rejects its values is reported at its node. */
  Object construct(Class<?> type, Object[] values, Node node) {
    try {
      return CONSTRUCTORS.get(type).newInstance(values);
    } catch (InvocationTargetException e) {
      throw sink.fail(node, "invalid " + ActTypes.nameOf(type) + ": "
          + e.getCause().getMessage());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot construct " + type, e);
    }
  }
}
