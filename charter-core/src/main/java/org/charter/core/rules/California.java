package org.charter.core.rules;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.charter.core.act.ActKind;
import org.charter.core.act.ActRatified;
import org.charter.core.act.BodyEstablished;
import org.charter.core.act.BodyKind;
import org.charter.core.act.Caller;
import org.charter.core.act.CourtValidated;
import org.charter.core.act.NoticeMethod;
import org.charter.core.act.QuorumBase;
import org.charter.core.act.Threshold;
import org.charter.core.act.VacancyFilled;
import org.charter.core.act.VoteBase;
import org.charter.core.act.VoteRule;

/**
 * The {@code california-stock} profile: the board rules of the California General Corporation Law (Cal. Corp. Code
 * §§ 300-318). Each quotation was checked against the text of the official leginfo download, current to 27 Nov 2025
 * (docs/research/california-corporations-code.md); the profile models today's text, not the text of earlier years.
 */
final class California {
  static final String NAME = "california-stock";
  private static final String CODE = "Cal. Corp. Code ";
  static final QuorumFloor FLOOR = new QuorumFloor(Threshold.ONE_THIRD, 2, CODE + "§ 307(a)(7): the articles or bylaws"
      + " may not set a quorum below one-third of the authorized number or two, whichever is larger (one, on a board"
      + " of one)", null);
  private static final String QUORUM = CODE + "§ 307(a)(7): a majority of the authorized number of directors";
  private static final String ELECTRONIC = "electronic transmission counts only where the director gave an unrevoked"
      + " consent to that means (" + CODE + "§ 20(b)), and no such consent is on record";

  // § 307(a)(2) names mail (four days), personal delivery, telephone and the corporation's electronic transmission (48
  // hours). A text or an email is an electronic transmission (§ 20(a)); a video link is none of the four by name.
  static final NoticeByMethod NOTICE = new NoticeByMethod(periods(), "four days before by mail, 48 hours before"
      + " delivered personally, by telephone or by electronic transmission,");

  private California() {}

  private static Map<NoticeMethod, NoticeByMethod.Period> periods() {
    Map<NoticeMethod, NoticeByMethod.Period> p = new EnumMap<>(NoticeMethod.class);
    p.put(NoticeMethod.MAIL, new NoticeByMethod.Period("notice by mail", 96, 4, null));
    p.put(NoticeMethod.IN_PERSON, new NoticeByMethod.Period("notice delivered personally", 48, 0, null));
    p.put(NoticeMethod.PHONE, new NoticeByMethod.Period("notice by telephone", 48, 0, null));
    p.put(NoticeMethod.TEXT, new NoticeByMethod.Period("notice by text message", 48, 0, ELECTRONIC));
    p.put(NoticeMethod.EMAIL, new NoticeByMethod.Period("notice by email", 48, 0, ELECTRONIC));
    p.put(NoticeMethod.VIDEO_LINK, new NoticeByMethod.Period("notice by video link", 48, 0, "§ 307(a)(2) does not name"
        + " a video call: it is neither mail nor, by the statute's words, telephone, and a live call leaves no record"
        + " (" + CODE + "§ 20(c)); a link sent as a message is an electronic transmission only with the director's"
        + " consent (§ 20(b)); whether this notice counts is unsettled"));
    return p;
  }

