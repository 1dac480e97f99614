package org.charter.bench.gen;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.charter.core.act.Act;
import org.charter.core.act.ActMeta;
import org.charter.core.act.Attendance;
import org.charter.core.act.AttendanceMode;
import org.charter.core.act.BodyEstablished;
import org.charter.core.act.BodyKind;
import org.charter.core.act.BylawTerms;
import org.charter.core.act.BylawsAdopted;
import org.charter.core.act.ClassShare;
import org.charter.core.act.Count;
import org.charter.core.act.DirectorElected;
import org.charter.core.act.DirectorRemoved;
import org.charter.core.act.DirectorResigned;
import org.charter.core.act.DistributionMade;
import org.charter.core.act.EntityFormed;
import org.charter.core.act.EntityKind;
import org.charter.core.act.ExcessRule;
import org.charter.core.act.InterestClassDefined;
import org.charter.core.act.InterestKind;
import org.charter.core.act.InterestTransferred;
import org.charter.core.act.InvestmentMade;
import org.charter.core.act.MeetingCalled;
import org.charter.core.act.MeetingHeld;
import org.charter.core.act.MeetingKind;
import org.charter.core.act.MotionVoted;
import org.charter.core.act.NoticeGiven;
import org.charter.core.act.NoticeMethod;
import org.charter.core.act.Office;
import org.charter.core.act.OfficerAppointed;
import org.charter.core.act.OfficerRemoved;
import org.charter.core.act.OfficerResigned;
import org.charter.core.act.Outcome;
import org.charter.core.act.PersonDescribed;
import org.charter.core.act.PetitionOpened;
import org.charter.core.act.PetitionSigned;
import org.charter.core.act.Phase;
import org.charter.core.act.Source;
import org.charter.core.act.StatementMade;
import org.charter.core.act.VacancyFilled;
import org.charter.core.act.VoteCast;
import org.charter.core.act.VoteChoice;
import org.charter.core.act.WaterfallTermsSet;
import org.charter.core.act.WrittenConsentSigned;
import org.charter.core.verdict.Status;

/**
 * One entity's life in a synthetic book, episode by episode from its own random stream: a Delaware nonstock
 * corporation with a board, officers, meetings, consents, petitions and money. It keeps the register as the book will
 * hold it (who is seated, who holds which office), so every act it writes is one the rules can judge, and it knows the
 * verdict each should get.
 */
final class EntityScript {
  static final String RECORDED_BY = "bench-generator";
  /** Minutes are written up two hours after the fact, for every act alike, so each entity's acts stay in order. */
  static final Duration RECORD_LAG = Duration.ofHours(2);
  private static final List<Source> SOURCES =
      List.of(new Source(Source.SourceKind.ASSUMPTION, "synthetic book (charter-bench generator)", null));
  private static final Office[] STAFF = {Office.CEO, Office.PRESIDENT, Office.SECRETARY, Office.TREASURER,
      Office.CTO, Office.COO};
  private static final String[] FIRST = {"Ada", "Ben", "Chloe", "Dev", "Elena", "Femi", "Grace", "Hiro", "Ines",
      "Jonas", "Kemi", "Luca", "Maya", "Nils", "Olga", "Priya", "Quinn", "Rosa", "Sami", "Tara"};
  private static final String[] LAST = {"Adams", "Becker", "Costa", "Diallo", "Evans", "Fischer", "Garcia", "Haddad",
      "Ito", "Jensen", "Kowalski", "Larsen", "Moreau", "Nakamura", "Okafor", "Patel", "Quist", "Rossi", "Silva",
      "Tanaka"};

  private enum Motion { GENERAL, OFFICER_APPOINTMENT, OFFICER_REMOVAL, DIRECTOR_REMOVAL, VACANCY }

  final int index;
  final String entity;
  final String board;
  private final SplittableRandom rng;
  private final Mix mix;
  private final int boardSize;
  private final int quorum;
  private final ArrayDeque<GeneratedAct> queue = new ArrayDeque<>();
  private final List<String> seated = new ArrayList<>();
  private final List<String> people = new ArrayList<>();
  private final List<String> holders = new ArrayList<>();
  private final Map<Office, String> officers = new java.util.HashMap<>();
  private Instant clock;
  private boolean founded;
  private int meetings;
  private int resolutions;
  private int serial;

