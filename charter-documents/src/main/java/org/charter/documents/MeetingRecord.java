package org.charter.documents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.charter.core.act.BodyEstablished;
import org.charter.core.act.EntityFormed;
import org.charter.core.act.MeetingCalled;
import org.charter.core.act.MeetingHeld;
import org.charter.core.act.MotionVoted;
import org.charter.core.act.NoticeGiven;
import org.charter.core.act.NoticeWaived;
import org.charter.core.book.Book;
import org.charter.core.book.Recorded;
import org.charter.core.rules.Parameters;
import org.charter.core.rules.Profiles;
import org.charter.core.state.Basis;
import org.charter.core.state.Register;
import org.charter.core.state.StateView;

/**
 * Everything the book holds about one meeting, each act with its entry: the call, the notices and waivers, the holding
 * and the motions, in the order of the book. The call or the holding may be missing.
 */
record MeetingRecord(
    String meeting,
    Recorded call,
    List<Recorded> notices,
    List<Recorded> waivers,
    Recorded held,
    List<Recorded> motions) {

  /** The meeting the request names (it must name one). */
  static MeetingRecord asked(Draft d) {
    return of(d, DocumentRequest.required(DocumentKind.Field.MEETING, d.request.kind(), d.request.meeting()));
  }

  static MeetingRecord of(Draft d, String meeting) {
    Recorded call = null;
    Recorded held = null;
    List<Recorded> notices = new ArrayList<>();
    List<Recorded> waivers = new ArrayList<>();
    List<Recorded> motions = new ArrayList<>();
    TreeSet<String> known = new TreeSet<>();
    for (Recorded r : d.book.timeline()) {
      switch (r.act()) {
        case MeetingCalled c -> {
          known.add(c.meeting());
          if (c.meeting().equals(meeting)) {
            call = r;
          }
        }
        case NoticeGiven n when n.meeting().equals(meeting) -> notices.add(r);
        case NoticeWaived w when w.meeting().equals(meeting) -> waivers.add(r);
        case MeetingHeld h when h.meeting().equals(meeting) -> held = r;
        case MotionVoted m when m.meeting().equals(meeting) -> motions.add(r);
        default -> { }
      }
    }
    if (call == null && held == null && motions.isEmpty() && notices.isEmpty() && waivers.isEmpty()) {
      throw DocumentException.notFound("meeting", "no meeting " + meeting + " in book " + d.book.id()
          + (known.isEmpty() ? " (it holds no meeting calls)" : "; meetings called on record: "
          + String.join(", ", known)));
    }
    return new MeetingRecord(meeting, call, List.copyOf(notices), List.copyOf(waivers), held, List.copyOf(motions));
  }

  Optional<MeetingCalled> callAct() {
    return Optional.ofNullable(call).map(r -> (MeetingCalled) r.act());
  }

  Optional<MeetingHeld> heldAct() {
    return Optional.ofNullable(held).map(r -> (MeetingHeld) r.act());
  }

  /** When the meeting began, else when it was set for, else the first motion's time. */
  Instant start() {
    if (held != null) {
      return held.act().meta().validAt();
    }
    if (call != null) {
      return ((MeetingCalled) call.act()).scheduledFor();
    }
    return motions.isEmpty() ? notices.get(0).act().meta().validAt() : motions.get(0).act().meta().validAt();
  }

  /** The state just before the meeting began, in the legal register: who was then in office. */
  StateView before(Draft d) {
    return d.book.state(new Basis(start().minusNanos(1), d.request.recordedAt()), Register.LEGAL);
  }

  /** The body the meeting is of, as the call names it; null when the call is not on record. */
  String body() {
    return callAct().map(MeetingCalled::body).orElse(null);
  }

  /** "the board of OpenAI, Inc." or the body's id, for titles. */
  String bodyName(Draft d) {
    String body = body();
    if (body == null) {
      return "a body not on record (the call is not on record)";
    }
    StateView s = before(d);
    Optional<BodyEstablished> b = s.body(body);
    if (b.isEmpty()) {
      return body;
    }
    String entity = s.entity(b.get().entity()).map(EntityFormed::name).orElse(b.get().entity());
    String name = b.get().name();
    if (name != null) {
      return name.regionMatches(true, 0, "the ", 0, 4) ? name : "the " + name;
    }
    return "the " + b.get().kind().name().toLowerCase(java.util.Locale.ROOT)
        + " of " + entity;
  }

  /** The entity whose body meets, if on record. */
  Optional<EntityFormed> entity(Draft d) {
    String body = body();
    if (body == null) {
      return Optional.empty();
    }
    StateView s = before(d);
    return s.body(body).flatMap(b -> s.entity(b.entity()));
  }

  /** The directors in office just before the meeting, in the legal register. */
  List<String> directors(Draft d) {
    String body = body();
    return body == null ? List.of() : before(d).directorIds(body);
  }

  /** The rules in force for the entity just before the meeting: its profile overlaid by its bylaws. */
  Optional<Parameters> rules(Draft d) {
    return entity(d).flatMap(e -> Profiles.named(e.profile()).map(p -> p.defaults().overlaidBy(
        before(d).bylaws(e.entity()))));
  }

  /** "special meeting" or "regular meeting". */
  String kindName() {
    return callAct().map(c -> c.kind().name().toLowerCase(java.util.Locale.ROOT) + " meeting").orElse("meeting");
  }

  /**
   * For each director in office, the first notice on record (time and method, and whether it came by the deadline when
   * one is given), their waivers, and whether they called the meeting: the facts the notice rule weighs, without its
   * verdict.
   */
  List<List<String>> noticeRows(Draft d, Instant deadline) {
    List<List<String>> rows = new ArrayList<>();
    List<String> callers = callAct().map(MeetingCalled::calledBy).orElse(List.of());
    for (String director : directors(d)) {
      Optional<Recorded> first = notices.stream().filter(r -> ((NoticeGiven) r.act()).to().equals(director))
          .min(java.util.Comparator.comparing(r -> r.act().meta().validAt()));
      String notice = first.map(r -> {
        NoticeGiven n = (NoticeGiven) r.act();
        String when = d.at(n.meta().validAt()) + " by " + org.charter.core.report.Labels.lower(n.method())
            .replace('-', ' ');
        String timely = deadline == null ? "" : n.meta().validAt().isAfter(deadline) ? ", after the deadline"
            : ", by the deadline";
        return when + timely + "; " + d.cite(r);
      }).orElse("none on record");
      List<String> waived = new ArrayList<>();
      for (Recorded r : waivers) {
        NoticeWaived w = (NoticeWaived) r.act();
        if (w.by().equals(director)) {
          waived.add((w.inWriting() ? "in writing, " : "not in writing, ") + d.at(w.meta().validAt()) + "; "
              + d.cite(r));
        }
      }
      rows.add(List.of(d.name(director), callers.contains(director) ? "yes" : "no", notice,
          waived.isEmpty() ? "none on record" : String.join("; ", waived)));
    }
    return rows;
  }

  static final List<String> NOTICE_HEADER = List.of("Director", "Called the meeting", "Notice on record", "Waiver");
}
