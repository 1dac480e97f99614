package org.charter.core.plan;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.charter.core.act.Act;
import org.charter.core.act.ActMeta;
import org.charter.core.act.Attendance;
import org.charter.core.act.AttendanceMode;
import org.charter.core.act.BindingAct;
import org.charter.core.act.BodyEstablished;
import org.charter.core.act.DirectorAppointed;
import org.charter.core.act.DirectorRemoved;
import org.charter.core.act.EntityOnRecord;
import org.charter.core.act.MeetingCalled;
import org.charter.core.act.MeetingHeld;
import org.charter.core.act.MeetingKind;
import org.charter.core.act.MotionVoted;
import org.charter.core.act.NoticeGiven;
import org.charter.core.act.Outcome;
import org.charter.core.act.Source;
import org.charter.core.act.VacancyFilled;
import org.charter.core.act.VoteCast;
import org.charter.core.act.VoteChoice;
import org.charter.core.act.WrittenConsentSigned;
import org.charter.core.book.Book;
import org.charter.core.report.Labels;
import org.charter.core.rules.NoticeDeadlines;
import org.charter.core.rules.Parameters;
import org.charter.core.rules.Profile;
import org.charter.core.rules.Profiles;
import org.charter.core.rules.RuleLabels;
import org.charter.core.rules.Validator;
import org.charter.core.state.Basis;
import org.charter.core.state.Register;
import org.charter.core.state.StateView;
import org.charter.core.state.Tenure;
import org.charter.core.verdict.Finding;
import org.charter.core.verdict.Status;
import org.charter.core.verdict.Verdict;

/**
 * Works out what must happen before planned acts for them to be valid at their time, by trying it: for every set of
 * directors, the acts are taken at a meeting that set calls, notices and attends (and, apart, by a consent it signs),
 * in a copy of the book made from the record up to the plan's moment, and judged by the very rules that judge the
 * record. A set carries the acts when they are valid whatever the other directors do: stay away (the worst case for
 * quorum), or attend, object to the call and vote against (the worst for notice and the vote). Rules whose outcome
 * grows with the set (quorum, votes, waivers) make those two cases the only ones to try.
 */
public final class Planner {
  /** The most directors whose sets are tried: 2^10 sets, each a meeting of a dozen acts. */
  public static final int MAX_DIRECTORS = 10;
  private static final String ASSUMED = "a plan: what would have to happen, not a fact";
  private static final List<Source> SOURCES = List.of(new Source(Source.SourceKind.ASSUMPTION, ASSUMED, null));
  // Ids of a tried act: the planner's prefix, the try and the case; the planned act's own id is cut to fit the bound.
  private static final int ID_ROOM = 100;

  private final String bookId;
  private final ZoneId zone;
  private final List<Act> record;

  /** A planner over one record: a scenario's acts, under whichever hypothesis they were drawn. */
  public Planner(String bookId, ZoneId zone, List<Act> record) {
    this.bookId = bookId;
    this.zone = zone;
    this.record = List.copyOf(record);
  }

  /**
   * The plan for {@code planned} (acts a board takes under a resolution, all at one time), made at {@code by}: the
   * record up to and including that moment is what has happened. With {@code by} null, the record before the acts.
   *
   * @throws IllegalArgumentException where the acts cannot be planned, saying why
   */
  public Plan plan(List<Act> planned, Instant by) {
    if (planned.isEmpty()) {
      throw new IllegalArgumentException("no act to plan");
    }
    Instant at = planned.get(0).meta().validAt();
    for (Act a : planned) {
      if (!Retarget.plannable(a)) {
        throw new IllegalArgumentException("act " + a.id() + " (" + a.getClass().getSimpleName() + ") is not one a"
            + " board takes under a resolution; the planner plans officer and director appointments and removals,"
            + " vacancies, bylaw amendments, determinations and committees");
      }
      if (!a.meta().validAt().equals(at)) {
        throw new IllegalArgumentException("act " + a.id() + " is at " + a.meta().validAt() + ", not at " + at
            + " as the first act: the planned acts are taken together, at one time");
      }
    }
    if (by != null && by.isAfter(at)) {
      throw new IllegalArgumentException("--by " + by + " is after the acts' time " + at + ": a plan is made before");
    }
    List<Act> before = record.stream()
        .filter(a -> by != null ? !a.meta().validAt().isAfter(by) : a.meta().validAt().isBefore(at)).toList();
    Book base = replay(before, List.of());
    StateView state = base.state(Basis.at(at), Register.LEGAL);
    Deciding d = deciding(planned, state);
    EntityOnRecord entity = state.entity(d.entity()).orElseThrow();
    Profile profile = Profiles.named(entity.profile()).orElseThrow();
    Parameters params = profile.defaults().overlaidBy(state.bylaws(d.entity()));
    List<String> directors = state.directorIds(d.body());
    if (directors.isEmpty()) {
      throw new IllegalArgumentException("body " + d.body() + " has no directors in office at " + at
          + " under the rules: no one can take the acts");
    }
    if (directors.size() > MAX_DIRECTORS) {
      throw new IllegalArgumentException("body " + d.body() + " has " + directors.size() + " directors; the planner"
          + " tries every set of directors, for at most " + MAX_DIRECTORS);
    }
    Context c = new Context(before, planned, d, profile, params, directors, by, officers(state, d.entity()));
    List<Plan.Route> routes = new ArrayList<>();
    Plan.Route meeting = meeting(c, at, null);
    routes.add(meeting);
    if (meeting.late()) {
      // Notice can no longer reach the directors in time: the earliest meeting that notice given now allows.
      Duration period = Duration.between(meeting.actBy(), at);
      if (!period.isZero()) {
        routes.add(meeting(c, by.plus(period), "the earliest special meeting notice given at the plan's moment allows"));
      }
    }
    routes.add(consent(c, at));
    Map<String, String> names = new LinkedHashMap<>();
    for (String p : c.people()) {
      names.put(p, state.person(p).map(x -> x.name()).filter(x -> x != null && !x.isBlank()).orElse(p));
    }
    return new Plan(by, at, d.entity(), d.body(), profile.name(), planned.stream().map(Act::id).toList(),
        directors, names, routes);
  }

