package org.charter.core.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.charter.core.act.NoticeMethod;
import org.charter.core.act.Nullable;

/**
 * The latest moment notice of a special meeting may reach a director by each method, under the rules in force: the
 * bylaws' period for every method where they fix one, else the statute's period for each method where it ties the
 * period to the method (Cal. Corp. Code § 307(a)(2)), else the meeting's own time (the rules fix no period). The same
 * deadlines {@link NoticeRule} judges a notice by, read ahead of the meeting for the planner.
 */
public final class NoticeDeadlines {
  private NoticeDeadlines() {}

  /**
   * One method's deadline. {@code latest} is null where the statute names no period for the method; {@code doubt} says
   * why a notice in time by it may still not count (then the rule finds it unknown).
   */
  public record Deadline(NoticeMethod method, @Nullable Instant latest, String rule, @Nullable String doubt) {}

  /** The notice rule of a profile, as (id, citation); empty for a profile that judges no notice. */
  public static Optional<Rule> rule(Profile profile) {
    return profile.rules().stream().filter(r -> r instanceof NoticeRule).findFirst();
  }

  public static List<Deadline> of(Profile profile, Parameters params, Instant scheduledFor) {
    List<Deadline> out = new ArrayList<>();
    Integer hours = params.noticeHours();
    NoticeByMethod byMethod = rule(profile).map(r -> ((NoticeRule) r).byMethod()).orElse(null);
    for (NoticeMethod m : NoticeMethod.values()) {
      if (hours != null) {
        out.add(new Deadline(m, scheduledFor.minus(Duration.ofHours(hours)), hours + " hours before, under the rules"
            + " in force" + (params.bylawsCitation() == null ? "" : " (" + params.bylawsCitation() + ")"), null));
      } else if (byMethod != null) {
        NoticeByMethod.Period p = byMethod.periods().get(m);
        if (p == null) {
          out.add(new Deadline(m, null, "the statute names no period for this method", null));
        } else {
          String due = p.days() > 0 ? p.days() + " days before (" + p.hours() + " hours, counting the clock)"
              : p.hours() + " hours before";
          out.add(new Deadline(m, scheduledFor.minus(Duration.ofHours(p.hours())), due + ", " + p.means(),
              p.doubt()));
        }
      } else {
        out.add(new Deadline(m, scheduledFor, "no period fixed: before the meeting", null));
      }
    }
    return out;
  }
}
