package org.charter.core.act;

import java.time.Instant;

/**
 * One person's attendance at a meeting. {@code joinedAt} null means from the start; {@code objectedToCall} null means
 * the record does not say whether they objected at the start to how the meeting was called.
 */
public record Attendance(
    @Ref(Ref.RefKind.PERSON) String person,
    AttendanceMode mode,
    @Nullable Instant joinedAt,
    @Nullable Instant leftAt,
    @Nullable Boolean objectedToCall) {
  /** Whether this person was in the meeting at the given moment. */
  public boolean presentAt(Instant at, Instant meetingStart) {
    Instant from = joinedAt == null ? meetingStart : joinedAt;
    return !from.isAfter(at) && (leftAt == null || leftAt.isAfter(at));
  }
}
