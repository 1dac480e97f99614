package org.charter.documents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.charter.core.act.BodyEstablished;
import org.charter.core.act.EntityOnRecord;
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
    List<Recorded> motions,
    StateView before) {

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
    for (Recorded r : Minutes.inLedgerOrder(d.book.meetingActs(meeting))) {
      switch (r.act()) {
        case MeetingCalled c -> call = r;
        case NoticeGiven n -> notices.add(r);
        case NoticeWaived w -> waivers.add(r);
        case MeetingHeld h -> held = r;
        case MotionVoted m -> motions.add(r);
        default -> { }
      }
    }
    if (call == null && held == null && motions.isEmpty() && notices.isEmpty() && waivers.isEmpty()) {
      List<String> known = d.book.meetings().stream()
          .filter(id -> d.book.meetingActs(id).stream().anyMatch(r -> r.act() instanceof MeetingCalled)).toList();
      throw DocumentException.notFound("meeting", "no meeting " + meeting + " in book " + d.book.id()
          + (known.isEmpty() ? " (it holds no meeting calls)" : "; meetings called on record: "
          + String.join(", ", known)));
    }
    // The state just before the meeting began, read once: every question of the documents asks it.
    Instant first = d.book.meetingActs(meeting).get(0).act().meta().validAt();
    StateView before = d.book.state(new Basis(start(call, held, motions, first).minusNanos(1),
        d.request.recordedAt()), Register.LEGAL);
    return new MeetingRecord(meeting, call, List.copyOf(notices), List.copyOf(waivers), held, List.copyOf(motions),
        before);
  }

  Optional<MeetingCalled> callAct() {
    return Optional.ofNullable(call).map(r -> (MeetingCalled) r.act());
  }

  Optional<MeetingHeld> heldAct() {
    return Optional.ofNullable(held).map(r -> (MeetingHeld) r.act());
  }

  /** When the meeting began, else when it was set for, else the first motion's time, else its first act's. */
  Instant start() {
    Instant first = null;
    for (List<Recorded> facts : List.of(notices, waivers)) {
      for (Recorded r : facts) {
        Instant t = r.act().meta().validAt();
        first = first == null || t.isBefore(first) ? t : first;
      }
    }
    return start(call, held, motions, first);
  }

  private static Instant start(Recorded call, Recorded held, List<Recorded> motions, Instant first) {
    if (held != null) {
      return held.act().meta().validAt();
    }
    if (call != null) {
      return ((MeetingCalled) call.act()).scheduledFor();
    }
    return motions.isEmpty() ? first : motions.get(0).act().meta().validAt();
  }

  /** The body the meeting is of, as the call names it; null when the call is not on record. */
  String body() {
    return callAct().map(MeetingCalled::body).orElse(null);
  }

  /** "the board of OpenAI, Inc." or the body's id, for titles. */
  String bodyName() {
    String body = body();
    if (body == null) {
      return "a body not on record (the call is not on record)";
    }
    StateView s = before;
    Optional<BodyEstablished> b = s.body(body);
    if (b.isEmpty()) {
      return body;
    }
    String entity = s.entity(b.get().entity()).map(EntityOnRecord::name).orElse(b.get().entity());
    String name = b.get().name();
    if (name != null) {
      return name.regionMatches(true, 0, "the ", 0, 4) ? name : "the " + name;
    }
    return "the " + b.get().kind().name().toLowerCase(java.util.Locale.ROOT)
        + " of " + entity;
  }

  /** The entity whose body meets, if on record. */
  Optional<EntityOnRecord> entity() {
    String body = body();
    if (body == null) {
      return Optional.empty();
    }
    StateView s = before;
    return s.body(body).flatMap(b -> s.entity(b.entity()));
  }

  /** The directors in office just before the meeting, in the legal register. */
  List<String> directors() {
    String body = body();
    return body == null ? List.of() : before.directorIds(body);
  }

  /** The rules in force for the entity just before the meeting: its profile overlaid by its bylaws. */
  Optional<Parameters> rules() {
    return entity().flatMap(e -> Profiles.named(e.profile()).map(p -> p.defaults().overlaidBy(
        before.bylaws(e.entity()))));
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
    for (String director : directors()) {
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
