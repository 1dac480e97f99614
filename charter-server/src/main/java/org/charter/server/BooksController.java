package org.charter.server;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.charter.core.book.Book;
import org.charter.core.book.Recorded;
import org.charter.core.ledger.BookHead;
import org.charter.core.ledger.ChainBreak;
import org.charter.core.ledger.ChainVerifier;
import org.charter.core.ledger.LedgerEntry;
import org.charter.core.report.Labels;
import org.charter.core.report.StateReport;
import org.charter.core.report.TimelineReport;
import org.charter.core.state.Basis;
import org.charter.core.state.Register;
import org.charter.core.state.StateView;

/**
 * Reading books: the list, one book, its timeline with verdicts, one act's verdict report, state, tenures, verify. The
 * timeline and the tenures come in pages ({@link Page}); the answers that are a function of the book's chain carry an
 * ETag ({@link Etags}).
 */
final class BooksController {
  private final Library library;
  private final Access access;

  BooksController(Library library, Access access) {
    this.library = library;
    this.access = access;
  }

  /**
   * The books the caller has a role on. A book in memory is summed up from it; one not loaded from what the store says
   * of it (its size and head, with {@code loaded} false and no valid times), so that a list of many books loads none.
   */
  void list(Context ctx) {
    Params.only(ctx);
    var p = Access.principal(ctx);
    List<Object> out = new ArrayList<>();
    // The heads of the books not in memory, read from the store in one query when the first of them is listed.
    Map<String, BookHead> heads = null;
    for (String id : library.ids().stream().sorted().toList()) {
      var grant = p.on(id);
      if (grant.isEmpty()) {
        continue;
      }
      String role = grant.get().role().name().toLowerCase(Locale.ROOT);
      // Each summary is read under a hold on the book's front copy, so that no writer changes it meanwhile.
      Optional<Shelf.Reading> held = library.readIfLoaded(id);
      if (held.isPresent()) {
        try (Shelf.Reading r = held.get()) {
          out.add(summary(r.live(), role));
        }
      } else {
        if (heads == null) {
          heads = library.heads();
        }
        // A book first written after the heads were read is asked for on its own.
        BookHead head = heads.get(id);
        (head != null ? library.unloaded(id, head) : library.unloaded(id)).ifPresent(u -> out.add(summary(u, role)));
      }
    }
    Json.send(ctx, Map.of("books", out));
  }

