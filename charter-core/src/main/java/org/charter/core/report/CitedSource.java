package org.charter.core.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.charter.core.act.Nullable;
import org.charter.core.act.Source;

/**
 * One source of an act as a timeline names it: the source as the act gives it, its label, and, where a scenario's list
 * of sources (its sources.yaml) resolves it, the parts of the entry it names. Without an entry every part is null.
 *
 * @param key the key of the entry ({@code seed 001}, {@code Wired, 19 Nov 2023})
 * @param detail what the act's text adds after the key, its leading {@code ": "} or {@code ", "} dropped
 */
public record CitedSource(
    Source source,
    String label,
    @Nullable String key,
    @Nullable String detail,
    @Nullable String title,
    @Nullable String publisher,
    @Nullable String date,
    @Nullable String file,
    @Nullable String url,
    @Nullable String note) {
  public CitedSource {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(label, "label");
  }

  /** The source as written, with no entry: {@code seed 001}, {@code reported: Wired, 19 Nov 2023: ...}. */
  public static CitedSource asWritten(Source s) {
    return new CitedSource(s, s.toString(), null, null, null, null, null, null, null, null);
  }

  /** Whether a list of sources named the entry this source resolves to. */
  public boolean resolved() {
    return key != null;
  }

  /** The field a scenario writes a source with: {@code seed}, {@code public}, {@code reported}, {@code assumption}. */
  public static String kindName(Source.SourceKind k) {
    return switch (k) {
      case SEED -> "seed";
      case PUBLIC_RECORD -> "public";
      case REPORTED -> "reported";
      case ASSUMPTION -> "assumption";
    };
  }

  /** The JSON of the API's {@code source_entries}: every part, null where there is none. */
  public Map<String, Object> tree() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", kindName(source.kind()));
    m.put("ref", source.ref());
    m.put("quote", source.quote());
    m.put("label", label);
    m.put("key", key);
    m.put("detail", detail);
    m.put("title", title);
    m.put("publisher", publisher);
    m.put("date", date);
    m.put("file", file);
    m.put("url", url);
    m.put("note", note);
    return m;
  }
}
