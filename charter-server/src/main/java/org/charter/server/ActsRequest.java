package org.charter.server;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.charter.core.act.Act;
import org.charter.core.act.ActMeta;
import org.charter.scenario.KnownNames;
import org.charter.scenario.Problem;
import org.charter.scenario.Scenario;
import org.charter.scenario.ScenarioException;
import org.charter.scenario.ScenarioLoader;

/**
 * Reads the body of a request to record acts: YAML or JSON in the scenario acts format, a list of acts or one act.
 * Everything wrong with it is a 400 naming the problem, with line and column where there is one. The server, not the
 * request, says who recorded the acts and when.
 */
final class ActsRequest {
  private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("uuuuMMdd-HHmmssSSS", Locale.ROOT).withZone(ZoneOffset.UTC);

  private ActsRequest() {}

  /**
   * The acts of {@code body}, their names resolved against the book's names in {@code known} and their ids against
   * {@code taken} (so reading a request costs the same in any book), recorded by {@code context.recordedBy()} at
   * {@code now}. Acts without an id get {@code api-<recorded time>-<n>}; the ids the
   * request gives go through {@code ids} first.
   */
  static List<Act> read(String body, String contentType, Scenario context, KnownNames known, Predicate<String> taken,
      Instant now, IdCheck ids) {
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    boolean json = type.contains("json");
    // Only a body that says what it is is read: text/plain or no type at all could be anything.
    if (!json && !type.contains("yaml")) {
      throw new ApiException(415, "unsupported_media_type", "send acts as application/json or application/yaml, not "
          + (type.isBlank() ? "a body without a Content-Type" : contentType),
          Map.of("accepted", List.of("application/json", "application/yaml")));
    }
    JsonNode tree = parse(body, json);
    // Raw tabs in valid JSON are white space, which YAML refuses as indentation; a space keeps every column.
    String text = json ? body.replace('\t', ' ') : body;
    boolean single = tree.isObject();
    if (single) {
      text = asList(text);
    } else if (!tree.isArray()) {
      throw ApiException.badRequest("expected a list of acts, or one act, each a mapping with 'act:'");
    }
    if (tree.isEmpty()) {
      throw ApiException.badRequest("the request holds no acts");
    }
    refuseServerFields(tree);
    ids.check(explicitIds(tree));
    List<Act> acts = load(text, context, known, taken, now, single ? 2 : 0);
    Instant at = now.truncatedTo(ChronoUnit.MILLIS);
    return acts.stream().map(a -> withMeta(a, a.meta().withRecordedAt(at))).toList();
  }

  private static JsonNode parse(String body, boolean json) {
    try {
      JsonNode tree = json ? JSON.readTree(body) : YAML.readTree(body);
      if (tree == null || tree.isMissingNode()) {
        throw ApiException.badRequest("the request body is empty: expected a list of acts");
      }
      return tree;
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
      String msg = ParseErrors.message(e);
      Map<String, Object> problem = new LinkedHashMap<>();
      problem.put("line", loc == null ? 0 : loc.getLineNr());
      problem.put("column", loc == null ? 0 : loc.getColumnNr());
      problem.put("message", msg);
      throw ApiException.badRequest("malformed " + (json ? "JSON" : "YAML") + where + ": " + msg,
          Map.of("problems", List.of(problem)));
    }
  }

  /** One act as a one-item YAML list; every line moves two columns right. */
  private static String asList(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 64);
    boolean first = true;
    for (String line : text.split("\n", -1)) {
      sb.append(first ? "- " : "  ").append(line).append('\n');
      first = false;
    }
    return sb.toString();
  }

  /** A check of the ids the request gives its acts, made before they are read: it throws to refuse them. */
  @FunctionalInterface
  interface IdCheck {
    void check(List<String> ids);
  }

  private static List<String> explicitIds(JsonNode acts) {
    List<String> ids = new ArrayList<>();
    for (JsonNode act : acts.isArray() ? acts : List.of(acts)) {
      if (act.path("id").isTextual()) {
        ids.add(act.path("id").asText());
      }
    }
    return ids;
  }

  private static void refuseServerFields(JsonNode acts) {
    List<String> found = new ArrayList<>();
    int n = 0;
    for (JsonNode act : acts.isArray() ? acts : List.of(acts)) {
      n++;
      for (Iterator<String> it = act.isObject() ? act.fieldNames() : List.<String>of().iterator(); it.hasNext(); ) {
        String f = it.next();
        if (f.equals("recorded") || f.equals("recorded_by")) {
          found.add("'" + f + "' in act " + n);
        }
      }
    }
    if (!found.isEmpty()) {
      throw ApiException.badRequest("field set by the server: " + String.join(", ", found) + " (the server records"
          + " who wrote an act, the token's principal, and when, by its clock; leave recorded and recorded_by out)",
          Map.of("fields", found));
    }
  }

  private static List<Act> load(String text, Scenario context, KnownNames known, Predicate<String> taken,
      Instant now, int columnShift) {
    try {
      // Read in memory under the name a file of it would have: the name gives acts without an id theirs.
      return new ScenarioLoader().loadActs("api-" + STAMP.format(now) + ".yaml", text, context, known, taken);
    } catch (ScenarioException e) {
      List<Object> problems = new ArrayList<>();
      for (Problem p : e.problems()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("line", p.line());
        m.put("column", Math.max(0, p.column() - columnShift));
        m.put("message", p.message());
        problems.add(m);
      }
      Problem first = e.problems().get(0);
      throw ApiException.badRequest("the acts cannot be read: " + first.message()
          + (e.problems().size() > 1 ? " (and " + (e.problems().size() - 1) + " more)" : ""),
          Map.of("problems", problems));
    }
  }

  /** An act record type's components and canonical constructor, looked up once: reflection per act cost every write. */
  private record Shape(RecordComponent[] components, Constructor<?> constructor) {}

  private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
    @Override
    protected Shape computeValue(Class<?> type) {
      RecordComponent[] comps = type.getRecordComponents();
      try {
        return new Shape(comps, type.getDeclaredConstructor(
            Arrays.stream(comps).map(RecordComponent::getType).toArray(Class<?>[]::new)));
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("cannot rebuild " + type.getSimpleName(), e);
      }
    }
  };

  /** The same act with another meta: every act record's first component is its meta. */
  static Act withMeta(Act act, ActMeta meta) {
    Shape shape = SHAPES.get(act.getClass());
    RecordComponent[] comps = shape.components();
    Object[] args = new Object[comps.length];
    try {
      for (int i = 0; i < comps.length; i++) {
        args[i] = i == 0 ? meta : comps[i].getAccessor().invoke(act);
      }
      return (Act) shape.constructor().newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot rebuild " + act.getClass().getSimpleName(), e);
    }
  }
}
