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
import org.charter.scenario.Sensitivity;
import org.charter.scenario.SourceList;
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
    // With the scenario's list of sources, so that what a verdict turns on is named by it, as the timeline names it.
    Scenario served = new Scenario(b.id(), b.title(), b.zone(), h.scenario().recordedBy(), h.scenario().description(),
        acts, h.scenario().dir(), h.scenario().sources());
    Json.send(ctx, new Comparison(served, chosen).tree(null, moments, "true".equals(differing)));
  }

  /**
   * {@code GET /api/books/{book}/sensitivity}: which assumptions and unknown facts each verdict of the book as served
   * turns on, each flipped alone, as {@code charter sensitivity --format json} gives it; {@code act} names acts to
   * show whether or not a flip changes them. Each answer replays the book once per flip.
   */
  void sensitivity(Context ctx) {
    Params.only(ctx, "act");
    var v = access.visible(ctx);
    LiveBook b = v.book();
    Hypotheses h = byBook.get(b.id());
    List<Act> acts = b.book().timeline().stream().map(Recorded::act).toList();
    Scenario served = new Scenario(b.id(), b.title(), b.zone(), h == null ? "charter" : h.scenario().recordedBy(),
        h == null ? null : h.scenario().description(), acts, h == null ? java.nio.file.Path.of(".")
        : h.scenario().dir(), h == null ? SourceList.NONE : h.scenario().sources());
    Sensitivity s = new Sensitivity(served, acts, h == null ? List.of() : h.variants());
    List<String> only = null;
    String act = ctx.queryParam("act");
    if (act != null) {
      only = Arrays.stream(act.split(",", -1)).map(String::trim).toList();
      for (String id : only) {
        if (!s.holds(id)) {
          throw ApiException.badRequest("act: no act " + id + " in book " + b.id());
        }
      }
    }
    Json.send(ctx, s.tree(only, false));
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