  private static Map<String, Object> summary(Library.Unloaded u, String role) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", u.id());
    m.put("title", u.title());
    m.put("timezone", u.zone().getId());
    m.put("acts", u.acts());
    m.put("head", u.head());
    m.put("first_valid_at", null);
    m.put("last_valid_at", null);
    m.put("loaded", false);
    m.put("role", role);
    return m;
  }

  void get(Context ctx) {
    Params.only(ctx);
    var v = access.visible(ctx);
    Json.send(ctx, summary(v.book(), v.grant().role().name().toLowerCase(Locale.ROOT)));
  }

  static Map<String, Object> summary(LiveBook b, String role) {
    Book book = b.book();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", b.id());
    m.put("title", b.title());
    m.put("timezone", b.zone().getId());
    m.put("acts", book.size());
    m.put("head", book.last().map(Recorded::hashHex).orElse(null));
    m.put("first_valid_at", book.firstValidAt().map(t -> Labels.iso(t, b.zone())).orElse(null));
    m.put("last_valid_at", book.lastValidAt().map(t -> Labels.iso(t, b.zone())).orElse(null));
    m.put("loaded", true);
    m.put("role", role);
    return m;
  }

  /** The timeline, one page at a time: acts in seq order (the order they were recorded), {@code next} the cursor. */
  void acts(Context ctx) {
    Params.only(ctx, Page.LIMIT, Page.AFTER);
    var v = access.visible(ctx);
    Page page = Page.of(ctx);
    Etags.send(ctx, v, () -> {
      LiveBook b = v.book();
      List<Recorded> all = b.book().timeline();
      int from = firstAfter(all, page.after());
      int to = Math.min(all.size(), from + page.limit());
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("book", b.id());
      m.put("timezone", b.zone().getId());
      m.put("acts", TimelineReport.tree(all.subList(from, to), b.book(), b.zone(), library.sourceLabels(b.id())));
      m.put("next", to < all.size() ? all.get(to - 1).seq() : null);
      return m;
    });
  }

  /** The index of the first act whose seq is above {@code after}, in a timeline in seq order. */
  private static int firstAfter(List<Recorded> all, long after) {
    int lo = 0;
    int hi = all.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (all.get(mid).seq() <= after) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  void act(Context ctx) {
    Params.only(ctx);
    var v = access.visible(ctx);
    LiveBook b = v.book();
    String id = ctx.pathParam("act");
    Recorded r = b.book().find(id).orElseThrow(() -> ApiException.notFound("no act " + id + " in book " + b.id()));
    Etags.send(ctx, v, () -> TimelineReport.entry(r, b.book(), b.zone(), library.sourceLabels(b.id())));
  }

  /** The state as of a basis: the very tree {@code charter state --format json} prints. */
  void state(Context ctx) {
    Params.only(ctx, "at", "recorded_at", "entity", "view");
    var v = access.visible(ctx);
    LiveBook b = v.book();
    List<Register> views = views(ctx.queryParam("view"));
    String at = ctx.queryParam("at");
    if (at == null || at.isBlank()) {
      throw ApiException.badRequest("at: the valid time asked about is required (e.g. at=2023-11-18T12:00:00-08:00)");
    }
    Instant valid = Times.parse("at", at, b.zone());
    String rec = ctx.queryParam("recorded_at");
    Instant recorded = rec == null || rec.isBlank() ? Instant.MAX : Times.parse("recorded_at", rec, b.zone());
    Book book = b.book();
    Basis basis = new Basis(valid, recorded);
    StateView view = book.state(basis);
    String entity = ctx.queryParam("entity");
    if (entity != null && entity.isBlank()) {
      throw ApiException.badRequest("entity: give an entity id, or leave the parameter out for the whole book");
    }
    if (entity != null && !view.knowsEntity(entity)) {
      throw ApiException.notFound("entity: no entity " + entity + " in book " + b.id());
    }
    Etags.send(ctx, v, () -> StateReport.views(book, basis, b.zone(), entity, views));
  }

  /** {@code view=acted|legal|both}: which registers a state answer holds (default both). */
  static List<Register> views(String view) {
    return Register.views(view)
        .orElseThrow(() -> ApiException.badRequest("view: acted, legal or both (default both)"));
  }

  void tenures(Context ctx) {
    Params.only(ctx, "recorded_at", Page.LIMIT, Page.AFTER);
    var v = access.visible(ctx);
    LiveBook b = v.book();
    String rec = ctx.queryParam("recorded_at");
    Instant recorded = rec == null || rec.isBlank() ? Instant.MAX : Times.parse("recorded_at", rec, b.zone());
    Page page = Page.of(ctx);
    Etags.send(ctx, v, () -> TenureHistory.of(b, recorded, page));
  }

  /** The book's hash chain recomputed from the bytes in the store, as {@code charter verify} does. */
  void verify(Context ctx) {
    Params.only(ctx);
    LiveBook b = access.visible(ctx).book();
    List<LedgerEntry> entries = library.stored(b.id());
    Optional<ChainBreak> br = ChainVerifier.verify(b.id(), entries);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("book", b.id());
    m.put("entries", entries.size());
    m.put("head", entries.isEmpty() ? null : entries.get(entries.size() - 1).hashHex());
    m.put("ok", br.isEmpty());
    br.ifPresent(x -> {
      m.put("first_bad_entry", x.seq());
      m.put("act", x.actId());
      m.put("reason", x.reason());
    });
    Json.send(ctx, m);
  }
}
