package org.charter.core.plan;

import java.time.Instant;
import org.charter.core.act.Act;
import org.charter.core.act.ActMeta;
import org.charter.core.act.BodyEstablished;
import org.charter.core.act.BylawsAmended;
import org.charter.core.act.DeterminationMade;
import org.charter.core.act.DirectorAppointed;
import org.charter.core.act.DirectorRemoved;
import org.charter.core.act.OfficerAppointed;
import org.charter.core.act.OfficerRemoved;
import org.charter.core.act.VacancyFilled;

/**
 * A planned act put under one of the planner's resolutions, with its own id and time: each coalition tried gets its own
 * copy, so the copies never meet in the book. Only the acts a board takes under a resolution can be planned.
 */
final class Retarget {
  private Retarget() {}

  /** Whether the planner can plan this act: an act a board takes under a resolution. */
  static boolean plannable(Act a) {
    return switch (a) {
      case OfficerRemoved x -> true;
      case OfficerAppointed x -> true;
      case DirectorRemoved x -> true;
      case DirectorAppointed x -> true;
      case VacancyFilled x -> true;
      case BylawsAmended x -> true;
      case DeterminationMade x -> true;
      case BodyEstablished x -> true;
      default -> false;
    };
  }

  static Act under(Act a, String id, Instant at, String resolution) {
    ActMeta m = new ActMeta(id, at, at, a.meta().recordedBy(), a.meta().sources(), a.meta().note(), null);
    return switch (a) {
      case OfficerRemoved x -> new OfficerRemoved(m, x.entity(), x.office(), x.person(), resolution);
      case OfficerAppointed x -> new OfficerAppointed(m, x.entity(), x.office(), x.person(), resolution);
      case DirectorRemoved x -> new DirectorRemoved(m, x.body(), x.person(), resolution);
      case DirectorAppointed x -> new DirectorAppointed(m, x.body(), x.person(), resolution);
      case VacancyFilled x -> new VacancyFilled(m, x.body(), x.person(), resolution);
      case BylawsAmended x -> new BylawsAmended(m, x.entity(), x.terms(), resolution);
      case DeterminationMade x -> new DeterminationMade(m, x.entity(), x.term(), resolution);
      case BodyEstablished x -> new BodyEstablished(m, x.body(), x.entity(), x.kind(), x.name(), x.members(),
          x.powers(), resolution);
      default -> throw new IllegalArgumentException("act " + a.id() + " is not one a board takes under a resolution");
    };
  }
}
