package org.charter.core.rules;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.charter.core.act.BindingAct;
import org.charter.core.act.EntityOnRecord;
import org.charter.core.act.PersonDescribed;
import org.charter.core.state.StateView;

/**
 * What a rule sees: the act, the state at its valid time (before the act), the entity whose rules govern it, and the
 * parameters in force for that entity.
 */
public record RuleContext(
    BindingAct act, StateView state, EntityOnRecord entity, Profile profile, Parameters params, ZoneId zone) {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM uuuu HH:mm z");

  public Instant at() {
    return act.meta().validAt();
  }

  /** A person or entity as messages name them: the name on record, else the id. */
  public String name(String party) {
    return state.person(party).map(PersonDescribed::name).filter(n -> n != null && !n.isBlank())
        .or(() -> state.entity(party).map(EntityOnRecord::name)).orElse(party);
  }

  public String names(List<String> persons) {
    return persons.isEmpty() ? "none" : String.join(", ", persons.stream().map(this::name).toList());
  }

  public String time(Instant t) {
    try {
      return TIME.format(t.atZone(zone));
    } catch (java.time.DateTimeException e) {
      return t.toString();
    }
  }

  /**
   * The seats an "authorized seats" vote threshold counts: the fixed board size, or else the directors in office.
   * Quorum does not use this: with no size on record it is unknown (QuorumRule).
   */
  public int authorizedSeats(List<String> inOffice) {
    return params.boardSize() != null ? params.boardSize() : inOffice.size();
  }

  public Optional<EntityOnRecord> entityOpt() {
    return Optional.ofNullable(entity);
  }
}
