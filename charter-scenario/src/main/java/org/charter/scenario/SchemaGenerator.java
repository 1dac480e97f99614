package org.charter.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.charter.core.act.Act;
import org.charter.core.act.ActTypes;
import org.charter.core.act.Bounds;
import org.charter.core.act.Count;
import org.charter.core.act.Ref;
import org.charter.core.act.Office;
import org.charter.core.act.Source;
import org.charter.core.act.Threshold;

/**
 * Generates the JSON Schemas (draft 2020-12) of an acts file and of a scenario's sources.yaml from their records, so
 * the schemas cannot drift.
 */
public final class SchemaGenerator {
  /** Where the schema is committed, relative to the repository root. */
  public static final String COMMITTED_PATH = "docs/scenario.schema.json";
  /** Where the schema of sources.yaml is committed, relative to the repository root. */
  public static final String SOURCES_PATH = "docs/sources.schema.json";

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private final Map<String, ObjectNode> defs = new LinkedHashMap<>();

  private SchemaGenerator() {}

  /**
   * Writes the schemas to the paths given, or to docs/scenario.schema.json and docs/sources.schema.json under the
   * working directory.
   */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : COMMITTED_PATH);
    Path sources = Path.of(args.length > 1 ? args[1] : SOURCES_PATH);
    Files.writeString(out, generate(), StandardCharsets.UTF_8);
    Files.writeString(sources, generateSources(), StandardCharsets.UTF_8);
    System.out.println("wrote " + out.toAbsolutePath() + " and " + sources.toAbsolutePath());
  }

  /** The schema as JSON text, two-space indented, with a final newline. */
  public static String generate() {
    return print(new SchemaGenerator().schema());
  }

  /** The schema of sources.yaml as JSON text, printed as {@link #generate()} prints the acts file's. */
  public static String generateSources() {
    return print(new SchemaGenerator().sourcesSchema());
  }

  private static String print(ObjectNode root) {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return new ObjectMapper().writer(printer).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot print the schema", e);
    }
  }

  private ObjectNode schema() {
    ObjectNode root = JSON.objectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("title", "Charter acts file");
    root.put("description", "A YAML list of governance acts (docs/scenario-format.md). Generated from the act "
        + "records by org.charter.scenario.SchemaGenerator; do not edit by hand.");
    root.put("type", "array");
    root.set("items", ref("act"));
    ArrayNode oneOf = JSON.arrayNode();
    defs.put("act", JSON.objectNode().set("oneOf", oneOf));
    for (Class<? extends Act> type : ActTypes.all()) {
      oneOf.add(ref(ActTypes.nameOf(type)));
      // Reserved in order, so the act types come first and the shared definitions after them.
      defs.put(ActTypes.nameOf(type), JSON.objectNode());
    }
    for (Class<? extends Act> type : ActTypes.all()) {
      defs.put(ActTypes.nameOf(type), act(type));
    }
    ObjectNode all = root.putObject("$defs");
    defs.forEach(all::set);
    return root;
  }

  private ObjectNode sourcesSchema() {
    ObjectNode root = JSON.objectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("title", "Charter sources list");
    root.put("description", "A scenario's sources.yaml: the entries its acts' sources name (docs/scenario-format.md)."
        + " Generated from org.charter.scenario.SourceEntry by org.charter.scenario.SchemaGenerator; do not edit by"
        + " hand.");
    root.put("type", "array");
    root.set("items", ref("source-entry"));
    ObjectNode props = JSON.objectNode();
    ObjectNode entry = object(SourceEntry.class, props, JSON.arrayNode());
    described((ObjectNode) props.get("key"), "what an act's source begins with: seed 001, or Wired, 19 Nov 2023");
    props.set("date", pattern(types("string", "integer"), SourcesReader.DATE_PATTERN,
        "2023-11-19; the month 2023-11 or the year 2023 where the source gives no day; undated where it gives none"));
    described((ObjectNode) props.get("file"), "a seed's file name, such as 001_cfd64df5a48c7b4a.txt; only a seed's");
    // A seed's entry names its file.
    ObjectNode seedKey = JSON.objectNode();
    seedKey.putObject("properties").set("key", JSON.objectNode().put("pattern", SourcesReader.SEED_KEY_PATTERN));
    entry.set("if", seedKey);
    entry.set("then", JSON.objectNode().set("required", JSON.arrayNode().add("file")));
    entry.set("else", JSON.objectNode().set("not", JSON.objectNode().set("required", JSON.arrayNode().add("file"))));
    defs.put("source-entry", entry);
    ObjectNode all = root.putObject("$defs");
    defs.forEach(all::set);
    return root;
  }

  private ObjectNode act(Class<? extends Act> type) {
    ObjectNode props = JSON.objectNode();
    props.set("act", JSON.objectNode().put("const", ActTypes.nameOf(type)));
    props.set("id", described(id(), "the act's id; default <file name without .yaml>-<n>"));
    ArrayNode either = JSON.arrayNode().add(type(Instant.class)).add(pattern(types("string", "integer"),
        Scalars.PERIOD_PATTERN,
        "a year (1996) or a month (2017-03) where the source gives no day, or a span of them (2018/2019)"));
    props.set("at", described(JSON.objectNode().set("anyOf", either), "valid time: when the act legally happened"));
    props.set("recorded", described(type(Instant.class), "recorded time; default the valid time"));
    props.set("recorded_by", string("who recorded the act; default recorded_by of scenario.yaml"));
    props.set("sources", JSON.objectNode().put("type", "array").set("items", type(Source.class)));
    props.set("note", JSON.objectNode().put("type", "string").put("maxLength", Bounds.MAX_TEXT));
    ArrayNode required = JSON.arrayNode().add("act").add("at");
    return object(type, props, required);
  }

  /** An object of a record's components, added to {@code props}, closed to other keys. */
  private ObjectNode object(Class<?> type, ObjectNode props, ArrayNode required) {
    for (RecordComponent c : Fields.of(type)) {
      ObjectNode s = bounded(c, type(c.getGenericType()));
      Checks.allowed(type, c).ifPresent(values -> {
        ArrayNode e = JSON.arrayNode();
        values.forEach(e::add);
        (s.has("items") ? (ObjectNode) s.get("items") : s).set("enum", e);
      });
      Ref r = c.getAnnotation(Ref.class);
      if (r != null) {
        described(s, "names a " + Fields.label(r.value()) + " defined by another act");
      }
      Fields.defines(c).ifPresent(k -> described(s, "the id of the " + Fields.label(k) + " this act defines"));
      props.set(Fields.name(c), s);
      if (Fields.required(c)) {
        required.add(Fields.name(c));
      }
    }
    ObjectNode o = JSON.objectNode().put("type", "object");
    o.set("properties", props);
    if (!required.isEmpty()) {
      o.set("required", required);
    }
    o.put("additionalProperties", false);
    return o;
  }

  private ObjectNode type(Type t) {
    if (t instanceof ParameterizedType p && p.getRawType() == List.class) {
      return JSON.objectNode().put("type", "array").set("items", type(p.getActualTypeArguments()[0]));
    }
    if (t instanceof ParameterizedType p && p.getRawType() == Map.class) {
      ObjectNode o = JSON.objectNode().put("type", "object");
      o.set("propertyNames", type(p.getActualTypeArguments()[0]));
      o.set("additionalProperties", type(p.getActualTypeArguments()[1]));
      return o;
    }
    Class<?> c = (Class<?>) t;
    if (c == String.class) {
      return JSON.objectNode().put("type", "string");
    }
    if (c == Integer.class || c == int.class || c == Long.class || c == long.class) {
      return JSON.objectNode().put("type", "integer");
    }
    if (c == Boolean.class || c == boolean.class) {
      return JSON.objectNode().put("type", "boolean");
    }
    if (c == Instant.class) {
      return define("time", () -> pattern(JSON.objectNode().put("type", "string"), Scalars.TIME_PATTERN,
          "with an offset, or local in the scenario's time zone; a date is midnight there"));
    }
    if (c == BigDecimal.class) {
      return define("decimal", () -> pattern(types("number", "string"), Scalars.DECIMAL_PATTERN, "a number"));
    }
    if (c == Count.class) {
      return define("count", () -> pattern(types("integer", "string"), Scalars.COUNT_PATTERN,
          "a number, or 'over N', 'about N', 'at least N'").put("minimum", 0));
    }
    if (c == Threshold.class) {
      return define("threshold", SchemaGenerator::threshold);
    }
    if (c == Source.class) {
      return define("source", SchemaGenerator::source);
    }
    if (c == Office.class) {
      return define("office", () -> pattern(JSON.objectNode().put("type", "string"), "^[a-z][a-z0-9]*(-[a-z0-9]+)*$",
          "an office named as the bylaws or the board name it, such as ceo or executive-vice-president")
          .put("maxLength", Office.MAX_LENGTH));
    }
    if (c.isEnum()) {
      return define(ActTypes.nameOf(c), () -> {
        ArrayNode values = JSON.arrayNode();
        for (Object e : c.getEnumConstants()) {
          values.add(Scalars.kebab((Enum<?>) e));
        }
        return JSON.objectNode().set("enum", values);
      });
    }
    if (c.isRecord()) {
      return define(ActTypes.nameOf(c), () -> object(c, JSON.objectNode(), JSON.arrayNode()));
    }
    throw new IllegalStateException("no schema for field type " + t);
  }

  /**
   * A string component, or a list of them, with the bounds the readers check (org.charter.core.act.Bounds): an id's
   * character set and length, or free text's length. Other types are left as they are.
   */
  private ObjectNode bounded(RecordComponent c, ObjectNode s) {
    Type t = c.getGenericType();
    boolean list = t instanceof ParameterizedType p && p.getRawType() == List.class
        && p.getActualTypeArguments()[0] == String.class;
    if (t != String.class && !list) {
      return s;
    }
    ObjectNode string = Bounds.isId(c) ? id() : JSON.objectNode().put("type", "string").put("maxLength", Bounds.MAX_TEXT);
    if (list) {
      s.set("items", string);
      return s;
    }
    return string;
  }

  private ObjectNode id() {
    return define("id", () -> pattern(JSON.objectNode().put("type", "string"), "^" + Bounds.ID.pattern() + "$",
        Bounds.ID_RULE));
  }

  /** A reference to a shared definition, made on first use. */
  private ObjectNode define(String name, Supplier<ObjectNode> make) {
    if (!defs.containsKey(name)) {
      // Reserve the name first: a record's definition may refer to other definitions while it is made.
      defs.put(name, JSON.objectNode());
      defs.put(name, make.get());
    }
    return ref(name);
  }

  private static ObjectNode threshold() {
    ObjectNode named = JSON.objectNode().set("enum",
        JSON.arrayNode().add("majority").add("two-thirds").add("one-third").add("all"));
    ObjectNode fraction = pattern(JSON.objectNode().put("type", "string"), Scalars.FRACTION_PATTERN,
        "'3/5' or 'at least 3/5' (at least), 'more than 3/5'");
    return JSON.objectNode().set("anyOf", JSON.arrayNode().add(named).add(fraction));
  }

  private static ObjectNode source() {
    ObjectNode props = JSON.objectNode();
    ArrayNode oneOf = JSON.arrayNode();
    for (String kind : List.of("seed", "public", "reported", "assumption")) {
      props.set(kind, JSON.objectNode().put("type", "string"));
      oneOf.add(JSON.objectNode().set("required", JSON.arrayNode().add(kind)));
    }
    props.set("quote", JSON.objectNode().put("type", "string"));
    ObjectNode o = JSON.objectNode().put("type", "object");
    o.set("properties", props);
    o.put("additionalProperties", false);
    o.set("oneOf", oneOf);
    return o;
  }

  private static ObjectNode types(String... names) {
    ArrayNode a = JSON.arrayNode();
    for (String n : names) {
      a.add(n);
    }
    return JSON.objectNode().set("type", a);
  }

  private static ObjectNode pattern(ObjectNode o, String regex, String description) {
    return o.put("pattern", regex).put("description", description);
  }

  private static ObjectNode string(String description) {
    return JSON.objectNode().put("type", "string").put("description", description);
  }

  private static ObjectNode described(ObjectNode o, String description) {
    return o.put("description", description);
  }

  private static ObjectNode ref(String name) {
    return JSON.objectNode().put("$ref", "#/$defs/" + name);
  }
}
