package org.charter.core.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import org.charter.core.act.NoticeMethod;

/**
 * Notice periods that depend on how notice is given, for a statute that ties the period to the method (Cal. Corp.
 * Code § 307(a)(2): "four days' notice by mail or 48 hours' notice delivered personally or by telephone ... or by
 * electronic transmission by the corporation"). Used only where the bylaws on record fix no period of their own. Each
 * method maps to its period; a {@code doubt} says why a notice in time by that method may still not count, and such a
 * notice is unknown, never taken as good.
 */
record NoticeByMethod(Map<NoticeMethod, Period> periods, String summary) {
  /**
   * One method's period: {@code hours} before the meeting, or, where the statute counts {@code days}, days before it
   * (then {@code hours} is days times 24, and a notice in time by the calendar but not by the clock is unknown).
   */
  record Period(String means, int hours, int days, String doubt) {}

  enum Timeliness { IN_TIME, DOUBTFUL, LATE }

  /** A notice judged by its method: whether it was in time, and why, in the words of a finding. */
  record Judged(Timeliness timeliness, String note) {}

  NoticeByMethod {
    periods = Map.copyOf(new EnumMap<>(periods));
  }

  Judged judge(NoticeMethod method, Instant given, Instant meeting, ZoneId zone) {
    Period p = periods.get(method);
    if (p == null) {
      return new Judged(Timeliness.DOUBTFUL, "the statute names no period for this method");
    }
    String due = p.means() + " is due " + (p.days() > 0 ? p.days() + " days" : p.hours() + " hours") + " before";
    if (given.isAfter(meeting.minus(Duration.ofHours(p.hours())))) {
      // Counting days from the day after the notice to the meeting's day (the first day excluded, the last included).
      boolean byCalendar = p.days() > 0
          && !given.atZone(zone).toLocalDate().plusDays(p.days()).isAfter(meeting.atZone(zone).toLocalDate());
      return byCalendar
          ? new Judged(Timeliness.DOUBTFUL, due + ": in time counting calendar days, the day of notice excluded, not"
              + " counting " + p.hours() + " hours; the statute does not say which")
          : new Judged(Timeliness.LATE, due + ", too late");
    }
    return p.doubt() == null ? new Judged(Timeliness.IN_TIME, due + ", in time")
        : new Judged(Timeliness.DOUBTFUL, due + ", in time, but " + p.doubt());
  }
}