  private record Deciding(String entity, String body) {}

  private record Context(List<Act> before, List<Act> planned, Deciding deciding, Profile profile,
      Parameters params, List<String> directors, Instant by, List<String> officers) {
    /** The directors, then the officers who are not directors: who might call a meeting. */
    List<String> people() {
      List<String> out = new ArrayList<>(directors);
      officers.stream().filter(p -> !out.contains(p)).forEach(out::add);
      return out;
    }
  }

  // The board that takes the acts: the body they name, else the board of their entity.
  private static Deciding deciding(List<Act> planned, StateView state) {
    String entity = null;
    String body = null;
    for (Act a : planned) {
      Optional<String> e = Validator.governingEntity((BindingAct) a, state);
      String b = switch (a) {
        case DirectorRemoved x -> x.body();
        case DirectorAppointed x -> x.body();
        case VacancyFilled x -> x.body();
        default -> e.flatMap(state::boardOf).map(BodyEstablished::body).orElse(null);
      };
      if (e.isEmpty() || state.entity(e.get()).isEmpty() || b == null || state.body(b).isEmpty()) {
        throw new IllegalArgumentException("act " + a.id() + ": the entity or board that would take it is not on"
            + " record before it");
      }
      if (entity != null && (!entity.equals(e.get()) || !body.equals(b))) {
        throw new IllegalArgumentException("act " + a.id() + " is taken by " + b + " of " + e.get() + ", the first"
            + " act by " + body + " of " + entity + ": the planned acts are taken by one board");
      }
      entity = e.get();
      body = b;
    }
    return new Deciding(entity, body);
  }

  private static List<String> officers(StateView state, String entity) {
    Set<String> out = new LinkedHashSet<>();
    state.officers(entity).values().stream().map(Tenure::person).forEach(out::add);
    return List.copyOf(out);
  }

  private Book replay(List<Act> before, List<Act> more) {
    Book b = new Book(bookId, zone);
    before.forEach(b::replay);
    more.forEach(b::replay);
    return b;
  }

