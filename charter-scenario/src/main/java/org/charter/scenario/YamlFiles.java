package org.charter.scenario;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/** Reads YAML files into position-carrying nodes, and the small node checks every reader needs. */
final class YamlFiles {
  private YamlFiles() {}

  /** The file's single document, or empty if it is empty or cannot be read (the problem is recorded). */
  static Optional<Node> compose(ProblemSink sink) {
    Path file = sink.file();
    try {
      // The size first, from the file system: a file over the limit is never read, let alone parsed.
      Optional<String> tooLarge = YamlLimits.sizeProblem(file);
      if (tooLarge.isPresent()) {
        sink.addUnreadable(0, 0, tooLarge.get());
        return Optional.empty();
      }
      Optional<String> text = utf8(Files.readAllBytes(file), sink);
      return text.isEmpty() ? Optional.empty() : parse(text.get(), sink);
    } catch (IOException e) {
      sink.addUnreadable(0, 0, "cannot read the file: " + e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * As {@link #compose(ProblemSink)} for text already in memory (a request's body) under the sink's file name, with
   * the same limits and problems as if it had been written to that file and read back.
   */
  static Optional<Node> compose(ProblemSink sink, String text) {
    Optional<String> tooLarge = YamlLimits.sizeProblem(text.getBytes(StandardCharsets.UTF_8).length);
    if (tooLarge.isPresent()) {
      sink.addUnreadable(0, 0, tooLarge.get());
      return Optional.empty();
    }
    return parse(text, sink);
  }

  private static Optional<Node> parse(String text, ProblemSink sink) {
    LoaderOptions options = YamlLimits.options();
    try {
      // What Yaml.compose does, without building the Yaml object's constructor and representer, which reading nodes
      // never uses and which cost more than composing a short request.
      return Optional.ofNullable(new Composer(new ParserImpl(new StreamReader(new StringReader(text)), options),
          new Resolver(), options).getSingleNode());
    } catch (MarkedYAMLException e) {
      String context = e.getContext() == null || e.getContextMark() == null ? ""
          : " (" + e.getContext() + " at " + (e.getContextMark().getLine() + 1) + ":"
              + (e.getContextMark().getColumn() + 1) + ")";
      Mark at = e.getProblemMark();
      sink.addUnreadable(at == null ? 0 : at.getLine() + 1, at == null ? 0 : at.getColumn() + 1,
          "YAML syntax error: " + e.getProblem() + context);
    } catch (YAMLException e) {
      sink.addUnreadable(0, 0, limit(e, options));
    }
    return Optional.empty();
  }

  /** The bytes as UTF-8 text; empty, with a problem at the first bad byte's line and column, if they are not. */
  private static Optional<String> utf8(byte[] bytes, ProblemSink sink) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) {
      r = decoder.flush(out);
    }
    if (r.isError()) {
      int bad = in.position();
      int lineStart = 0;
      int line = 1;
      for (int i = 0; i < bad; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      String before = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8);
      int column = before.codePointCount(0, before.length()) + 1;
      sink.addUnreadable(line, column, String.format(Locale.ROOT, "the file is not UTF-8 text: byte 0x%02X at line"
          + " %d, column %d is not valid UTF-8 (save the file as UTF-8)", bytes[bad] & 0xff, line, column));
      return Optional.empty();
    }
    out.flip();
    return Optional.of(out.toString());
  }

  /** SnakeYAML's limits name no place in the file: one plain sentence for each, with the limit. */
  private static String limit(YAMLException e, LoaderOptions options) {
    String m = e.getMessage() == null ? "" : e.getMessage();
    if (m.startsWith("Nesting Depth exceeded")) {
      return "the YAML nests lists and mappings more than " + options.getNestingDepthLimit() + " levels deep; no act"
          + " needs that many";
    }
    if (m.contains("aliases")) {
      return "the YAML uses more than " + options.getMaxAliasesForCollections() + " aliases (*name) of lists or"
          + " mappings; write the values out instead";
    }
    if (m.contains("code points")) {
      return "the file is longer than " + options.getCodePointLimit() + " characters, the most a YAML file may hold";
    }
    return "cannot read the YAML: " + m;
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
