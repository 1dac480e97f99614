package org.charter.core.act;

import java.time.Instant;
import java.util.List;

/** A meeting of a body is called by one or more persons for a time. */
public record MeetingCalled(
    ActMeta meta,
    String meeting,
    @Ref(Ref.RefKind.BODY) String body,
    @Ref(Ref.RefKind.PERSON) List<String> calledBy,
    Instant scheduledFor,
    MeetingKind kind,
    @Nullable String purpose) implements BindingAct {}