  // A special meeting at {@code at}: called at the plan's moment (or, with none, at the notice deadline), notice to
  // every director who does not call it given as late as it may be and still count (or at once, when that is past).
  private Plan.Route meeting(Context c, Instant at, String why) {
    List<NoticeDeadlines.Deadline> deadlines = NoticeDeadlines.of(c.profile(), c.params(), at);
    NoticeDeadlines.Deadline best = deadlines.stream().filter(x -> x.latest() != null)
        .max(Comparator.comparing((NoticeDeadlines.Deadline x) -> x.doubt() == null)
            .thenComparing(NoticeDeadlines.Deadline::latest))
        .orElse(null);
    Instant due = best == null ? at : best.latest();
    boolean late = c.by() != null && c.by().isAfter(due);
    Instant call = c.by() != null ? c.by() : due;
    Instant notice = late ? c.by() : due;
    if (best == null) {
      why = why == null ? "the rules name no notice period for any method: notice is unknown" : why;
    } else if (late) {
      why = (why == null ? "" : why + "; ") + "notice was due by " + Labels.shortForm(due, zone) + ", before the plan's moment: only a"
          + " director's waiver stands in for it (in writing, before or after, or by attending without objecting at"
          + " the start)" + NoticeDeadlines.rule(c.profile()).map(r -> " [" + r.citation() + "]").orElse("");
    }
    Book book = replay(c.before(), List.of());
    List<String> mayCall = new ArrayList<>();
    Finding callRule = null;
    for (String p : c.people()) {
      MeetingCalled alone = new MeetingCalled(meta("plan-caller-" + p.substring(0, Math.min(p.length(), ID_ROOM)),
          call), "plan-caller-meeting", c.deciding().body(), List.of(p), at, MeetingKind.SPECIAL, null);
      Verdict v = book.check(alone);
      boolean may = v.status() == Status.VALID || v.status() == Status.VALID_WITH_WARNINGS;
      if (may) {
        mayCall.add(p);
      }
      // The rule's words, from a caller it lets call where there is one.
      if (!v.findings().isEmpty() && (callRule == null || may && mayCall.size() == 1)) {
        callRule = v.findings().get(0);
      }
    }
    List<String> callers = c.params().mayCallMeetings().stream().map(RuleLabels::caller).toList();
    List<Plan.Notice> notices = c.directors().stream().map(p -> new Plan.Notice(p, deadlines)).toList();
    Trial trial = new Trial(c, book) {
      @Override
      List<Act> acts(String tag, List<String> set, boolean othersAttend, String resolution) {
        return meetingActs(c, tag, set, othersAttend, resolution, call, notice, at, best);
      }
    };
    Sets sets = trial.sets(at, true);
    return new Plan.Route(Plan.Way.MEETING, at, due, late, why, mayCall, callers, callRule, notices, sets.asked(),
        sets.carry(), sets.mayCarry());
  }

  private Plan.Route consent(Context c, Instant at) {
    Book book = replay(c.before(), List.of());
    Trial trial = new Trial(c, book) {
      @Override
      List<Act> acts(String tag, List<String> set, boolean othersAttend, String resolution) {
        return List.of(new WrittenConsentSigned(meta(tag + "-consent", at), c.deciding().body(), resolution,
            "the planned acts", set, null));
      }
    };
    Sets sets = trial.sets(at, false);
    return new Plan.Route(Plan.Way.CONSENT, at, at, false, null, List.of(),
        List.of(), null, List.of(), sets.asked(), sets.carry(), sets.mayCarry());
  }

  private static List<Act> meetingActs(Context c, String tag, List<String> set, boolean othersAttend,
      String resolution, Instant call, Instant notice, Instant at, NoticeDeadlines.Deadline best) {
    String meeting = tag + "-meeting";
    List<Act> acts = new ArrayList<>();
    acts.add(new MeetingCalled(meta(tag + "-call", call), meeting, c.deciding().body(), set, at, MeetingKind.SPECIAL,
        "the planned acts"));
    List<Attendance> attendance = new ArrayList<>();
    List<VoteCast> votes = new ArrayList<>();
    for (String d : c.directors()) {
      boolean in = set.contains(d);
      if (!in && best != null) {
        acts.add(new NoticeGiven(meta(tag + "-notice-" + cut(d), notice), meeting, d, best.method()));
      }
      if (in || othersAttend) {
        attendance.add(new Attendance(d, AttendanceMode.IN_PERSON, null, null, !in));
        votes.add(new VoteCast(d, in ? VoteChoice.YES : VoteChoice.NO, null));
      }
    }
    acts.add(new MeetingHeld(meta(tag + "-held", at), meeting, attendance));
    acts.add(new MotionVoted(meta(tag + "-motion", at), meeting, resolution, "the planned acts", votes,
        Outcome.ADOPTED, null));
    return acts;
  }

  private static String cut(String id) {
    return id.length() <= ID_ROOM ? id : id.substring(0, ID_ROOM);
  }

  private static ActMeta meta(String id, Instant at) {
    return new ActMeta(id, at, at, "charter-plan", SOURCES, null, null);
  }

  /** The minimal sets found, and the findings of the acts taken with every director for them. */
  private record Sets(List<Finding> asked, List<Plan.Coalition> carry, List<Plan.Coalition> mayCarry) {}

  /**
   * One way of taking the acts, tried for every set of directors in one book: each try has its own meeting or consent
   * and resolution, and the planned acts under it are judged without entering the book, so tries never meet.
   */
  private abstract static class Trial {
    private final Context c;
    private final Book book;
    private int tries;

    Trial(Context c, Book book) {
      this.c = c;
      this.book = book;
    }

