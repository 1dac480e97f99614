package org.charter.core.act;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An entity's own rules, overlaid on its statute profile. A null field leaves the profile's default in force; the
 * citation says where the terms come from (and, for bylaws that are not public, that they are assumed).
 * {@code signaturesRequired} names, in scenario spelling, the act types whose votes or consents must carry their
 * signers' own signatures ({@code motion-voted}, {@code written-consent-signed}). {@code offices} names the offices
 * the bylaws establish (8 Del. C. § 142(a)); null when the bylaws on record name none, and then the board may name any.
 * {@code writtenConsentThreshold} is the share of the directors in office whose written consent the bylaws say is
 * enough for action without a meeting (a majority, as Wired reported of OpenAI's); whether the statute lets it stand is
 * the profile's question, not the bylaws' (docs/rules.md, "Written consent").
 */
public record BylawTerms(
    @Nullable String citation,
    @Nullable Integer boardSize,
    @Nullable Threshold quorum,
    @Nullable QuorumBase quorumBase,
    @Nullable Integer noticeHours,
    @Nullable List<Caller> mayCallMeetings,
    @Nullable Boolean writtenConsent,
    @Nullable Boolean remoteAttendance,
    @Nullable Map<ActKind, VoteRule> thresholds,
    @Nullable List<CompositionConstraint> composition,
    @Nullable List<CustomCondition> conditions,
    @Nullable List<String> signaturesRequired,
    @Nullable List<Office> offices,
    @Nullable Threshold writtenConsentThreshold) {

  public static final BylawTerms NONE =
      new BylawTerms(null, null, null, null, null, null, null, null, null, null, null, null, null, null);

  /** Terms that set no written-consent threshold. */
  public BylawTerms(String citation, Integer boardSize, Threshold quorum, QuorumBase quorumBase, Integer noticeHours,
      List<Caller> mayCallMeetings, Boolean writtenConsent, Boolean remoteAttendance, Map<ActKind, VoteRule> thresholds,
      List<CompositionConstraint> composition, List<CustomCondition> conditions, List<String> signaturesRequired,
      List<Office> offices) {
    this(citation, boardSize, quorum, quorumBase, noticeHours, mayCallMeetings, writtenConsent, remoteAttendance,
        thresholds, composition, conditions, signaturesRequired, offices, null);
  }

  /** Terms that name no offices. */
  public BylawTerms(String citation, Integer boardSize, Threshold quorum, QuorumBase quorumBase, Integer noticeHours,
      List<Caller> mayCallMeetings, Boolean writtenConsent, Boolean remoteAttendance, Map<ActKind, VoteRule> thresholds,
      List<CompositionConstraint> composition, List<CustomCondition> conditions, List<String> signaturesRequired) {
    this(citation, boardSize, quorum, quorumBase, noticeHours, mayCallMeetings, writtenConsent, remoteAttendance,
        thresholds, composition, conditions, signaturesRequired, null, null);
  }

  public BylawTerms {
    mayCallMeetings = mayCallMeetings == null ? null : List.copyOf(mayCallMeetings);
    thresholds = thresholds == null ? null : Map.copyOf(thresholds);
    composition = composition == null ? null : List.copyOf(composition);
    conditions = conditions == null ? null : List.copyOf(conditions);
    signaturesRequired = signaturesRequired == null ? null : List.copyOf(signaturesRequired);
    offices = offices == null ? null : List.copyOf(offices);
  }

  /** These terms amended by {@code a}: each field the amendment sets replaces this one; thresholds merge by kind. */
  public BylawTerms amendedBy(BylawTerms a) {
    Map<ActKind, VoteRule> merged = new EnumMap<>(ActKind.class);
    if (thresholds != null) {
      merged.putAll(thresholds);
    }
    if (a.thresholds != null) {
      merged.putAll(a.thresholds);
    }
    return new BylawTerms(
        a.citation != null ? a.citation : citation,
        a.boardSize != null ? a.boardSize : boardSize,
        a.quorum != null ? a.quorum : quorum,
        a.quorumBase != null ? a.quorumBase : quorumBase,
        a.noticeHours != null ? a.noticeHours : noticeHours,
        a.mayCallMeetings != null ? a.mayCallMeetings : mayCallMeetings,
        a.writtenConsent != null ? a.writtenConsent : writtenConsent,
        a.remoteAttendance != null ? a.remoteAttendance : remoteAttendance,
        merged.isEmpty() ? null : merged,
        a.composition != null ? a.composition : composition,
        a.conditions != null ? a.conditions : conditions,
        a.signaturesRequired != null ? a.signaturesRequired : signaturesRequired,
        a.offices != null ? a.offices : offices,
        a.writtenConsentThreshold != null ? a.writtenConsentThreshold : writtenConsentThreshold);
  }
}
