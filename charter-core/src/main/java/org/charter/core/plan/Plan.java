package org.charter.core.plan;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.charter.core.act.Nullable;
import org.charter.core.rules.NoticeDeadlines;
import org.charter.core.verdict.Finding;
import org.charter.core.verdict.Status;

/**
 * What must happen for planned acts to be valid at their time: for each route (a special meeting, a written consent),
 * who may call, when notice must reach each director, what the rules ask, and the smallest sets of directors that carry
 * the acts. {@code by} is the moment the plan is made from (null: the record up to the acts, with no moment past which
 * notice can no longer be given). {@code names} are the names on record of the persons the plan names.
 */
public record Plan(
    @Nullable Instant by,
    Instant at,
    String entity,
    String body,
    String profile,
    List<String> acts,
    List<String> directors,
    Map<String, String> names,
    List<Route> routes) {
  public Plan {
    acts = List.copyOf(acts);
    names = Map.copyOf(names);
    directors = List.copyOf(directors);
    routes = List.copyOf(routes);
  }

  public enum Way { MEETING, CONSENT }

  /**
   * One way of taking the acts at time {@code at}. {@code actBy} is the latest moment the coalition must move (call the
   * meeting and give notice, or sign); {@code late} says that moment was already past at the plan's {@code by}.
   * {@code mayCall} lists who may call the meeting alone, {@code callers} the rule's words for who may call;
   * {@code notices} each director's deadline by each method; {@code asked} the findings of the acts taken with every
   * director for them, which name what each rule asks. {@code carry} are the minimal coalitions whose acts are valid
   * whatever the others do; {@code mayCarry} the minimal ones whose acts are undetermined, with what would decide them.
   */
  public record Route(
      Way way,
      Instant at,
      Instant actBy,
      boolean late,
      @Nullable String why,
      List<String> mayCall,
      List<String> callers,
      @Nullable Finding callRule,
      List<Notice> notices,
      List<Finding> asked,
      List<Coalition> carry,
      List<Coalition> mayCarry) {
    public Route {
      mayCall = List.copyOf(mayCall);
      callers = List.copyOf(callers);
      notices = List.copyOf(notices);
      asked = List.copyOf(asked);
      carry = List.copyOf(carry);
      mayCarry = List.copyOf(mayCarry);
    }
  }

  /** When notice must reach one director by each method; {@code needed} is false for a director who calls. */
  public record Notice(String director, List<NoticeDeadlines.Deadline> deadlines) {
    public Notice {
      deadlines = List.copyOf(deadlines);
    }
  }

  /**
   * A set of directors who, acting together (calling, attending and voting for the acts, or signing), carry them:
   * {@code status} the worst verdict of the acts over what the other directors may do (stay away, or attend, object to
   * the call and vote against); {@code open} the findings that leave it undetermined.
   */
  public record Coalition(List<String> members, Status status, List<Finding> open) {
    public Coalition {
      members = List.copyOf(members);
      open = List.copyOf(open);
    }
  }
}
