package org.charter.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.charter.core.merkle.ActProof;
import org.charter.core.merkle.SignedCheckpoint;

/** The proof file {@code charter prove} writes and {@code charter verify-proof} reads (docs/ledger.md). */
final class ProofFile {
  static final String FORMAT = "charter-proof-v1";
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ProofFile() {}

  /** A proof with the act id it was asked for; the id is for people, the bytes are the truth. */
  record Named(String act, ActProof proof) {}

  static byte[] write(String act, ActProof p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("format", FORMAT);
    m.put("book", p.book());
    m.put("act", act);
    m.put("leaf_index", p.leafIndex());
    m.put("canonical", b64(p.leaf()));
    m.put("tree_size", p.treeSize());
    m.put("root", b64(p.root()));
    m.put("inclusion", p.inclusion().stream().map(ProofFile::b64).toList());
    if (p.checkpoint() != null) {
      m.put("checkpoint", p.checkpoint().text());
    }
    if (p.sinceSize() != null) {
      Map<String, Object> since = new LinkedHashMap<>();
      since.put("tree_size", p.sinceSize());
      since.put("consistency", p.consistency().stream().map(ProofFile::b64).toList());
      m.put("since", since);
    }
    try {
      return (MAPPER.writeValueAsString(m) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a proof holds only strings, numbers and lists", e);
    }
  }

  static Named read(String option, Path file) {
    String text = ProofFiles.text(option, file);
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw bad(option, file, "not JSON: " + e.getOriginalMessage() + " at line " + e.getLocation().getLineNr()
          + ", column " + e.getLocation().getColumnNr());
    }
    if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
      throw bad(option, file, "not a Charter proof (expected \"format\": \"" + FORMAT + "\")");
    }
    SignedCheckpoint cp = null;
    if (root.has("checkpoint")) {
      try {
        cp = SignedCheckpoint.parse(string(option, file, root, "checkpoint"));
      } catch (IllegalArgumentException e) {
        throw bad(option, file, "checkpoint: " + e.getMessage());
      }
    }
    Long sinceSize = null;
    List<byte[]> consistency = List.of();
    if (root.has("since")) {
      JsonNode since = root.get("since");
      sinceSize = number(option, file, since, "since.tree_size", "tree_size");
      consistency = hashes(option, file, since, "since.consistency", "consistency");
    }
    ActProof p = new ActProof(string(option, file, root, "book"), number(option, file, root, "leaf_index",
        "leaf_index"), bytes(option, file, string(option, file, root, "canonical"), "canonical"),
        number(option, file, root, "tree_size", "tree_size"),
        bytes(option, file, string(option, file, root, "root"), "root"),
        hashes(option, file, root, "inclusion", "inclusion"), cp, sinceSize, consistency);
    return new Named(string(option, file, root, "act"), p);
  }

  private static String string(String option, Path file, JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual()) {
      throw bad(option, file, "expected a string for \"" + field + "\"");
    }
    return v.asText();
  }

  private static long number(String option, Path file, JsonNode node, String label, String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.canConvertToLong() || !v.isIntegralNumber() || v.asLong() < 0) {
      throw bad(option, file, "expected a whole number for \"" + label + "\"");
    }
    return v.asLong();
  }

  private static List<byte[]> hashes(String option, Path file, JsonNode node, String label, String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.isArray()) {
      throw bad(option, file, "expected a list of base64 hashes for \"" + label + "\"");
    }
    List<byte[]> out = new ArrayList<>();
    for (JsonNode h : v) {
      out.add(bytes(option, file, h.isTextual() ? h.asText() : "?", label));
    }
    return out;
  }

  private static byte[] bytes(String option, Path file, String base64, String label) {
    try {
      return Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw bad(option, file, "expected base64 for \"" + label + "\"");
    }
  }

  private static String b64(byte[] b) {
    return Base64.getEncoder().encodeToString(b);
  }

  private static BadInputException bad(String option, Path file, String what) {
    return new BadInputException(option + ": " + file + ": " + what);
  }
}
