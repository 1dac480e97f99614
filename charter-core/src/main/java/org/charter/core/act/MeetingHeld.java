package org.charter.core.act;

import java.util.List;

/** A meeting is held from this act's valid time: who attended, how, when they joined and whether they objected to the call. */
public record MeetingHeld(
    ActMeta meta,
    @Ref(Ref.RefKind.MEETING) String meeting,
    List<Attendance> attendance) implements BindingAct {}
