package org.charter.core.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.charter.core.act.ActKind;
import org.charter.core.act.Caller;
import org.charter.core.act.QuorumBase;
import org.charter.core.act.Threshold;
import org.charter.core.act.VoteBase;
import org.charter.core.act.VoteRule;

/**
 * The statute profiles Charter ships: Delaware nonstock, Delaware stock, California stock ({@link California}), Robert's
 * Rules, and {@code none} for an entity
 * whose statute is not modelled. Rule ids follow
 * docs/rules.md; each citation names the statute section or authority the rule comes from.
 */
public final class Profiles {
  private static final Map<String, Profile> ALL = new LinkedHashMap<>();
  /** The name of the profile that models no statute. */
  public static final String NONE = "none";
  // The majority-of-the-total sentence was checked against delcode.delaware.gov (title 8, ch. 1, subch. IV); the floor's
  // wording is the statute's as quoted in board-law.md, where the page's text was cut before it.
  private static final String QUORUM_FLOOR = "8 Del. C. § 141(b): the bylaws may lower quorum to no less than 1/3 of"
      + " the total number of directors";
  private static final String QUORUM = "8 Del. C. § 141(b): a majority of the total number of directors, vacancies"
      + " included (Mecleary, 1923)";
  private static final String VACANCIES = "8 Del. C. § 223(a): a majority of the directors then in office, although"
      + " less than a quorum; In re Chelsea Exchange Corp. (Del. Ch.)";

  // Whether 8 Del. C. § 204 reaches a nonstock corporation, from the text (docs/rules.md, "Cures"): § 114(a) applies
  // the chapter to nonstock corporations, reading stockholders as members, and neither list of § 114(b) excepts
  // § 204 or § 205; § 114(c)(3) keeps §§ 204 and 205 for nonprofit nonstock corporations.
  static final String NONSTOCK_204 = "8 Del. C. § 114(a) applies the chapter to nonstock corporations (stockholders"
      + " read as members) and § 114(b) does not except § 204; § 114(c)(3) keeps §§ 204 and 205 for nonprofit"
      + " nonstock corporations (that wording from an unofficial copy of the Code, not yet checked against"
      + " delcode.delaware.gov)";
  static final String NONSTOCK_204_UNSETTLED = null;
  // § 109(b): the bylaws may hold any provision "not inconsistent with law"; a consent by fewer than all directors is.
  private static final String BYLAW_LIMIT = "8 Del. C. § 109(b): bylaws may not be inconsistent with law";
  private static final Rule STATUTE_CONSENT = new WrittenConsentRule("DE-141f-consent", "8 Del. C. § 141(f)",
      BYLAW_LIMIT, null);
  // A nonstock corporation's directors may be its members (§ 102(a)(4)); whether they may then act by a majority's
  // consent as members (§§ 114(a), 228(a)) rather than by all directors' (§ 141(f)) is left open by default.
  private static final Rule NONSTOCK_CONSENT = new WrittenConsentRule("DE-141f-consent", "8 Del. C. § 141(f)",
      BYLAW_LIMIT, "8 Del. C. §§ 102(a)(4), 114(a), 228(a): directors as members, a reading not settled");

