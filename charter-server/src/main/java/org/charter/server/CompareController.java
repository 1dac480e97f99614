package org.charter.server;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.charter.core.act.Act;
import org.charter.core.book.Recorded;
import org.charter.scenario.Comparison;
import org.charter.scenario.Scenario;
import org.charter.scenario.Variant;
import org.charter.scenario.VariantLoader;

/**
 * {@code GET /api/books/{book}/compare}: the verdicts of the book's binding acts under each hypothesis its scenario
 * bundles, as {@code charter compare --format json} gives them. The hypotheses' edits are applied to the book as
 * served, acts recorded through the API included; each answer replays the book once per hypothesis, so its cost grows
 * with the book (docs/server.md).
 */
final class CompareController {
  /** A served book's hypotheses, with the scenario they were read against. */
  record Hypotheses(Scenario scenario, List<Variant> variants) {}

  private final Access access;
  private final Map<String, Hypotheses> byBook;

  CompareController(Access access, Map<String, Hypotheses> byBook) {
    this.access = access;
    this.byBook = Map.copyOf(byBook);
  }

  void get(Context ctx) {
    Params.only(ctx, "hypotheses", "at", "differing");
    var v = access.visible(ctx);
    LiveBook b = v.book();
    Hypotheses h = byBook.get(b.id());
    if (h == null || h.variants().isEmpty()) {
      throw ApiException.notFound("book " + b.id() + " has no hypotheses (its scenario bundles none)");
    }
    List<Variant> chosen = chosen(ctx.queryParam("hypotheses"), h.variants());
    List<Instant> moments = new ArrayList<>();
    String at = ctx.queryParam("at");
    if (at != null) {
      for (String t : at.split(",", -1)) {
        moments.add(Times.parse("at", t.trim(), b.zone()));
      }
    }
    String differing = ctx.queryParam("differing");
    if (differing != null && !differing.equals("true") && !differing.equals("false")) {
      throw ApiException.badRequest("differing: true or false (default false)");
    }
    List<Act> acts = b.book().timeline().stream().map(Recorded::act).toList();
    Scenario served = new Scenario(b.id(), b.title(), b.zone(), h.scenario().recordedBy(), h.scenario().description(),
        acts, h.scenario().dir());
    Json.send(ctx, new Comparison(served, chosen).tree(null, moments, "true".equals(differing)));
  }

  /** The hypotheses named (two or more, the first the reference), or all, the one with no edits first. */
  private static List<Variant> chosen(String names, List<Variant> all) {
    try {
      return names == null ? VariantLoader.referenceFirst(all)
          : VariantLoader.pick(all, Arrays.stream(names.split(",", -1)).map(String::trim).toList());
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("hypotheses: " + e.getMessage());
    }
  }
}