  EntityScript(int index, long seed, Mix mix, Instant start) {
    this.index = index;
    this.entity = "e" + index;
    this.board = entity + "-board";
    this.rng = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    this.mix = mix;
    this.boardSize = 5 + 2 * rng.nextInt(3);
    this.quorum = boardSize / 2 + 1;
    this.clock = start;
  }

  /** The next act of this entity, writing its next episode when the last is used up. */
  GeneratedAct peek() {
    while (queue.isEmpty()) {
      episode();
    }
    return queue.peekFirst();
  }

  GeneratedAct take() {
    peek();
    return queue.pollFirst();
  }

  private void episode() {
    if (!founded) {
      found();
      meeting(true);
      founded = true;
      return;
    }
    int pick = rng.nextInt(mix.total());
    if ((pick -= mix.meeting()) < 0) {
      meeting(false);
    } else if ((pick -= mix.writtenConsent()) < 0) {
      writtenConsent();
    } else if ((pick -= mix.directorResigns()) < 0) {
      directorResigns();
    } else if ((pick -= mix.officerResigns()) < 0) {
      officerResigns();
    } else if ((pick -= mix.petition()) < 0) {
      petition();
    } else if ((pick -= mix.capital()) < 0) {
      capital();
    } else if ((pick -= mix.statement()) < 0) {
      statement();
    } else {
      redescribe();
    }
    // The next episode starts between an hour and four days later.
    clock = clock.plus(Duration.ofMinutes(60 + rng.nextInt(4 * 24 * 60)));
  }

  private ActMeta meta(String id, Instant t) {
    return new ActMeta(id, t, t.plus(RECORD_LAG), RECORDED_BY, SOURCES, null);
  }

  private void emit(Act act, Status expected) {
    queue.addLast(new GeneratedAct(act, expected));
  }

  private Instant tick(long minutes) {
    clock = clock.plus(Duration.ofMinutes(minutes));
    return clock;
  }

  private void found() {
    emit(new EntityFormed(meta(entity + "-formed", clock), entity, "Synthetic Foundation " + index,
        EntityKind.NONPROFIT_CORPORATION, "Delaware", "delaware-nonstock", false), Status.VALID);
    BylawTerms terms = new BylawTerms("synthetic bylaws (assumed)", boardSize, null, null, 24, null, null, null, null,
        null, null, null);
    emit(new BylawsAdopted(meta(entity + "-bylaws", tick(1)), entity, terms), Status.VALID);
    emit(new BodyEstablished(meta(board + "-established", tick(1)), board, entity, BodyKind.BOARD,
        "Board of Directors"), Status.VALID);
    for (int i = 0; i < boardSize; i++) {
      String p = newPerson();
      emit(new DirectorElected(meta(entity + "-elected-" + p, tick(1)), board, p, "the incorporator"), Status.VALID);
      seated.add(p);
    }
    emit(new InterestClassDefined(meta(entity + "-class-units", tick(1)), entity, "units", InterestKind.LLC_UNITS,
        BigDecimal.TEN, "synthetic units capped at 10x"), Status.VALID);
    int investors = 3 + rng.nextInt(6);
    for (int i = 0; i < investors; i++) {
      invest(newHolder());
    }
    emit(new WaterfallTermsSet(meta(entity + "-terms", tick(1)), entity,
        List.of(new Phase("return", List.of(new ClassShare("units", BigDecimal.valueOf(100))), null)), entity,
        ExcessRule.RESIDUAL), Status.VALID);
    tick(60);
  }

  private String newPerson() {
    String p = entity + "-p" + people.size();
    int k = index * 7 + people.size();
    emit(new PersonDescribed(meta(entity + "-person-" + p, tick(1)), p,
        FIRST[k % FIRST.length] + " " + LAST[(k / FIRST.length) % LAST.length], null, List.of(), List.of(entity),
        null), Status.VALID);
    people.add(p);
    return p;
  }

