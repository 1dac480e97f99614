package org.charter.scenario;

import java.util.Map;
import java.util.Optional;
import org.charter.core.act.ActTypes;
import org.charter.core.rules.CelConditions;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Checks a bylaw condition when it is read, so a bad expression is an error of the file and not of a later replay. */
final class Conditions {
  private Conditions() {}

  /** Records a problem for an expression that does not compile and for each unknown act type in applies_to. */
  static void check(Map<String, NodeTuple> entries, ProblemSink sink) {
    NodeTuple expression = entries.get("expression");
    if (expression != null && expression.getValueNode() instanceof ScalarNode s && !YamlFiles.isNull(s)) {
      Optional<String> error = CelConditions.compileError(s.getValue());
      error.ifPresent(e -> sink.add(s, "bad CEL expression for 'expression': " + firstLine(e)));
    }
    NodeTuple appliesTo = entries.get("applies_to");
    if (appliesTo != null && appliesTo.getValueNode() instanceof SequenceNode seq) {
      for (Node item : seq.getValue()) {
        if (item instanceof ScalarNode n && !ActTypes.byName().containsKey(n.getValue())) {
          sink.add(n, "unknown act type '" + n.getValue() + "' in 'applies_to' (expected one of: "
              + String.join(", ", ActTypes.byName().keySet()) + ")");
        }
      }
    }
  }

  // CEL's error string adds the source line and a caret below it; the first line carries the message and position.
  private static String firstLine(String error) {
    String line = error.lines().findFirst().orElse(error).strip();
    return line.replaceFirst("^ERROR: <input>:(\\d+):(\\d+): ", "at $1:$2 of the expression: ");
  }
}
