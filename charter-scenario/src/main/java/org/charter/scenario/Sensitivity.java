package org.charter.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.charter.core.act.Act;
import org.charter.core.act.ActMeta;
import org.charter.core.act.Attendance;
import org.charter.core.act.BindingAct;
import org.charter.core.act.EntityOnRecord;
import org.charter.core.act.MeetingHeld;
import org.charter.core.act.MotionVoted;
import org.charter.core.act.NoticeGiven;
import org.charter.core.act.NoticeMethod;
import org.charter.core.act.NoticeWaived;
import org.charter.core.act.Source;
import org.charter.core.act.VoteCast;
import org.charter.core.act.VoteChoice;
import org.charter.core.book.Book;
import org.charter.core.book.Recorded;
import org.charter.core.report.Labels;
import org.charter.core.rules.Profiles;
import org.charter.core.state.Basis;
import org.charter.core.state.MeetingFacts;
import org.charter.core.state.Register;
import org.charter.core.state.StateView;

/**
 * Which assumptions and unknown facts each verdict turns on: every one flipped alone, the scenario replayed with the
 * flip, and the verdicts compared with the record's. A flip is one of:
 * <ul>
 *   <li>an assumption dropped: a binding act whose every source is an assumption (what if it were not assumed);</li>
 *   <li>an edit of one of the scenario's hypotheses, applied alone;</li>
 *   <li>an unknown fact given each value it may take: whether an entity has members; whether the directors whose
 *       objection to the call is not on record objected; a motion's tally, where none is on record, as every director
 *       present for it or every one against; and, for the directors of a meeting with no notice or waiver on record,
 *       a written waiver or a notice that came only after the meeting;</li>
 *   <li>where in its period a binding act dated only to a month, a year or a span of them fell: the record places it at
 *       the period's start, and the flip as late as the period and the record's order allow.</li>
 * </ul>
 * The size of a board where none is on record is not flipped: the quorum finding already names the number of seats on
 * which it turns.
 */
public final class Sensitivity {
  private static final List<Source> FLIPPED = List.of(new Source(Source.SourceKind.ASSUMPTION,
      "a flip of charter sensitivity: one value of a fact not on record, not a fact", null));
  private static final int ID_ROOM = 90;

  /** One flip: its id, what it does, its kind (assumption, hypothesis, unknown) and its edits. */
  public record Flip(String id, String label, String kind, List<Variant.Edit> edits) {
    public Flip {
      edits = List.copyOf(edits);
    }
  }

  private final Scenario scenario;
  private final List<Act> record;
  private final Book plain;
  private final List<Flip> flips;
  private final List<Book> flipped = new ArrayList<>();

  /** The flips of {@code record} (the scenario's acts, or those under one hypothesis), each replayed once. */
  public Sensitivity(Scenario scenario, List<Act> record, List<Variant> hypotheses) {
    this.scenario = scenario;
    this.record = List.copyOf(record);
    this.plain = replay(record);
    this.flips = flips(hypotheses);
    for (Flip f : flips) {
      flipped.add(replay(Variant.apply(record, f.edits())));
    }
  }

  public List<Flip> flips() {
    return flips;
  }

  /** Whether the record holds the act. */
  public boolean holds(String actId) {
    return plain.find(actId).isPresent();
  }

  private Book replay(List<Act> acts) {
    Book b = new Book(scenario.id(), scenario.zone());
    acts.forEach(b::replay);
    return b;
  }