  private String newHolder() {
    String h = entity + "-h" + holders.size();
    holders.add(h);
    return h;
  }

  private void invest(String holder) {
    BigDecimal amount = BigDecimal.valueOf((1 + rng.nextInt(500)) * 100_000_00L, 2);
    emit(new InvestmentMade(meta(entity + "-invest-" + (++serial), tick(1)), holder, entity, "units", amount, null,
        null), Status.VALID);
  }

  private <T> T pick(List<T> from) {
    return from.get(rng.nextInt(from.size()));
  }

  /** A board meeting: the call, notices of a special meeting, who attended, and one to three motions. */
  private void meeting(boolean founding) {
    String mid = entity + "-m" + (++meetings);
    boolean special = founding || rng.nextDouble() < mix.specialMeetingRate();
    String caller = pick(seated);
    Instant callAt = clock;
    Instant start = callAt.plus(Duration.ofDays(3));
    emit(new MeetingCalled(meta(mid + "-call", callAt), mid, board, List.of(caller), start,
        special ? MeetingKind.SPECIAL : MeetingKind.REGULAR, "board business"), Status.VALID);
    // Who stays away: never the caller, and never so many that the quorum fails.
    int spare = Math.min(2, seated.size() - quorum);
    int absent = founding || spare <= 0 ? 0 : Math.min(spare, rng.nextInt(10) < 7 ? 0 : rng.nextInt(10) < 7 ? 1 : 2);
    boolean late = !founding && special && spare > 0 && rng.nextDouble() < mix.lateNoticeRate();
    absent = late ? Math.max(absent, 1) : absent;
    List<String> away = new ArrayList<>();
    while (away.size() < absent) {
      String d = pick(seated);
      if (!d.equals(caller) && !away.contains(d)) {
        away.add(d);
      }
    }
    String lateOne = late ? away.get(0) : null;
    if (special) {
      NoticeMethod[] methods = {NoticeMethod.EMAIL, NoticeMethod.EMAIL, NoticeMethod.PHONE, NoticeMethod.TEXT};
      Instant at = callAt.plus(Duration.ofHours(1));
      for (String d : seated) {
        if (!d.equals(lateOne)) {
          at = at.plus(Duration.ofMinutes(1));
          emit(new NoticeGiven(meta(mid + "-notice-" + d, at), mid, d, methods[rng.nextInt(methods.length)]),
              Status.VALID);
        }
      }
      if (lateOne != null) {
        // Two hours before the meeting, when the bylaws ask for 24: the motions are void.
        emit(new NoticeGiven(meta(mid + "-notice-" + lateOne, start.minus(Duration.ofHours(2))), mid, lateOne,
            NoticeMethod.EMAIL), Status.VALID);
      }
    }
    List<String> present = new ArrayList<>();
    List<Attendance> attendance = new ArrayList<>();
    for (String d : seated) {
      if (!away.contains(d)) {
        present.add(d);
        attendance.add(new Attendance(d, rng.nextInt(3) == 0 ? AttendanceMode.VIDEO : AttendanceMode.IN_PERSON, null,
            null, false));
      }
    }
    clock = start;
    emit(new MeetingHeld(meta(mid + "-held", clock), mid, attendance), Status.VALID);
    int motions = founding ? 3 : 1 + rng.nextInt(3);
    String filling = null;
    for (int j = 0; j < motions; j++) {
      boolean noTally = !founding && rng.nextDouble() < mix.missingTallyRate();
      Status status = late ? Status.INVALID : noTally ? Status.UNDETERMINED : Status.VALID;
      Motion kind = founding ? Motion.OFFICER_APPOINTMENT : motion(status == Status.VALID, present, caller,
          filling != null);
      String rid = entity + "-r" + (++resolutions);
      String target = kind == Motion.DIRECTOR_REMOVAL ? removable(present, caller) : null;
      List<VoteCast> votes = noTally ? List.of() : votes(present, target);
      emit(new MotionVoted(meta(rid, tick(10)), mid, rid, text(kind), votes, Outcome.ADOPTED, null), status);
      switch (kind) {
        case OFFICER_APPOINTMENT -> appointOfficer(rid, founding ? new Office[] {Office.CHAIR, Office.CEO,
            Office.SECRETARY}[j] : null, status);
        case OFFICER_REMOVAL -> {
          Office o = pick(new ArrayList<>(officers.keySet()));
          emit(new OfficerRemoved(meta(rid + "-removal", tick(1)), entity, o, officers.remove(o), rid), status);
        }
        case DIRECTOR_REMOVAL -> {
          emit(new DirectorRemoved(meta(rid + "-removal", tick(1)), board, target, rid), status);
          leaveBoard(target);
          present.remove(target);
        }
        case VACANCY -> filling = rid;
        case GENERAL -> { }
      }
    }
    if (filling != null) {
      // A new director takes the seat once the meeting is over, so no later motion counts them as absent.
      String p = people.size() > seated.size() + 2 && rng.nextBoolean() ? formerDirector() : newPerson();
      emit(new VacancyFilled(meta(filling + "-filled", tick(5)), board, p, filling), Status.VALID);
      seated.add(p);
    }
  }

