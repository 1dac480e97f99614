package org.charter.core.rules;

import org.charter.core.act.ActKind;
import org.charter.core.act.BindingAct;
import org.charter.core.act.BylawsAmended;
import org.charter.core.act.DeterminationMade;
import org.charter.core.act.DirectorAppointed;
import org.charter.core.act.DirectorRemoved;
import org.charter.core.act.OfficerAppointed;
import org.charter.core.act.OfficerRemoved;
import org.charter.core.act.VacancyFilled;

/** The acts taken under a resolution: what kind each is, and which resolution it names. */
final class Effects {
  private Effects() {}

  /** The kind of an act taken under a resolution, or null for an act that needs none. */
  static ActKind kindOf(BindingAct act) {
    if (act instanceof DirectorRemoved) {
      return ActKind.DIRECTOR_REMOVAL;
    } else if (act instanceof VacancyFilled) {
      return ActKind.VACANCY;
    } else if (act instanceof DirectorAppointed) {
      return ActKind.DIRECTOR_APPOINTMENT;
    } else if (act instanceof OfficerAppointed) {
      return ActKind.OFFICER_APPOINTMENT;
    } else if (act instanceof OfficerRemoved) {
      return ActKind.OFFICER_REMOVAL;
    } else if (act instanceof BylawsAmended) {
      return ActKind.BYLAWS_AMENDMENT;
    } else if (act instanceof DeterminationMade) {
      return ActKind.DETERMINATION;
    }
    return null;
  }

  static String resolutionOf(BindingAct act) {
    if (act instanceof DirectorRemoved a) {
      return a.resolution();
    } else if (act instanceof VacancyFilled a) {
      return a.resolution();
    } else if (act instanceof DirectorAppointed a) {
      return a.resolution();
    } else if (act instanceof OfficerAppointed a) {
      return a.resolution();
    } else if (act instanceof OfficerRemoved a) {
      return a.resolution();
    } else if (act instanceof BylawsAmended a) {
      return a.resolution();
    } else if (act instanceof DeterminationMade a) {
      return a.resolution();
    }
    return null;
  }
}