  private List<Flip> flips(List<Variant> hypotheses) {
    List<Flip> out = new ArrayList<>();
    for (Act a : record) {
      if (a instanceof BindingAct && !a.meta().sources().isEmpty()
          && a.meta().sources().stream().allMatch(s -> s.kind() == Source.SourceKind.ASSUMPTION)) {
        out.add(new Flip("drop-" + cut(a.id()), "drop " + a.id() + " (" + String.join("; ",
            a.meta().sources().stream().map(scenario.sources()::label).toList()) + ")", "assumption",
            List.of(new Variant.Edit(Variant.Edit.Kind.DROP, a.id(), null))));
      }
    }
    // The same edit in several hypotheses is one flip, named by all of them.
    Map<String, List<String>> by = new LinkedHashMap<>();
    Map<String, Variant.Edit> edit = new LinkedHashMap<>();
    for (Variant v : hypotheses) {
      for (Variant.Edit e : v.edits(record)) {
        String key = e.label() + "\u0000" + (e.act() == null ? "" : e.act().toString());
        edit.putIfAbsent(key, e);
        by.computeIfAbsent(key, k -> new ArrayList<>()).add(v.id());
      }
    }
    for (Map.Entry<String, Variant.Edit> x : edit.entrySet()) {
      List<String> names = by.get(x.getKey());
      Variant.Edit e = x.getValue();
      out.add(new Flip(cut(names.get(0) + "-" + e.label().replace(' ', '-')), String.join(", ", names) + ": "
          + Comparison.describe(e, scenario.sources()), "hypothesis", List.of(e)));
    }
    for (Act a : record) {
      switch (a) {
        case EntityOnRecord e when e.hasMembers() == null && !e.profile().equals(Profiles.NONE) -> {
          for (boolean v : new boolean[] {true, false}) {
            out.add(unknown(e.id() + "-has-members-" + v, e.id() + ": has_members " + v + " (not on record)",
                e.withHasMembers(v)));
          }
        }
        case MeetingHeld h when h.attendance().stream().anyMatch(x -> x.objectedToCall() == null) -> {
          for (boolean v : new boolean[] {false, true}) {
            List<Attendance> att = h.attendance().stream().map(x -> x.objectedToCall() != null ? x
                : new Attendance(x.person(), x.mode(), x.joinedAt(), x.leftAt(), v)).toList();
            out.add(unknown(h.id() + "-objected-" + v, h.id() + ": those whose objection is not on record "
                + (v ? "objected" : "did not object") + " to the call", new MeetingHeld(h.meta(), h.meeting(), att)));
          }
          out.addAll(notices(h));
        }
        case MotionVoted m when m.votes().isEmpty() -> {
          MeetingHeld held = plain.state(Basis.at(m.meta().validAt())).meeting(m.meeting()).held();
          if (held != null && !held.attendance().isEmpty()) {
            for (VoteChoice c : new VoteChoice[] {VoteChoice.YES, VoteChoice.NO}) {
              // Only those in the meeting when the motion was put can have voted on it.
              List<VoteCast> votes = held.attendance().stream()
                  .filter(x -> x.presentAt(m.meta().validAt(), held.meta().validAt()))
                  .map(x -> new VoteCast(x.person(), c, null)).toList();
              out.add(unknown(m.id() + "-all-" + Labels.lower(c), m.id() + ": every director present voted "
                  + Labels.lower(c) + " (tally not on record)", new MotionVoted(m.meta(), m.meeting(),
                  m.resolution(), m.text(), votes, m.reportedOutcome(), m.interested(), m.fillsVacancies())));
            }
          }
        }
        case MeetingHeld h -> out.addAll(notices(h));
        default -> { }
      }
    }
    List<String> persons = record.stream().map(Sensitivity::person).toList();
    for (int i = 0; i < record.size(); i++) {
      Act a = record.get(i);
      if (a instanceof BindingAct && a.meta().precision() != null) {
        Flip f = lateInPeriod(i, persons);
        if (f != null) {
          out.add(f);
        }
      }
    }
    return out;
  }

  // An act the record dates only to a month, a year or a span is placed at the start of its period, which the source
  // does not say: the flip moves it towards the period's last second, so a verdict that turns on where in the period
  // it fell says so.
  //
  // It stays before the next act of the record about the same person (their election before their resignation, their
  // description before their election), which the record orders though it dates neither: the flip asks when in the
  // period the act fell, not whether the record's order holds. An act with no room to move is not flipped.
  private Flip lateInPeriod(int index, List<String> persons) {
    Act a = record.get(index);
    ActMeta m = a.meta();
    java.time.Instant end = m.precision().next(m.through() == null ? m.validAt() : m.through(), scenario.zone())
        .minusSeconds(1);
    String person = persons.get(index);
    for (int j = 0; person != null && j < record.size(); j++) {
      java.time.Instant t = record.get(j).meta().validAt();
      boolean after = t.isAfter(m.validAt()) || t.equals(m.validAt()) && j > index;
      if (j != index && after && person.equals(persons.get(j)) && !t.minusSeconds(1).isAfter(end)) {
        end = t.minusSeconds(1);
      }
    }
    if (!end.isAfter(m.validAt())) {
      return null;
    }
    ActMeta moved = new ActMeta(m.id(), end, m.recordedAt().isAfter(end) ? m.recordedAt() : end, m.recordedBy(),
        m.sources(), m.note());
    return unknown(a.id() + "-late-in-period", a.id() + ": as late in " + Labels.periodOf(m.validAt(),
        m.precision(), m.through(), scenario.zone()) + " as the record's order allows (" + Labels.shortForm(end, scenario.zone()) + "), not at its start (the day"
        + " is not on record)",
        org.charter.core.act.ActTypes.withMeta(a, moved));
  }