  /** A motion kind that the record allows now; a void or undetermined motion only names or appoints. */
  private Motion motion(boolean valid, List<String> present, String caller, boolean filling) {
    int r = rng.nextInt(100);
    if (r < 55) {
      return Motion.GENERAL;
    }
    if (r < 75 || !valid) {
      return Motion.OFFICER_APPOINTMENT;
    }
    if (r < 85 && seated.size() < boardSize && !filling) {
      return Motion.VACANCY;
    }
    if (r < 92 && !officers.isEmpty()) {
      return Motion.OFFICER_REMOVAL;
    }
    if (seated.size() - 1 > quorum && present.size() - 1 >= quorum && removable(present, caller) != null) {
      return Motion.DIRECTOR_REMOVAL;
    }
    return Motion.GENERAL;
  }

  /** A director the board may remove now: not the one who called the meeting (the call would lose its caller). */
  private String removable(List<String> present, String caller) {
    for (int i = present.size() - 1; i >= 0; i--) {
      if (!present.get(i).equals(caller)) {
        return present.get(i);
      }
    }
    return null;
  }

  /** Votes of the directors present: enough yes for a majority of those in office, a few no or abstain. */
  private List<VoteCast> votes(List<String> present, String target) {
    int dissentAllowed = present.size() - (seated.size() / 2 + 1);
    int dissent = target != null ? 1 : 0;
    List<VoteCast> votes = new ArrayList<>(present.size());
    for (String d : present) {
      VoteChoice c = VoteChoice.YES;
      if (d.equals(target)) {
        c = VoteChoice.NO;
      } else if (dissent < dissentAllowed && rng.nextInt(8) == 0) {
        dissent++;
        c = rng.nextBoolean() ? VoteChoice.NO : VoteChoice.ABSTAIN;
      }
      votes.add(new VoteCast(d, c, null));
    }
    return votes;
  }

  private static String text(Motion kind) {
    return switch (kind) {
      case GENERAL -> "RESOLVED, that the budget and the minutes of the last meeting are approved";
      case OFFICER_APPOINTMENT -> "RESOLVED, that the person named is appointed to the office named";
      case OFFICER_REMOVAL -> "RESOLVED, that the officer named is removed from office";
      case DIRECTOR_REMOVAL -> "RESOLVED, that the director named is removed from the board";
      case VACANCY -> "RESOLVED, that the vacancy on the board is filled by the person named";
    };
  }

  private void appointOfficer(String rid, Office office, Status status) {
    Office o = office != null ? office : rng.nextInt(4) == 0 ? Office.CHAIR : STAFF[rng.nextInt(STAFF.length)];
    String p = o.equals(Office.CHAIR) || rng.nextBoolean() ? pick(seated)
        : people.size() > seated.size() && rng.nextBoolean() ? formerDirector() : newPerson();
    emit(new OfficerAppointed(meta(rid + "-appointment", tick(1)), entity, o, p, rid), status);
    officers.put(o, p);
  }

