package org.charter.core.rules;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.charter.core.act.ActKind;
import org.charter.core.act.BylawTerms;
import org.charter.core.act.Caller;
import org.charter.core.act.CompositionConstraint;
import org.charter.core.act.CustomCondition;
import org.charter.core.act.Nullable;
import org.charter.core.act.Office;
import org.charter.core.act.QuorumBase;
import org.charter.core.act.Threshold;
import org.charter.core.act.VoteRule;

/**
 * The typed rule parameters in force for one entity: its profile's defaults overlaid by its own bylaws. A null board
 * size or notice period means the rules in force fix none. {@code signaturesRequired} lists the act types (scenario
 * spelling) whose votes or consents must carry the signers' own signatures; no profile requires any. {@code offices}
 * are the offices the bylaws name, null when they name none.
 */
public record Parameters(
    Threshold quorum,
    QuorumBase quorumBase,
    Integer boardSize,
    Integer noticeHours,
    List<Caller> mayCallMeetings,
    boolean writtenConsent,
    boolean remoteAttendance,
    Map<ActKind, VoteRule> thresholds,
    RemovalAuthority removal,
    List<CompositionConstraint> composition,
    List<CustomCondition> conditions,
    String bylawsCitation,
    List<String> signaturesRequired,
    @Nullable List<Office> offices) {

  public Parameters {
    mayCallMeetings = List.copyOf(mayCallMeetings);
    thresholds = Map.copyOf(thresholds);
    composition = List.copyOf(composition);
    conditions = List.copyOf(conditions);
    signaturesRequired = List.copyOf(signaturesRequired);
    offices = offices == null ? null : List.copyOf(offices);
  }

  /** These defaults with an entity's bylaws laid over them. */
  public Parameters overlaidBy(BylawTerms b) {
    Map<ActKind, VoteRule> t = new EnumMap<>(ActKind.class);
    t.putAll(thresholds);
    if (b.thresholds() != null) {
      t.putAll(b.thresholds());
    }
    return new Parameters(
        b.quorum() != null ? b.quorum() : quorum,
        b.quorumBase() != null ? b.quorumBase() : quorumBase,
        b.boardSize() != null ? b.boardSize() : boardSize,
        b.noticeHours() != null ? b.noticeHours() : noticeHours,
        b.mayCallMeetings() != null ? b.mayCallMeetings() : mayCallMeetings,
        b.writtenConsent() != null ? b.writtenConsent() : writtenConsent,
        b.remoteAttendance() != null ? b.remoteAttendance() : remoteAttendance,
        t,
        removal,
        b.composition() != null ? b.composition() : composition,
        b.conditions() != null ? b.conditions() : conditions,
        b.citation(),
        b.signaturesRequired() != null ? b.signaturesRequired() : signaturesRequired,
        b.offices() != null ? b.offices() : offices);
  }

  public VoteRule threshold(ActKind kind) {
    VoteRule r = thresholds.get(kind);
    return r != null ? r : thresholds.get(ActKind.GENERAL);
  }
}