  static {
    register(nonstock("delaware-nonstock", "Delaware nonstock corporation (8 Del. C., with § 114)", NONSTOCK_CONSENT));
    register(delaware("delaware-stock", "Delaware stock corporation (8 Del. C.)",
        RemovalAuthority.STOCKHOLDERS, "DE-141k-removal", "8 Del. C. § 141(k)",
        new QuorumFloor(Threshold.ONE_THIRD, QUORUM_FLOOR, null),
        new CureRule("DE-204-ratify", "DE-ratify-ordinary", "DE-205-court", "§ 204(a): a corporation's board may"
            + " ratify a defective corporate act", null), STATUTE_CONSENT));
    register(California.profile());
    register(robertsRules());
    register(notModelled());
    register(delawareLlc());
    // The two readings of a bylaw that lets a majority of a nonstock corporation's directors act by written consent,
    // each a profile a hypothesis can name (docs/rules.md, "Written consent"); no scenario gets either by default.
    register(nonstock("delaware-nonstock-141f", "Delaware nonstock corporation, written consent by all directors"
        + " whatever the bylaws say (8 Del. C. §§ 141(f), 109(b): one reading)", STATUTE_CONSENT));
    register(nonstock("delaware-nonstock-members-228", "Delaware nonstock corporation, its directors acting as its"
        + " members by written consent (8 Del. C. §§ 102(a)(4), 114(a), 228(a): one reading, not settled)",
        new MembersConsentRule("DE-228-members-consent", "one reading of 8 Del. C. § 102(a)(4) (members deemed to be"
            + " those entitled to elect the governing body, where the certificate and bylaws provide for none),"
            + " § 114(a) (stockholders read as members) and § 228(a) (members' action by the written consent of those"
            + " with the votes a meeting would need); not settled, against § 141(f)")));
  }

  /** The profile of an entity whose statute is not modelled (a Washington corporation, an LP): nothing is assumed. */
  private static Profile notModelled() {
    Map<ActKind, VoteRule> t = new EnumMap<>(ActKind.class);
    t.put(ActKind.GENERAL, rule(VoteBase.PRESENT, Threshold.MAJORITY));
    Parameters defaults = new Parameters(Threshold.MAJORITY, QuorumBase.AUTHORIZED_SEATS, null, null, List.of(),
        false, false, t, RemovalAuthority.BODY, List.of(), List.of(), null, List.of(), null);
    return new Profile(NONE, "no profile: the statute is not modelled", defaults,
        List.of(new NotModelledRule("CH-no-profile")));
  }

  /**
   * A Delaware limited liability company (6 Del. C. ch. 18): governed by its agreement, the Act's rules defaults only.
   * Its parameters decide nothing: the one rule finds every governed act unknown (LlcAgreementRule).
   */
  private static Profile delawareLlc() {
    Map<ActKind, VoteRule> t = new EnumMap<>(ActKind.class);
    t.put(ActKind.GENERAL, rule(VoteBase.PRESENT, Threshold.MAJORITY));
    Parameters defaults = new Parameters(Threshold.MAJORITY, QuorumBase.AUTHORIZED_SEATS, null, null, List.of(),
        true, false, t, RemovalAuthority.BODY, List.of(), List.of(), null, List.of(), null);
    // § 18-402's text was read in a reproduction of the Act (formacompany.com); §§ 18-302(d) and 18-404(d) are cited
    // from the Act's structure and not yet checked against delcode.delaware.gov (docs/rules.md says so).
    return new Profile("delaware-llc", "Delaware limited liability company (6 Del. C. ch. 18), governed by its"
        + " limited liability company agreement", defaults, List.of(new LlcAgreementRule("DE-LLC-agreement",
            "6 Del. C. § 18-1101(b): maximum effect to freedom of contract and the LLC agreement; § 18-402 (management"
            + " by the members, or a manager the agreement provides for), §§ 18-302(d), 18-404(d) (action by"
            + " consent): defaults unless the agreement provides otherwise")));
  }

  private Profiles() {}


  private static void register(Profile p) {
    ALL.put(p.name(), p);
  }

  public static Optional<Profile> named(String name) {
    return Optional.ofNullable(ALL.get(name));
  }

  public static Map<String, Profile> all() {
    return java.util.Collections.unmodifiableMap(ALL);
  }

  /** A Delaware nonstock corporation (8 Del. C. § 114), with the written-consent rule of one reading or none. */
  private static Profile nonstock(String name, String title, Rule consent) {
    return delaware(name, title, RemovalAuthority.MEMBERS_OR_DIRECTORS_AS_MEMBERS, "DE-nonstock-114",
        "8 Del. C. §§ 114, 141(k); Hockessin Cmty. Ctr. v. Swift (Del. Ch. 2012)",
        new QuorumFloor(Threshold.ONE_THIRD, QUORUM_FLOOR, "8 Del. C. § 141(j): the certificate of incorporation of a"
            + " nonstock corporation may set a quorum below 1/3 (research note [K]; text not found to check)"),
        new CureRule("DE-204-ratify", "DE-ratify-ordinary", "DE-205-court", NONSTOCK_204, NONSTOCK_204_UNSETTLED),
        consent);
  }

