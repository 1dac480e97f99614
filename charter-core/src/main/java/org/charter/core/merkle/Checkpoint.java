package org.charter.core.merkle;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * A book's tree at one moment: its origin ({@code charter/<book>}), size, root hash and the time it was taken. Its text
 * is the body of a C2SP checkpoint, with the time as an extension line; {@link SignedCheckpoint} adds the signatures.
 *
 * <pre>
 * charter/openai-2023
 * 42
 * 6P2XoiiT0kYfTaOsEzEP9N5jLEXnOBJw24B/KDgFpCo=
 * time 2023-12-01T00:00:00Z
 * </pre>
 */
public record Checkpoint(String book, long size, byte[] root, Instant time) {
  public static final String ORIGIN_PREFIX = "charter/";
  private static final String TIME_PREFIX = "time ";

  public Checkpoint {
    Objects.requireNonNull(book, "book");
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(time, "time");
    if (book.isEmpty() || book.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
      throw new IllegalArgumentException("a book id in a checkpoint must be non-empty, with no spaces or control"
          + " characters: '" + book + "'");
    }
    if (size < 0) {
      throw new IllegalArgumentException("a tree size is never negative: " + size);
    }
    if (root.length != 32) {
      throw new IllegalArgumentException("a root hash is 32 bytes, not " + root.length);
    }
    root = root.clone();
  }

  @Override
  public byte[] root() {
    return root.clone();
  }

  public String origin() {
    return ORIGIN_PREFIX + book;
  }

  public String rootBase64() {
    return Base64.getEncoder().encodeToString(root);
  }

  /** The text that is signed: four lines, each ended by a line feed. */
  public String body() {
    return origin() + "\n" + size + "\n" + rootBase64() + "\n" + TIME_PREFIX + time + "\n";
  }

  /**
   * The checkpoint these four lines state, in exactly the form {@link #body} writes them.
   *
   * @throws IllegalArgumentException naming the line that is wrong
   */
  static Checkpoint parseBody(List<String> lines) {
    if (lines.size() != 4) {
      throw new IllegalArgumentException("a checkpoint has 4 lines before the blank line (origin, size, root hash,"
          + " time), not " + lines.size());
    }
    String origin = lines.get(0);
    if (!origin.startsWith(ORIGIN_PREFIX)) {
      throw new IllegalArgumentException("line 1: expected an origin charter/<book>, got '" + origin + "'");
    }
    long size;
    try {
      size = Long.parseLong(lines.get(1));
    } catch (NumberFormatException e) {
      size = -1;
    }
    if (size < 0 || !Long.toString(size).equals(lines.get(1))) {
      throw new IllegalArgumentException("line 2: expected a tree size in decimal, got '" + lines.get(1) + "'");
    }
    byte[] root;
    try {
      root = Base64.getDecoder().decode(lines.get(2));
    } catch (IllegalArgumentException e) {
      root = new byte[0];
    }
    if (root.length != 32) {
      throw new IllegalArgumentException("line 3: expected a base64 SHA-256 root hash, got '" + lines.get(2) + "'");
    }
    String t = lines.get(3);
    Instant time = null;
    if (t.startsWith(TIME_PREFIX)) {
      try {
        time = Instant.parse(t.substring(TIME_PREFIX.length()));
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    if (time == null || !(TIME_PREFIX + time).equals(t)) {
      throw new IllegalArgumentException("line 4: expected 'time' and an ISO-8601 UTC time such as"
          + " 'time 2023-12-01T00:00:00Z', got '" + t + "'");
    }
    try {
      return new Checkpoint(origin.substring(ORIGIN_PREFIX.length()), size, root, time);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("line 1: " + e.getMessage(), e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Checkpoint c && book.equals(c.book) && size == c.size && Arrays.equals(root, c.root)
        && time.equals(c.time);
  }

  @Override
  public int hashCode() {
    return Objects.hash(book, size, Arrays.hashCode(root), time);
  }

  @Override
  public String toString() {
    return "Checkpoint[" + origin() + " " + size + " " + rootBase64() + " " + time + "]";
  }
}
