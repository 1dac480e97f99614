package org.charter.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.charter.core.act.Source;
import org.charter.core.report.CitedSource;

/**
 * A scenario's list of sources (its sources.yaml): the entry each short source an act names resolves to. A seed
 * {@code 001} resolves to the entry {@code seed 001}; a report or public record to the longest key its text begins
 * with, the rest of the text being its detail; an assumption to none.
 */
public final class SourceList {
  /** The list of a scenario without sources.yaml: nothing resolves, and every source shows as written. */
  public static final SourceList NONE = new SourceList(List.of(), false);

  private final Map<String, SourceEntry> byKey = new LinkedHashMap<>();
  private final boolean present;

  private SourceList(List<SourceEntry> entries, boolean present) {
    for (SourceEntry e : entries) {
      if (byKey.putIfAbsent(e.key(), e) != null) {
        throw new IllegalArgumentException("duplicate source key '" + e.key() + "'");
      }
    }
    this.present = present;
  }

  /** The list of these entries, whose keys must differ. */
  public static SourceList of(List<SourceEntry> entries) {
    return new SourceList(entries, true);
  }

  /** Whether the scenario has a sources.yaml; only then must every source of its acts resolve. */
  public boolean present() {
    return present;
  }

  public List<SourceEntry> entries() {
    return List.copyOf(byKey.values());
  }

  /** A source as resolved by the list: its entry, and the text after the entry's key ({@code ": quote"} or none). */
  public record Cited(Source source, SourceEntry entry, String detail) {
    /** {@code seed 001 — Title, Publisher, date (file)}; a report also gives its kind and, after the entry, its detail. */
    public String label() {
      String kind = switch (source.kind()) {
        case SEED, ASSUMPTION -> "";
        case PUBLIC_RECORD -> "public record: ";
        case REPORTED -> "reported: ";
      };
      return kind + entry.key() + " \u2014 " + entry.describe() + detail;
    }

    /** The label and the entry's parts, as the API gives them. */
    public CitedSource cited() {
      // ": the 11-page bylaws ..." -> "the 11-page bylaws ...": the separator belongs to neither key nor detail.
      String d = detail.startsWith(":") || detail.startsWith(",") ? detail.substring(1).strip() : detail.strip();
      return new CitedSource(source, label(), entry.key(), d.isEmpty() ? null : d, entry.title(), entry.publisher(),
          entry.date(), entry.file(), entry.url(), entry.note());
    }
  }

  /** The entry the source names, or empty if it names none (an assumption, or a source the list lacks). */
  public Optional<Cited> resolve(Source s) {
    return switch (s.kind()) {
      case ASSUMPTION -> Optional.empty();
      case SEED -> Optional.ofNullable(byKey.get("seed " + s.ref())).map(e -> new Cited(s, e, ""));
      case PUBLIC_RECORD, REPORTED -> prefix(s);
    };
  }

  /** Whether a scenario with this list may give the source: an assumption, or a source the list resolves. */
  public boolean names(Source s) {
    return !needsEntry(s) || resolve(s).isPresent();
  }

  /** The entries that {@code sources} resolve to, each once, in the list's order. */
  public List<SourceEntry> entriesOf(List<Source> sources) {
    java.util.Set<String> used = new java.util.HashSet<>();
    for (Source s : sources) {
      resolve(s).ifPresent(c -> used.add(c.entry().key()));
    }
    return byKey.values().stream().filter(e -> used.contains(e.key())).toList();
  }

  /** Whether the source needs an entry of the list: every source but an assumption. */
  static boolean needsEntry(Source s) {
    return s.kind() != Source.SourceKind.ASSUMPTION;
  }

  /** The source named by the list where it resolves, else as written ({@code assumption: ...}). */
  public String label(Source s) {
    return cite(s).label();
  }

  /** The source with its label and the parts of the entry it names where it resolves, else as written. */
  public CitedSource cite(Source s) {
    return resolve(s).map(Cited::cited).orElseGet(() -> CitedSource.asWritten(s));
  }

  private Optional<Cited> prefix(Source s) {
    String text = s.ref();
    SourceEntry best = null;
    for (SourceEntry e : byKey.values()) {
      String k = e.key();
      // A key ends at a word's end: "Wired, 19 Nov 2023" is not a prefix of "Wired, 19 Nov 20234".
      boolean at = text.startsWith(k) && (text.length() == k.length()
          || !Character.isLetterOrDigit(text.charAt(k.length())) || !Character.isLetterOrDigit(k.charAt(k.length() - 1)));
      if (at && (best == null || k.length() > best.key().length())) {
        best = e;
      }
    }
    return best == null ? Optional.empty() : Optional.of(new Cited(s, best, text.substring(best.key().length())));
  }
}