  static VoteRule rule(VoteBase base, Threshold t) {
    return new VoteRule(base, t);
  }

  private static Profile delaware(
      String name, String title, RemovalAuthority removal, String removalId, String removalCitation,
      QuorumFloor floor, CureRule cure, Rule consent) {
    Map<ActKind, VoteRule> t = new EnumMap<>(ActKind.class);
    t.put(ActKind.GENERAL, rule(VoteBase.PRESENT, Threshold.MAJORITY));
    t.put(ActKind.OFFICER_APPOINTMENT, rule(VoteBase.PRESENT, Threshold.MAJORITY));
    t.put(ActKind.OFFICER_REMOVAL, rule(VoteBase.PRESENT, Threshold.MAJORITY));
    t.put(ActKind.BYLAWS_AMENDMENT, rule(VoteBase.PRESENT, Threshold.MAJORITY));
    // Directors acting as members vote as members do: a majority of those entitled to vote, not of those present.
    t.put(ActKind.DIRECTOR_REMOVAL, rule(VoteBase.DIRECTORS_IN_OFFICE, Threshold.MAJORITY));
    // A vacancy is filled by a majority of the directors then in office, even if less than a quorum.
    t.put(ActKind.VACANCY, rule(VoteBase.DIRECTORS_IN_OFFICE, Threshold.MAJORITY));
    t.put(ActKind.DIRECTOR_APPOINTMENT, rule(VoteBase.DIRECTORS_IN_OFFICE, Threshold.MAJORITY));
    Parameters defaults = new Parameters(Threshold.MAJORITY, QuorumBase.AUTHORIZED_SEATS, null, null,
        List.of(Caller.ANY_DIRECTOR), true, true, t, removal, List.of(), List.of(), null, List.of(), null);
    List<Rule> rules = new ArrayList<>(List.of(
        new CallAuthorityRule("DE-notice-call", "bylaws (8 Del. C. § 141 sets no caller); Klaassen v. Allegro (Del. 2014)"),
        new NoticeRule("DE-notice", "bylaws' notice; waiver 8 Del. C. § 229; void without it: Fogel v. U.S. Energy"
            + " Sys. (Del. Ch. 2007)"),
        new RemoteAttendanceRule("DE-141i-remote", "8 Del. C. § 141(i)"),
        new QuorumRule("DE-141b-quorum", QUORUM, floor, VACANCIES, "8 Del. C. § 141(c)(4)"),
        new MotionVoteRule("DE-141b-vote", "8 Del. C. § 141(b)"),
        new InterestedDirectorsRule("DE-144-interested", "8 Del. C. § 144"),
        consent,
        new ResolutionBasisRule("CH-basis", "an act taken under a resolution shares its defects"
            + " (Klaassen v. Allegro, 106 A.3d 1035: void vs voidable)", "DE-141b-quorum"),
        new TenureRule("CH-tenure", "8 Del. C. §§ 141(b), 142: the register must hold the seat or office"),
        new ElectionRule("CH-election", "8 Del. C. § 211 (stock), § 215 (nonstock): directors are elected"),
        new RemovalAuthorityRule(removalId, removalCitation),
        new KindThresholdRule(ActKind.OFFICER_APPOINTMENT, "DE-142-officers", "8 Del. C. § 142(b)"),
        new OfficeRule("DE-142a-office", "8 Del. C. § 142(a)"),
        new CommitteeRule("DE-141c-committee", "8 Del. C. § 141(c)(2)"),
        new KindThresholdRule(ActKind.OFFICER_REMOVAL, "DE-142-officers", "8 Del. C. § 142(b)"),
        new KindThresholdRule(ActKind.VACANCY, "DE-223-vacancies", VACANCIES, true),
        new KindThresholdRule(ActKind.DIRECTOR_APPOINTMENT, "DE-223-vacancies", VACANCIES),
        new KindThresholdRule(ActKind.BYLAWS_AMENDMENT, "DE-141b-vote", "8 Del. C. §§ 109, 141(b)"),
        new CompositionRule(),
        new CelConditionRule(),
        new SignatureRule("CH-signature", "the bylaws' required signatures; 8 Del. C. § 116 (electronic"
            + " signatures); a signature that does not verify is never ignored"),
        cure));
    return new Profile(name, title, defaults, rules);
  }

