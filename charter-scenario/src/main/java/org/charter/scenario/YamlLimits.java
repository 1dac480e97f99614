package org.charter.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The limits on a YAML file, checked before and while it is parsed, so that no file can take the reader's time or
 * memory: its size on disk first, then SnakeYAML's own code-point, nesting and alias limits.
 */
public final class YamlLimits {
  /**
   * The largest file, in bytes (1 MiB): the largest bundled acts file is 13 KB, so this leaves 80 times that, about
   * 2,000 acts in one file; a scenario may have as many files as it needs.
   */
  public static final long MAX_FILE_BYTES = 1L << 20;
  /** The most code points SnakeYAML reads from one file: as many as the file may have bytes. */
  public static final int MAX_CODE_POINTS = (int) MAX_FILE_BYTES;
  /** The deepest nesting of lists and mappings: a scenario needs 6 (acts, an act, its terms, conditions, a condition, applies_to). */
  public static final int MAX_NESTING = 20;
  /** The most aliases to a list or mapping; the scenario format needs none, and each may expand the document. */
  public static final int MAX_ALIASES = 10;

  private YamlLimits() {}

  /** The loader options with every limit set here. */
  static LoaderOptions options() {
    LoaderOptions o = new LoaderOptions();
    o.setCodePointLimit(MAX_CODE_POINTS);
    o.setNestingDepthLimit(MAX_NESTING);
    o.setMaxAliasesForCollections(MAX_ALIASES);
    o.setAllowRecursiveKeys(false);
    return o;
  }

  /** Why a file is too large to be read, from its size on disk, or empty when it is within the limit. */
  static Optional<String> sizeProblem(Path file) throws IOException {
    return sizeProblem(Files.size(file));
  }

  /** Why text of {@code size} bytes is too large to be read, or empty when it is within the limit. */
  static Optional<String> sizeProblem(long size) {
    if (size <= MAX_FILE_BYTES) {
      return Optional.empty();
    }
    return Optional.of(String.format(Locale.ROOT, "the file is %,d bytes, larger than the limit of %,d bytes (1 MiB)"
        + " for one YAML file; split it into several files", size, MAX_FILE_BYTES));
  }
}
