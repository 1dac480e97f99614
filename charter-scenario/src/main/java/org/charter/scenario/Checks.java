package org.charter.scenario;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.charter.core.act.ActTypes;
import org.charter.core.act.BylawTerms;
import org.charter.core.act.CustomCondition;
import org.charter.core.act.EntityOnRecord;
import org.charter.core.act.MotionVoted;
import org.charter.core.act.WrittenConsentSigned;
import org.charter.core.rules.CelConditions;
import org.charter.core.rules.Profiles;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Checks, when a file is read, the strings whose meaning Charter knows (statute profiles, act type names, CEL
 * conditions), so that a typo is an error of the file with its line and column, not a failure of a later replay.
 */
final class Checks {
  private Checks() {}

  /** The values a string component may take, where they are a closed set that the records do not type as an enum. */
  static Optional<List<String>> allowed(Class<?> record, RecordComponent c) {
    if (EntityOnRecord.class.isAssignableFrom(record) && c.getName().equals("profile")) {
      return Optional.of(List.copyOf(Profiles.all().keySet()));
    }
    if (record == CustomCondition.class && c.getName().equals("appliesTo")) {
      return Optional.of(List.copyOf(ActTypes.byName().keySet()));
    }
    if (record == BylawTerms.class && c.getName().equals("signaturesRequired")) {
      return Optional.of(List.of(ActTypes.nameOf(MotionVoted.class), ActTypes.nameOf(WrittenConsentSigned.class)));
    }
    return Optional.empty();
  }

  /**
   * Records a problem at each value outside its allowed set, and at a condition's expression that does not compile or is
   * over the CEL limits.
   */
  static void check(Class<?> record, Map<String, NodeTuple> entries, ProblemSink sink) {
    for (RecordComponent c : Fields.of(record)) {
      NodeTuple t = entries.get(Fields.name(c));
      Optional<List<String>> allowed = allowed(record, c);
      if (t == null || allowed.isEmpty()) {
        continue;
      }
      Node value = t.getValueNode();
      for (Node item : value instanceof SequenceNode seq ? seq.getValue() : List.of(value)) {
        if (item instanceof ScalarNode s && !YamlFiles.isNull(s) && !allowed.get().contains(s.getValue())) {
          sink.add(s, Scalars.bad("value", s.getValue(), Fields.name(c),
              "one of: " + String.join(", ", allowed.get())).getMessage());
        }
      }
    }
    NodeTuple expression = record == CustomCondition.class ? entries.get("expression") : null;
    if (expression != null && expression.getValueNode() instanceof ScalarNode s && !YamlFiles.isNull(s)) {
      CelConditions.compileError(s.getValue()).map(e -> "bad CEL expression for 'expression': " + firstLine(e))
          .or(() -> CelConditions.costError(s.getValue()).map(e -> "CEL expression over the limits for 'expression': "
              + e))
          .ifPresent(m -> sink.add(s, m));
    }
  }

  // CEL's error string adds the source line and a caret below it; the first line carries the message and position.
  private static String firstLine(String error) {
    String line = error.lines().findFirst().orElse(error).strip();
    return line.replaceFirst("^ERROR: <input>:(\\d+):(\\d+): ", "at $1:$2 of the expression: ");
  }
}