  static Profile profile() {
    Map<ActKind, VoteRule> t = new EnumMap<>(ActKind.class);
    // § 307(a)(8): the act of the board is a majority of the directors present at a meeting with a quorum.
    t.put(ActKind.GENERAL, Profiles.rule(VoteBase.PRESENT, Threshold.MAJORITY));
    t.put(ActKind.OFFICER_APPOINTMENT, Profiles.rule(VoteBase.PRESENT, Threshold.MAJORITY));
    t.put(ActKind.OFFICER_REMOVAL, Profiles.rule(VoteBase.PRESENT, Threshold.MAJORITY));
    Parameters defaults = new Parameters(Threshold.MAJORITY, QuorumBase.AUTHORIZED_SEATS, null, null,
        List.of(Caller.CHAIR, Caller.PRESIDENT, Caller.VICE_PRESIDENT, Caller.SECRETARY, Caller.TWO_DIRECTORS),
        true, true, t, RemovalAuthority.SHAREHOLDERS, List.of(), List.of(), null, List.of(), null);
    String officers = CODE + "§ 312(b): officers are chosen by the board and serve at its pleasure; the vote,"
        + " § 307(a)(8)";
    List<Rule> rules = List.of(
        new CallAuthorityRule("CA-307a1-call", CODE + "§ 307(a)(1): the chairperson of the board, the president, any"
            + " vice president, the secretary or any two directors"),
        new NoticeRule("CA-307a2-notice", CODE + "§ 307(a)(2); waiver § 307(a)(3); notice is given when sent, § 118",
            NOTICE),
        new RemoteAttendanceRule("CA-307a6-remote", CODE + "§ 307(a)(6)"),
        new QuorumRule("CA-307a7-quorum", QUORUM, FLOOR, null, CODE + "§ 307(c): § 307 applies to committees mutatis"
            + " mutandis, so a majority of the committee's members", CODE + "§ 307(a)(8): a meeting at which a quorum is"
            + " initially present may continue to transact business notwithstanding the withdrawal of directors"),
        new MotionVoteRule("CA-307a8-vote", CODE + "§ 307(a)(8)"),
        new WrittenConsentRule("CA-307b-consent", CODE + "§ 307(b): all members of the board consent in writing"),
        new ServingQuorumRule("CA-307b-serving", CODE + "§ 307(b): the members of the board serving at the time"
            + " constitute a quorum; " + QUORUM, FLOOR),
        new ResolutionBasisRule("CH-basis", "an act taken under a resolution shares its defects", "CA-307a7-quorum"),
        new TenureRule("CH-tenure", "the register must hold the seat or office the act changes"),
        new ElectionRule("CH-election", "directors are elected by those the articles and bylaws name"),
        new RemovalAuthorityRule("CA-303-removal", CODE + "§ 303(a) (removal approved by the outstanding shares,"
            + " § 152), § 303(c); the board only under § 302"),
        new KindThresholdRule(ActKind.OFFICER_APPOINTMENT, "CA-312b-officers", officers),
        new KindThresholdRule(ActKind.OFFICER_REMOVAL, "CA-312b-officers", officers),
        new OfficeRule("CA-312a-office", CODE + "§ 312(a): such other officers as the bylaws state or the board"
            + " determines"),
        new UnmodelledActsRule("CA-305-vacancies", CODE + "§ 305(a)", a -> a instanceof VacancyFilled,
            "who may fill this vacancy is not modelled for California: the board by approval (§ 151), a majority of"
            + " those in office where fewer than a quorum remain, and the shareholders alone for a vacancy left by a"
            + " removal unless the articles or a shareholders' bylaw let the board fill it"),
        new UnmodelledActsRule("CA-311-committee", CODE + "§ 311",
            a -> a instanceof BodyEstablished b && b.kind() == BodyKind.COMMITTEE,
            "a committee of the board of a California corporation needs a resolution adopted by a majority of the"
                + " authorized number of directors, and its powers exclude those § 311(a)-(g) list; that is not"
                + " modelled"),
        new UnmodelledActsRule("CA-cure", "no California ratification statute is modelled (8 Del. C. §§ 204 and 205"
            + " are Delaware's)", a -> a instanceof ActRatified || a instanceof CourtValidated,
            "cures of a California corporation's defective acts are not modelled"),
        new CompositionRule(),
        new CelConditionRule(),
        new SignatureRule("CH-signature", "the bylaws' required signatures; a signature that does not verify is"
            + " never ignored"));
    return new Profile(NAME, "California stock corporation (Cal. Corp. Code, General Corporation Law)", defaults,
        rules);
  }
}
