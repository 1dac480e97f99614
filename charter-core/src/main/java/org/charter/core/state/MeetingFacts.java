package org.charter.core.state;

import java.util.List;
import org.charter.core.act.MeetingCalled;
import org.charter.core.act.MeetingHeld;
import org.charter.core.act.NoticeGiven;
import org.charter.core.act.NoticeWaived;

/** What the record holds about one meeting as of a basis; the call or the holding may be missing (null). */
public record MeetingFacts(
    String meeting, MeetingCalled call, List<NoticeGiven> notices, List<NoticeWaived> waivers, MeetingHeld held) {}
