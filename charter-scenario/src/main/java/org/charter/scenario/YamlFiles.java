package org.charter.scenario;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Reads YAML files into position-carrying nodes, and the small node checks every reader needs. */
final class YamlFiles {
  private YamlFiles() {}

  /** The file's single document, or empty if it is empty or cannot be read (the problem is recorded). */
  static Optional<Node> compose(ProblemSink sink) {
    Path file = sink.file();
    try {
      Optional<String> tooLarge = YamlLimits.sizeProblem(file);
      if (tooLarge.isPresent()) {
        sink.addWhole(tooLarge.get());
        return Optional.empty();
      }
    } catch (IOException e) {
      sink.addWhole("cannot read file: " + e);
      return Optional.empty();
    }
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return Optional.ofNullable(new Yaml(YamlLimits.options()).compose(reader));
    } catch (MarkedYAMLException e) {
      String context = e.getContext() == null || e.getContextMark() == null ? ""
          : " (" + e.getContext() + " at " + (e.getContextMark().getLine() + 1) + ":"
              + (e.getContextMark().getColumn() + 1) + ")";
      sink.add(e.getProblemMark(), "YAML syntax error: " + e.getProblem() + context);
    } catch (YAMLException e) {
      sink.addWhole("cannot read YAML: " + e.getMessage());
    } catch (IOException e) {
      sink.addWhole("cannot read file: " + e);
    }
    return Optional.empty();
  }

  /** The keys of a mapping, in order, each a plain scalar and given once; problems are recorded. */
  static Map<String, NodeTuple> entries(MappingNode mapping, ProblemSink sink) {
    Map<String, NodeTuple> out = new LinkedHashMap<>();
    for (NodeTuple t : mapping.getValue()) {
      if (!(t.getKeyNode() instanceof ScalarNode key)) {
        sink.add(t.getKeyNode(), "expected a field name, got a " + describe(t.getKeyNode()));
      } else if (out.containsKey(key.getValue())) {
        sink.add(key, "duplicate field '" + key.getValue() + "'");
      } else {
        out.put(key.getValue(), t);
      }
    }
    return out;
  }

  /** Whether the node is an explicit or implicit YAML null ({@code ~}, {@code null} or nothing). */
  static boolean isNull(Node node) {
    return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
  }

  /** A short description of what a node holds, for "expected X, got Y" messages. */
  static String describe(Node node) {
    return switch (node.getNodeId()) {
      case mapping -> "mapping";
      case sequence -> "list";
      case anchor -> "alias";
      case scalar -> isNull(node) ? "empty value" : "value '" + ((ScalarNode) node).getValue() + "'";
    };
  }
}
