package org.charter.core.report;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.charter.core.act.Act;
import org.charter.core.act.ActTypes;
import org.charter.core.act.PersonDescribed;
import org.charter.core.book.Book;
import org.charter.core.book.Recorded;
import org.charter.core.state.Basis;
import org.charter.core.state.Register;
import org.charter.core.verdict.Finding;
import org.charter.core.verdict.Verdict;

/** The timeline of a book: each act with its summary, sources and, for a binding act, its verdict and findings. */
public final class TimelineReport {
  private TimelineReport() {}

  public static List<Object> tree(List<Recorded> acts, Book book, ZoneId zone) {
    return tree(acts, book, zone, SourceLabels.AS_WRITTEN);
  }

  /** The entries of {@code acts}, each naming its sources by {@code sources}. */
  public static List<Object> tree(List<Recorded> acts, Book book, ZoneId zone, SourceLabels sources) {
    List<Object> out = new ArrayList<>();
    for (Recorded r : acts) {
      out.add(entry(r, book, zone, sources));
    }
    return out;
  }

  public static Map<String, Object> entry(Recorded r, Book book, ZoneId zone) {
    return entry(r, book, zone, SourceLabels.AS_WRITTEN);
  }

  /** One act's entry, naming its sources by {@code sources}. */
  public static Map<String, Object> entry(Recorded r, Book book, ZoneId zone, SourceLabels sources) {
    Act a = r.act();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("seq", r.seq());
    m.put("id", a.id());
    m.put("type", ActTypes.nameOf(a.getClass()));
    m.put("valid_at", Labels.iso(a.meta().validAt(), zone));
    // A source that gives only a month or year: valid_at is the start of that period, not a day on record.
    m.put("valid_precision", a.meta().precision() == null ? null : Labels.lower(a.meta().precision()));
    // A source that gives a span ("2018–19"): the last month or year of it, as valid_at's period is written.
    m.put("valid_through", a.meta().through() == null ? null
        : Labels.periodOf(a.meta().through(), a.meta().precision(), zone));
    m.put("recorded_at", Labels.iso(a.meta().recordedAt(), zone));
    m.put("summary", ActSummary.of(a, names(book, a)));
    List<CitedSource> cited = sources.cite(a);
    m.put("sources", cited.stream().map(CitedSource::label).toList());
    // Each source's parts beside its label: kind, text as written, quote, and the entry of the list it names.
    m.put("source_entries", cited.stream().map(CitedSource::tree).toList());
    m.put("note", a.meta().note());
    m.put("verdict", r.verdict() == null ? null : verdict(r.verdict()));
    // Judged against the register as acted, where the two registers have parted before the act and it differs.
    Verdict acted = r.verdict(Register.ACTED);
    m.put("acted_verdict", acted == null || acted.equals(r.verdict()) ? null : verdict(acted));
    // A later correction or retraction changes how the act is taken, never the entry itself.
    m.put("corrected_valid_at", r.judged().act() == r.act() ? null
        : Labels.iso(r.judged().act().meta().validAt(), zone));
    m.put("retracted_by", r.judged().retractedBy());
    m.put("hash", r.hashHex());
    // The meeting a call, notice, waiver, holding or motion belongs to: where its notice, agenda and minutes are found.
    m.put("meeting", meeting(a));
    return m;
  }

  private static String meeting(Act a) {
    return switch (a) {
      case org.charter.core.act.MeetingCalled x -> x.meeting();
      case org.charter.core.act.NoticeGiven x -> x.meeting();
      case org.charter.core.act.NoticeWaived x -> x.meeting();
      case org.charter.core.act.MeetingHeld x -> x.meeting();
      case org.charter.core.act.MotionVoted x -> x.meeting();
      default -> null;
    };
  }

  public static Map<String, Object> verdict(Verdict v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("status", v.status().name().toLowerCase(Locale.ROOT));
    m.put("defect", v.defect() == null ? null : v.defect().name().toLowerCase(Locale.ROOT));
    List<Object> findings = new ArrayList<>();
    for (Finding f : v.findings()) {
      findings.add(finding(f));
    }
    m.put("findings", findings);
    return m;
  }

  /** One finding: its rule, citation, outcome, defect and detail. */
  public static Map<String, Object> finding(Finding f) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("rule", f.ruleId());
    x.put("citation", f.citation());
    x.put("outcome", f.outcome().name().toLowerCase(Locale.ROOT));
    x.put("defect", f.defect() == null ? null : f.defect().name().toLowerCase(Locale.ROOT));
    x.put("detail", f.detail());
    return x;
  }

  public static Function<String, String> names(Book book, Act a) {
    var view = book.state(Basis.at(a.meta().validAt()));
    return p -> view.person(p).map(PersonDescribed::name)
        .or(() -> view.entity(p).map(org.charter.core.act.EntityOnRecord::name)).orElse(p);
  }

}