  private String formerDirector() {
    while (true) {
      String p = pick(people);
      if (!seated.contains(p)) {
        return p;
      }
    }
  }

  private void leaveBoard(String person) {
    seated.remove(person);
    // A chair who leaves the board leaves the chair with it.
    if (person.equals(officers.get(Office.CHAIR))) {
      officers.remove(Office.CHAIR);
    }
  }

  /** Every director signs a written consent, which appoints an officer or fills a vacancy. */
  private void writtenConsent() {
    String rid = entity + "-r" + (++resolutions);
    emit(new WrittenConsentSigned(meta(rid, clock), board, rid, "RESOLVED, by unanimous written consent",
        List.copyOf(seated), null), Status.VALID);
    tick(60);
    if (seated.size() < boardSize && rng.nextBoolean()) {
      String p = people.size() > seated.size() + 2 && rng.nextBoolean() ? formerDirector() : newPerson();
      emit(new VacancyFilled(meta(rid + "-filled", tick(1)), board, p, rid), Status.VALID);
      seated.add(p);
    } else if (rng.nextBoolean()) {
      appointOfficer(rid, STAFF[rng.nextInt(STAFF.length)], Status.VALID);
    }
  }

  private void directorResigns() {
    if (seated.size() - 1 <= quorum) {
      statement();
      return;
    }
    String p = pick(seated);
    emit(new DirectorResigned(meta(entity + "-resigned-" + (++serial), clock), board, p), Status.VALID);
    leaveBoard(p);
  }

  private void officerResigns() {
    if (officers.isEmpty()) {
      statement();
      return;
    }
    Office o = pick(new ArrayList<>(officers.keySet()));
    emit(new OfficerResigned(meta(entity + "-resigned-" + (++serial), clock), entity, o, officers.remove(o)),
        Status.VALID);
  }

  /** An open letter to the entity, signed by employees in a few waves. */
  private void petition() {
    String pid = entity + "-petition-" + (++serial);
    emit(new PetitionOpened(meta(pid + "-opened", clock), pid, entity, "We ask the board to reconsider."),
        Status.VALID);
    int waves = 2 + rng.nextInt(7);
    long signatures = 0;
    for (int w = 0; w < waves; w++) {
      List<String> named = new ArrayList<>();
      int n = 1 + rng.nextInt(4);
      for (int i = 0; i < n; i++) {
        named.add(entity + "-staff" + rng.nextInt(700));
      }
      signatures += 20 + rng.nextInt(100);
      emit(new PetitionSigned(meta(pid + "-wave-" + w, tick(60 + rng.nextInt(600))), pid, named,
          new Count(signatures, Count.Qualifier.AT_LEAST), new Count(700, Count.Qualifier.ABOUT)), Status.VALID);
    }
  }

  /** Money: mostly distributions through the waterfall, some new investment, now and then a transfer. */
  private void capital() {
    int r = rng.nextInt(10);
    if (r < 7) {
      BigDecimal amount = BigDecimal.valueOf((1 + rng.nextInt(10_000)) * 1_000_00L, 2);
      emit(new DistributionMade(meta(entity + "-distribution-" + (++serial), clock), entity, amount), Status.VALID);
    } else if (r < 9) {
      invest(rng.nextBoolean() ? pick(holders) : newHolder());
    } else {
      String from = pick(holders);
      emit(new InterestTransferred(meta(entity + "-transfer-" + (++serial), clock), from, newHolder(), entity,
          "units", new BigDecimal("0.25")), Status.VALID);
    }
  }

  private void statement() {
    String by = rng.nextBoolean() ? entity : pick(seated);
    emit(new StatementMade(meta(entity + "-statement-" + (++serial), clock), by,
        "The board remains committed to the mission."), null);
  }

  private void redescribe() {
    String p = pick(people);
    int k = index * 7 + people.indexOf(p);
    emit(new PersonDescribed(meta(entity + "-described-" + (++serial), clock), p,
        FIRST[k % FIRST.length] + " " + LAST[(k / FIRST.length) % LAST.length], List.of(entity), List.of(),
        List.of(entity), null), Status.VALID);
  }
}
