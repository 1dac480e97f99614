package org.charter.server;

import io.javalin.http.Context;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.charter.core.access.Role;
import org.charter.core.act.Act;
import org.charter.core.book.Recorded;
import org.charter.core.book.RejectedException;
import org.charter.core.report.TimelineReport;
import org.charter.scenario.Scenario;

/**
 * Recording live acts: read at the edge, allowed by the caller's role, validated by the book (an invalid act is a 422
 * with its findings and nothing is written), then appended to the store and only then to the served book.
 */
final class RecordController {
  private final Library library;
  private final Access access;
  private final Clock clock;
  private final long maxBody;

  RecordController(Library library, Access access, Clock clock, long maxBody) {
    this.library = library;
    this.access = access;
    this.clock = clock;
    this.maxBody = maxBody;
  }

  void post(Context ctx) {
    Params.only(ctx);
    Access.Visible v = access.visible(ctx).requireAtLeast(Role.DIRECTOR, "record acts");
    LiveBook b = v.book();
    String body = Bodies.read(ctx, maxBody);
    List<Act> known = b.book().timeline().stream().map(Recorded::act).toList();
    // Names in the request resolve against the book; the caller's principal is what the acts record as recorded_by.
    Scenario context = new Scenario(b.id(), b.title(), b.zone(), v.principal().name(), null, known, Path.of("."));
    List<Act> acts = ActsRequest.read(body, ctx.header("Content-Type"), context, clock.instant());
    for (Act a : acts) {
      if (!v.grant().mayRecord(a)) {
        throw ApiException.forbidden(v.principal().name() + " is a director of book " + b.id() + " and may record"
            + " only votes, consents and waivers whose every signature is " + v.grant().person() + "'s; act "
            + a.id() + " is not");
      }
    }
    List<Recorded> recorded;
    try {
      recorded = library.record(b.id(), acts);
    } catch (RejectedException e) {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("act", e.verdict().actId());
      details.put("verdict", TimelineReport.verdict(e.verdict()));
      throw new ApiException(422, "invalid_act", e.getMessage(), details);
    }
    LiveBook now = library.book(b.id()).orElseThrow();
    List<Object> out = new ArrayList<>();
    for (Recorded r : recorded) {
      out.add(TimelineReport.entry(r, now.book(), now.zone()));
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("book", b.id());
    m.put("recorded", out);
    Json.send(ctx, 201, m);
  }
}
