package org.charter.core.report;

import java.util.function.Function;
import org.charter.core.act.Act;
import org.charter.core.act.BodyEstablished;
import org.charter.core.act.BylawsAdopted;
import org.charter.core.act.BylawsAmended;
import org.charter.core.act.ControlLinkSet;
import org.charter.core.act.DirectorAppointed;
import org.charter.core.act.DirectorElected;
import org.charter.core.act.DirectorRemoved;
import org.charter.core.act.DirectorResigned;
import org.charter.core.act.EconomicInterestSet;
import org.charter.core.act.EntityFormed;
import org.charter.core.act.MarketMoved;
import org.charter.core.act.MeetingCalled;
import org.charter.core.act.MeetingHeld;
import org.charter.core.act.MotionVoted;
import org.charter.core.act.NoticeGiven;
import org.charter.core.act.NoticeWaived;
import org.charter.core.act.OfficerAppointed;
import org.charter.core.act.OfficerRemoved;
import org.charter.core.act.OfficerResigned;
import org.charter.core.act.PersonDescribed;
import org.charter.core.act.PetitionOpened;
import org.charter.core.act.PetitionSigned;
import org.charter.core.act.StatementMade;
import org.charter.core.act.VacancyFilled;
import org.charter.core.act.WrittenConsentSigned;

/** One line that says what an act did, with persons by name. */
public final class ActSummary {
  private ActSummary() {}

  public static String of(Act act, Function<String, String> name) {
    if (act instanceof EntityFormed a) {
      return a.name() + " formed (" + Labels.lower(a.kind()) + ", " + a.jurisdiction() + ")";
    } else if (act instanceof ControlLinkSet a) {
      return a.controller() + " controls " + a.controlled() + " as " + Labels.lower(a.kind());
    } else if (act instanceof EconomicInterestSet a) {
      return a.holder() + " holds " + (a.percent() == null ? "an interest (share not on record)" : a.percent() + "%")
          + " of " + a.entity();
    } else if (act instanceof PersonDescribed a) {
      return a.name() + " on record";
    } else if (act instanceof BodyEstablished a) {
      return a.body() + " established (" + Labels.lower(a.kind()) + " of " + a.entity() + ")";
    } else if (act instanceof BylawsAdopted a) {
      return "bylaws of " + a.entity() + " adopted" + cite(a.terms().citation());
    } else if (act instanceof BylawsAmended a) {
      return "bylaws of " + a.entity() + " amended" + cite(a.terms().citation());
    } else if (act instanceof DirectorElected a) {
      return name.apply(a.person()) + " elected to " + a.body();
    } else if (act instanceof DirectorAppointed a) {
      return name.apply(a.person()) + " appointed to a new seat on " + a.body();
    } else if (act instanceof VacancyFilled a) {
      return name.apply(a.person()) + " fills a vacancy on " + a.body();
    } else if (act instanceof DirectorRemoved a) {
      return name.apply(a.person()) + " removed from " + a.body();
    } else if (act instanceof DirectorResigned a) {
      return name.apply(a.person()) + " resigns from " + a.body();
    } else if (act instanceof OfficerAppointed a) {
      return name.apply(a.person()) + " appointed " + Labels.lower(a.office());
    } else if (act instanceof OfficerRemoved a) {
      return name.apply(a.person()) + " removed as " + Labels.lower(a.office());
    } else if (act instanceof OfficerResigned a) {
      return name.apply(a.person()) + " resigns as " + Labels.lower(a.office());
    } else if (act instanceof MeetingCalled a) {
      return Labels.lower(a.kind()) + " meeting " + a.meeting() + " of " + a.body() + " called by "
          + String.join(", ", a.calledBy().stream().map(name).toList());
    } else if (act instanceof NoticeGiven a) {
      return "notice of " + a.meeting() + " to " + name.apply(a.to()) + " by " + Labels.lower(a.method());
    } else if (act instanceof NoticeWaived a) {
      return name.apply(a.by()) + " waives notice of " + a.meeting();
    } else if (act instanceof MeetingHeld a) {
      return "meeting " + a.meeting() + " held; " + a.attendance().size() + " attend";
    } else if (act instanceof MotionVoted a) {
      return "motion " + a.resolution() + (a.text() == null ? "" : ": " + a.text());
    } else if (act instanceof WrittenConsentSigned a) {
      return "written consent " + a.resolution() + " signed by " + a.signers().size()
          + (a.text() == null ? "" : ": " + a.text());
    } else if (act instanceof PetitionOpened a) {
      return "petition " + a.petition() + " opened" + (a.text() == null ? "" : ": " + a.text());
    } else if (act instanceof PetitionSigned a) {
      return "petition " + a.petition() + " signed" + (a.signatures() == null ? "" : " by " + a.signatures())
          + (a.signers().isEmpty() ? "" : " (by name: " + String.join(", ", a.signers().stream().map(name).toList())
          + ")") + (a.headcount() == null ? "" : "; headcount " + a.headcount());
    } else if (act instanceof StatementMade a) {
      return a.by() + ": " + a.text();
    } else if (act instanceof MarketMoved a) {
      return a.ticker() + (a.changePercent() == null ? "" : " " + a.changePercent() + "%")
          + (a.close() == null ? "" : ", close " + a.close());
    }
    throw new IllegalArgumentException("no summary for " + act.getClass().getSimpleName());
  }

  private static String cite(String citation) {
    return citation == null ? "" : " (" + citation + ")";
  }
}