    /** The acts by which {@code set} takes the resolution, the others staying away or attending against it. */
    abstract List<Act> acts(String tag, List<String> set, boolean othersAttend, String resolution);

    Sets sets(Instant at, boolean othersMatter) {
      int n = c.directors().size();
      List<Integer> order = new ArrayList<>();
      for (int m = 1; m < (1 << n); m++) {
        order.add(m);
      }
      // By size, then in the register's order: a set with an earlier director comes first.
      order.sort(Comparator.comparingInt(Integer::bitCount)
          .thenComparing(m -> Integer.toUnsignedLong(Integer.reverse(m)), Comparator.reverseOrder()));
      List<Integer> carrying = new ArrayList<>();
      List<Integer> maybe = new ArrayList<>();
      List<Plan.Coalition> carry = new ArrayList<>();
      List<Plan.Coalition> mayCarry = new ArrayList<>();
      List<Finding> asked = List.of();
      for (int m : order) {
        final int mask = m;
        if (carrying.stream().anyMatch(s -> (s & mask) == s)) {
          continue;
        }
        List<String> set = members(mask);
        Outcome3 worst = tryOnce(set, false, at);
        if (othersMatter && set.size() < n) {
          worst = worst.worse(tryOnce(set, true, at));
        }
        if (set.size() == n) {
          asked = worst.all();
        }
        if (worst.status() == Status.VALID || worst.status() == Status.VALID_WITH_WARNINGS) {
          carrying.add(mask);
          carry.add(new Plan.Coalition(set, worst.status(), List.of()));
        } else if (worst.status() == Status.UNDETERMINED && maybe.stream().noneMatch(s -> (s & mask) == s)) {
          maybe.add(mask);
          mayCarry.add(new Plan.Coalition(set, worst.status(), worst.open()));
        }
      }
      if (asked.isEmpty()) {
        asked = tryOnce(c.directors(), false, at).all();
      }
      return new Sets(asked, carry, mayCarry);
    }

    private List<String> members(int mask) {
      List<String> out = new ArrayList<>();
      for (int i = 0; i < c.directors().size(); i++) {
        if ((mask & (1 << i)) != 0) {
          out.add(c.directors().get(i));
        }
      }
      return out;
    }

    private Outcome3 tryOnce(List<String> set, boolean othersAttend, Instant at) {
      String tag = "plan-" + (++tries);
      String resolution = tag + "-resolution";
      List<Act> acts = acts(tag, set, othersAttend, resolution);
      List<Verdict> verdicts = new ArrayList<>();
      for (Act a : acts) {
        verdicts.add(book.replay(a).verdict());
      }
      // The meeting's or consent's own verdicts say what the call, notice and attendance were; the resolution's act
      // (the last one) is what the planned acts rest on.
      Verdict resolved = verdicts.get(verdicts.size() - 1);
      List<Verdict> judged = new ArrayList<>(List.of(resolved));
      for (Act p : c.planned()) {
        judged.add(book.check(Retarget.under(p, tag + "-" + cut(p.id()), at, resolution)));
      }
      return Outcome3.of(judged);
    }
  }

  /** The worst verdict of a try's acts, every finding of them, and the ones that leave it undetermined. */
  private record Outcome3(Status status, List<Finding> all, List<Finding> open) {
    static Outcome3 of(List<Verdict> verdicts) {
      Status worst = Status.VALID;
      List<Finding> all = new ArrayList<>();
      List<Finding> open = new ArrayList<>();
      for (Verdict v : verdicts) {
        worst = worse(worst, v.status());
        for (Finding f : v.findings()) {
          // An act under the resolution shares the resolution's defects: that finding repeats the resolution's own.
          if (f.ruleId().equals("CH-basis")) {
            continue;
          }
          all.add(f);
          if (f.outcome() == Finding.Outcome.UNKNOWN && !open.contains(f)) {
            open.add(f);
          }
        }
      }
      return new Outcome3(worst, all, open);
    }

    Outcome3 worse(Outcome3 o) {
      // The other case's findings of a rule already open here say the same with other counts: the first case's stand.
      List<Finding> both = new ArrayList<>(open);
      o.open.stream().filter(f -> both.stream().noneMatch(x -> x.ruleId().equals(f.ruleId()))).forEach(both::add);
      return new Outcome3(worse(status, o.status), all, both);
    }

    private static Status worse(Status a, Status b) {
      return rank(b) > rank(a) ? b : a;
    }

    private static int rank(Status s) {
      return switch (s) {
        case VALID -> 0;
        case VALID_WITH_WARNINGS -> 1;
        case UNDETERMINED -> 2;
        case INVALID -> 3;
      };
    }
  }
}