  private static Profile robertsRules() {
    Map<ActKind, VoteRule> t = new EnumMap<>(ActKind.class);
    for (ActKind k : ActKind.values()) {
      t.put(k, rule(VoteBase.VOTES_CAST, Threshold.MAJORITY));
    }
    t.put(ActKind.DIRECTOR_REMOVAL, rule(VoteBase.VOTES_CAST, Threshold.TWO_THIRDS));
    t.put(ActKind.OFFICER_REMOVAL, rule(VoteBase.VOTES_CAST, Threshold.TWO_THIRDS));
    Parameters defaults = new Parameters(Threshold.MAJORITY, QuorumBase.SEATS_FILLED, null, null,
        List.of(Caller.CHAIR, Caller.TWO_DIRECTORS), false, false, t, RemovalAuthority.BODY, List.of(), List.of(),
        null, List.of(), null);
    String ronr = "Robert's Rules of Order Newly Revised (12th ed.)";
    List<Rule> rules = List.of(
        // Its own id: the notice rule below is RR-special-meeting, and both judge the same motion.
        new CallAuthorityRule("RR-special-meeting-call", ronr + ", special meetings: who may call one"),
        new NoticeRule("RR-special-meeting", ronr + ", special meetings: previous notice"),
        new RemoteAttendanceRule("RR-no-absentee", ronr + ": no electronic meetings unless the bylaws allow"),
        new QuorumRule("RR-quorum", ronr + ", quorum: a majority of the membership", null, null, null),
        new MotionVoteRule("RR-majority", ronr + ", majority: more than half the votes cast"),
        new WrittenConsentRule("RR-no-absentee", ronr + ": no absentee votes unless the bylaws allow"),
        new ResolutionBasisRule("CH-basis", "an act taken under a resolution shares its defects", "RR-quorum"),
        new TenureRule("CH-tenure", "the register must hold the seat or office the act changes"),
        new ElectionRule("CH-election", "directors are elected by those the bylaws name"),
        new RemovalAuthorityRule("RR-removal", ronr + ", removal from office: two-thirds"),
        new KindThresholdRule(ActKind.OFFICER_REMOVAL, "RR-two-thirds", ronr + ", two-thirds to take away office"),
        new KindThresholdRule(ActKind.OFFICER_APPOINTMENT, "RR-majority", ronr + ", majority"),
        new KindThresholdRule(ActKind.VACANCY, "RR-majority", ronr + ", majority"),
        new KindThresholdRule(ActKind.DIRECTOR_APPOINTMENT, "RR-majority", ronr + ", majority"),
        new KindThresholdRule(ActKind.BYLAWS_AMENDMENT, "RR-majority", ronr + ", majority"),
        new CompositionRule(),
        new CelConditionRule(),
        new SignatureRule("CH-signature", "the bylaws' required signatures; a signature that does not verify is"
            + " never ignored"),
        new CureRule("RR-ratify", "RR-ratify", "CH-court", null, "Robert's Rules is a code of procedure, not a statute:"
            + " whether a statute like 8 Del. C. § 204 reaches this body is for its jurisdiction's law"));
    return new Profile("roberts-rules", "Robert's Rules of Order Newly Revised", defaults, rules);
  }
}
