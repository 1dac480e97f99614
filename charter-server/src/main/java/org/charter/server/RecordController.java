package org.charter.server;

import io.javalin.http.Context;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.charter.core.access.Role;
import org.charter.core.act.Act;
import org.charter.core.book.Recorded;
import org.charter.core.book.RejectedException;
import org.charter.core.ledger.ConflictException;
import org.charter.core.report.TimelineReport;
import org.charter.scenario.Scenario;

/**
 * Recording live acts: read at the edge, allowed by the caller's role, validated by the book (an invalid act is a 422
 * with its findings and nothing is written), then appended to the store and only then to the served book. A request
 * with an {@code Idempotency-Key} is applied once: a retry gets the first answer, read back from the store.
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
    Optional<IdempotencyKey> key = IdempotencyKey.of(ctx, v.principal().name(), body);
    if (key.isPresent() && replay(ctx, b, key.get())) {
      return;
    }
    // Names in the request resolve against the book's names, kept up by each write, and its ids against the book, so
    // reading a request costs the same in any book; the caller's principal is what the acts record as recorded_by.
    Scenario context = new Scenario(b.id(), b.title(), b.zone(), v.principal().name(), null, List.of(), Path.of("."));
    List<Act> acts = ActsRequest.read(body, ctx.header("Content-Type"), context, library.names(b.id(), b.book()),
        actId -> b.book().find(actId).isPresent(), clock.instant(), ids -> refuseTaken(b, ids));
    for (Act a : acts) {
      if (!v.grant().mayRecord(a)) {
        throw ApiException.forbidden(v.principal().name() + " is a director of book " + b.id() + " and may record"
            + " only votes, consents and waivers whose every signature is " + v.grant().person() + "'s; act "
            + a.id() + " is not");
      }
    }
    // The writer brings the copy this request read up to date at the next write, once its readers have left: this
    // request leaves it before it writes, so that it never waits for itself.
    Access.release(ctx);
    Receipt receipt;
    try {
      receipt = library.record(b.id(), acts, key.map(IdempotencyKey::storeKey).orElse(null),
          (now, recorded) -> new Receipt(key.map(IdempotencyKey::request).orElse(null), 201, answer(now, recorded)));
    } catch (RejectedException e) {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("act", e.verdict().actId());
      details.put("verdict", TimelineReport.verdict(e.verdict()));
      throw new ApiException(422, "invalid_act", e.getMessage(), details);
    } catch (ConflictException e) {
      // A retry racing the first request under the same key lost: the store has the first answer by now.
      if (key.isPresent() && replay(ctx, b, key.get())) {
        return;
      }
      throw e;
    }
    receipt.send(ctx);
  }

  /** Answers a retry from the store's receipt of its key; false if the book has not seen the key. */
  private boolean replay(Context ctx, LiveBook b, IdempotencyKey key) {
    Optional<Receipt> first = library.receipt(b.id(), key.storeKey());
    if (first.isEmpty()) {
      return false;
    }
    if (!key.request().equals(first.get().request())) {
      throw new ApiException(422, "idempotency_key_reused", IdempotencyKey.HEADER + " '" + key.key() + "' was used"
          + " for another request to book " + b.id() + "; send a new key with a new request. Nothing was written",
          Map.of("fields", List.of(IdempotencyKey.HEADER)));
    }
    first.get().send(ctx);
    ctx.header("Idempotent-Replayed", "true");
    return true;
  }

  /** A 409 for the first act id of the request the book already holds, naming where that act came from. */
  private void refuseTaken(LiveBook b, List<String> ids) {
    for (String id : ids) {
      Optional<Recorded> held = b.book().find(id);
      if (held.isPresent()) {
        String origin = library.origin(b.id(), held.get());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("act", id);
        details.put("origin", origin);
        throw new ApiException(409, "conflict", "act id '" + id + "' is already in book " + b.id() + " (" + origin
            + "); nothing was written", details);
      }
    }
  }

  private static byte[] answer(LiveBook now, List<Recorded> recorded) {
    List<Object> out = new ArrayList<>();
    for (Recorded r : recorded) {
      out.add(TimelineReport.entry(r, now.book(), now.zone()));
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("book", now.id());
    m.put("recorded", out);
    return Json.bytes(m);
  }
}
