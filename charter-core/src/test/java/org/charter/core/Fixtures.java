package org.charter.core;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.charter.core.act.Act;
import org.charter.core.act.ActMeta;
import org.charter.core.act.Attendance;
import org.charter.core.act.AttendanceMode;
import org.charter.core.act.BodyEstablished;
import org.charter.core.act.BodyKind;
import org.charter.core.act.BylawTerms;
import org.charter.core.act.BylawsAdopted;
import org.charter.core.act.DirectorElected;
import org.charter.core.act.EntityEntered;
import org.charter.core.act.EntityFormed;
import org.charter.core.act.EntityKind;
import org.charter.core.act.MeetingCalled;
import org.charter.core.act.MeetingHeld;
import org.charter.core.act.MeetingKind;
import org.charter.core.act.MotionVoted;
import org.charter.core.act.NoticeGiven;
import org.charter.core.act.NoticeMethod;
import org.charter.core.act.Office;
import org.charter.core.act.OfficerAppointed;
import org.charter.core.act.OfficerRemoved;
import org.charter.core.act.Outcome;
import org.charter.core.act.PersonDescribed;
import org.charter.core.act.VoteCast;
import org.charter.core.act.VoteChoice;
import org.charter.core.book.Book;
import org.charter.core.book.Recorded;

/** A small organisation built in code for rule tests: one entity, its board of directors d1..dN, and a CEO. */
public final class Fixtures {
  public static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
  private int n;
  public final Book book = new Book("acme", ZoneOffset.UTC);

  public static Instant day(int d) {
    return T0.plusSeconds(86_400L * d);
  }

  public static Instant at(int d, int hour) {
    return day(d).plusSeconds(3600L * hour);
  }

  public ActMeta meta(Instant t) {
    return ActMeta.of("a" + (++n), t);
  }

  /**
   * An entity with {@code directors} directors (d1..dN, d1 CEO), the given profile and bylaws; where the bylaws fix no
   * board size, the board has one seat per director.
   */
  public Fixtures org(String profile, int directors, BylawTerms bylaws, Boolean hasMembers) {
    return orgOfUnknownSize(profile, directors, bylaws.boardSize() != null ? bylaws : sized(bylaws, directors),
        hasMembers);
  }

  /** {@link #org}, with the board size left as the bylaws have it (none on record when they fix none). */
  public Fixtures orgOfUnknownSize(String profile, int directors, BylawTerms bylaws, Boolean hasMembers) {
    return org(profile, directors, bylaws, hasMembers, false);
  }

  /** {@link #org}, the entity entered on the record (formed on a date not on record) rather than formed on it. */
  public Fixtures enteredOrg(String profile, int directors, BylawTerms bylaws) {
    return org(profile, directors, bylaws.boardSize() != null ? bylaws : sized(bylaws, directors), null, true);
  }

  private Fixtures org(String profile, int directors, BylawTerms bylaws, Boolean hasMembers, boolean entered) {
    boolean stock = profile.equals("delaware-stock") || profile.equals("california-stock");
    EntityKind kind = stock ? EntityKind.CORPORATION : EntityKind.NONPROFIT_CORPORATION;
    String state = profile.startsWith("california") ? "California" : "Delaware";
    book.replay(entered ? new EntityEntered(meta(T0), "acme", "Acme", kind, state, profile, hasMembers)
        : new EntityFormed(meta(T0), "acme", "Acme", kind, state, profile, hasMembers));
    book.replay(new BodyEstablished(meta(T0), "board", "acme", BodyKind.BOARD, "Board"));
    book.replay(new BylawsAdopted(meta(T0), "acme", bylaws));
    for (int i = 1; i <= directors; i++) {
      book.replay(new PersonDescribed(meta(T0), "d" + i, "Director " + i, List.of(), List.of(), List.of(), null));
      book.replay(new DirectorElected(meta(T0), "board", "d" + i, "incorporator"));
    }
    book.replay(new OfficerAppointed(meta(T0), "acme", Office.CEO, "d1", null));
    return this;
  }

  public static BylawTerms sized(BylawTerms b, int seats) {
    return new BylawTerms(b.citation(), seats, b.quorum(), b.quorumBase(), b.noticeHours(), b.mayCallMeetings(),
        b.writtenConsent(), b.remoteAttendance(), b.thresholds(), b.composition(), b.conditions(),
        b.signaturesRequired(), b.offices(), b.writtenConsentThreshold());
  }

  public static BylawTerms bylaws(Integer noticeHours) {
    return new BylawTerms("test bylaws", null, null, null, noticeHours, null, null, null, null, null, null, null);
  }

  public static List<String> ids(int from, int to) {
    List<String> out = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      out.add("d" + i);
    }
    return out;
  }

  /** A special meeting on {@code day} at noon, called by d1, with notice to {@code noticed} two days before. */
  public List<Act> meeting(String id, int day, List<String> noticed, List<String> present) {
    List<Act> acts = new ArrayList<>();
    acts.add(new MeetingCalled(meta(day(day - 2)), id, "board", List.of("d1"), at(day, 12), MeetingKind.SPECIAL,
        "remove the CEO"));
    for (String d : noticed) {
      acts.add(new NoticeGiven(meta(day(day - 2)), id, d, NoticeMethod.EMAIL));
    }
    List<Attendance> att = present.stream()
        .map(p -> new Attendance(p, AttendanceMode.IN_PERSON, null, null, false)).toList();
    acts.add(new MeetingHeld(meta(at(day, 12)), id, att));
    return acts;
  }

  public static List<VoteCast> votes(List<String> yes, List<String> no, List<String> abstain) {
    List<VoteCast> out = new ArrayList<>();
    yes.forEach(p -> out.add(new VoteCast(p, VoteChoice.YES, null)));
    no.forEach(p -> out.add(new VoteCast(p, VoteChoice.NO, null)));
    abstain.forEach(p -> out.add(new VoteCast(p, VoteChoice.ABSTAIN, null)));
    return out;
  }

  public MotionVoted motion(String meeting, String res, int day, List<VoteCast> votes) {
    return new MotionVoted(meta(at(day, 12).plusSeconds(600)), meeting, res, "remove the CEO", votes,
        Outcome.ADOPTED, null);
  }

  public OfficerRemoved removeCeo(String res, int day) {
    return new OfficerRemoved(meta(at(day, 12).plusSeconds(660)), "acme", Office.CEO, "d1", res);
  }

  public List<Recorded> replayAll(List<? extends Act> acts) {
    List<Recorded> out = new ArrayList<>();
    for (Act a : acts) {
      out.add(book.replay(a));
    }
    return out;
  }

  /** The finding of one rule in a verdict; fails the test when the rule said nothing. */
  public static org.charter.core.verdict.Finding finding(org.charter.core.verdict.Verdict v, String rule) {
    return v.findings().stream().filter(f -> f.ruleId().equals(rule)).findFirst().orElseThrow(
        () -> new AssertionError("no finding of " + rule + " in " + v.findings()));
  }

  public Recorded replay(Act a) {
    return book.replay(a);
  }
}