  // The directors of a held meeting with no notice and no waiver on record: each waived in writing, or each was
  // noticed only after the meeting.
  private List<Flip> notices(MeetingHeld h) {
    // The directors as the meeting began, under the rules: not yet changed by what it decided.
    StateView s = plain.state(Basis.at(h.meta().validAt().minusNanos(1)), Register.LEGAL);
    MeetingFacts f = s.meetingInHindsight(h.meeting());
    if (f.call() == null) {
      return List.of();
    }
    List<String> silent = new ArrayList<>();
    for (String d : s.directorIds(f.call().body())) {
      boolean known = f.notices().stream().anyMatch(n -> n.to().equals(d))
          || f.waivers().stream().anyMatch(w -> w.by().equals(d))
          || f.call().calledBy() != null && f.call().calledBy().contains(d);
      if (!known) {
        silent.add(d);
      }
    }
    if (silent.isEmpty()) {
      return List.of();
    }
    List<Variant.Edit> waived = new ArrayList<>();
    List<Variant.Edit> late = new ArrayList<>();
    for (String d : silent) {
      String w = cut("flip-" + h.meeting() + "-waiver-" + d);
      waived.add(new Variant.Edit(Variant.Edit.Kind.INSERT, w, new NoticeWaived(meta(w, h), h.meeting(), d, true)));
      String n = cut("flip-" + h.meeting() + "-late-notice-" + d);
      late.add(new Variant.Edit(Variant.Edit.Kind.INSERT, n, new NoticeGiven(
          new ActMeta(n, h.meta().validAt().plusSeconds(3600), h.meta().validAt().plusSeconds(3600), "charter",
              FLIPPED, null, null), h.meeting(), d, NoticeMethod.EMAIL)));
    }
    String who = String.join(", ", silent);
    return List.of(
        new Flip(cut(h.meeting() + "-waived"), h.meeting() + ": " + who + " (no notice or waiver on record) waived"
            + " notice in writing", "unknown", waived),
        new Flip(cut(h.meeting() + "-noticed-late"), h.meeting() + ": " + who + " (no notice or waiver on record)"
            + " were first noticed an hour after the meeting", "unknown", late));
  }

  /** The person an act is about (its {@code person} component), or null for an act about no one person. */
  private static String person(Act a) {
    for (java.lang.reflect.RecordComponent c : Fields.of(a.getClass())) {
      if (c.getName().equals("person") && c.getType() == String.class) {
        try {
          return (String) c.getAccessor().invoke(a);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot read the person of act " + a.id(), e);
        }
      }
    }
    return null;
  }

  private static ActMeta meta(String id, MeetingHeld h) {
    return new ActMeta(id, h.meta().validAt(), h.meta().validAt(), "charter", FLIPPED, null, null);
  }

  private static Flip unknown(String id, String label, Act replacement) {
    return new Flip(cut(id), label, "unknown",
        List.of(new Variant.Edit(Variant.Edit.Kind.REPLACE, replacement.id(), replacement)));
  }

  private static String cut(String id) {
    return id.length() <= ID_ROOM ? id : id.substring(0, ID_ROOM);
  }

  /**
   * Each act of {@code acts} (null: every binding act whose verdict some flip changes, or every one with {@code all})
   * with its verdict and the flips that change it, each with the verdict it gives and the findings that change.
   */
  public Map<String, Object> tree(List<String> acts, boolean all) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("scenario", scenario.id());
    List<Object> fs = new ArrayList<>();
    for (Flip f : flips) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", f.id());
      m.put("kind", f.kind());
      m.put("label", f.label());
      fs.add(m);
    }
    root.put("flips", fs);
    List<String> ids = acts;
    if (ids == null) {
      ids = plain.timeline().stream().map(Recorded::act).filter(a -> a instanceof BindingAct).map(Act::id).toList();
    }
    List<Object> rows = new ArrayList<>();
    for (String id : ids) {
      Recorded r = plain.find(id).orElseThrow();
      String base = (String) Comparison.cell(plain, id).get("label");
      List<Object> turns = new ArrayList<>();
      for (int i = 0; i < flips.size(); i++) {
        // A flip that drops the act itself says nothing of its verdict.
        if (flipped.get(i).find(id).isEmpty()) {
          continue;
        }
        String label = (String) Comparison.cell(flipped.get(i), id).get("label");
        if (!Objects.equals(base, label)) {
          Map<String, Object> t = new LinkedHashMap<>();
          t.put("flip", flips.get(i).id());
          t.put("verdict", label);
          t.put("findings_changed", Comparison.findingsChanged(plain, flipped.get(i), id));
          turns.add(t);
        }
      }
      if (!all && acts == null && turns.isEmpty()) {
        continue;
      }
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("act", id);
      row.put("summary", org.charter.core.report.ActSummary.of(r.act(), p -> p));
      row.put("valid_at", Labels.iso(r.act().meta().validAt(), scenario.zone()));
      row.put("verdict", base);
      row.put("turns_on", turns);
      rows.add(row);
    }
    root.put("acts", rows);
    return root;
  }
}
