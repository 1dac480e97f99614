package org.charter.server;

import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.charter.core.capital.Money;
import org.charter.core.report.Labels;
import org.charter.core.report.WaterfallReport;
import org.charter.core.state.Basis;
import org.charter.core.state.StateView;

/** Proposed distributions through an entity's waterfall: the very tree {@code charter waterfall --format json} prints. */
final class WaterfallController {
  static final int MAX_COUNT = 100;
  // A trillion dollars a distribution keeps a hundred of them, in cents, far inside a long.
  static final BigDecimal MAX_AMOUNT = org.charter.core.capital.Money.MAX_DOLLARS;

  private final Access access;

  WaterfallController(Access access) {
    this.access = access;
  }

  /** Splits {@code count} distributions of {@code amount} after those on record as of {@code at}; records nothing. */
  void get(Context ctx) {
    Params.only(ctx, "amount", "at", "entity", "count");
    var v = access.visible(ctx);
    LiveBook b = v.book();
    long cents = cents(ctx.queryParam("amount"));
    int count = count(ctx.queryParam("count"));
    String at = ctx.queryParam("at");
    Instant when = at == null || at.isBlank() ? lastValidTime(b) : Times.parse("at", at, b.zone());
    StateView view = b.book().state(Basis.at(when));
    String entity = ctx.queryParam("entity");
    String payer = entity == null || entity.isBlank() ? onlyPayer(view, b, when) : known(view, b, entity.strip());
    Etags.send(ctx, v, () -> {
      try {
        return WaterfallReport.run(b.id(), view, payer, cents, count, b.zone());
      } catch (IllegalArgumentException e) {
        throw ApiException.badRequest(e.getMessage());
      }
    });
  }

  private static long cents(String text) {
    if (text == null || text.isBlank()) {
      throw ApiException.badRequest("amount: the distribution in US dollars is required (e.g. amount=1000000000)");
    }
    // The text as given, never the number written out: 1e999999999 would be a billion digits.
    String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text.strip();
    BigDecimal dollars;
    try {
      dollars = new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("amount: '" + shown + "' is not a number of US dollars (e.g. 1000000000 or 12.30)");
    }
    if (dollars.signum() <= 0) {
      throw ApiException.badRequest("amount: " + shown + " is not a positive amount");
    }
    if (dollars.compareTo(MAX_AMOUNT) > 0) {
      throw ApiException.badRequest("amount: " + shown + " is more than " + MAX_AMOUNT.toPlainString() + " US dollars");
    }
    if (!Money.isCents(dollars)) {
      throw ApiException.badRequest("amount: " + shown + " has fractions of a cent");
    }
    return Money.cents(dollars);
  }

  private static int count(String text) {
    if (text == null || text.isBlank()) {
      return 1;
    }
    try {
      int n = Integer.parseInt(text.strip());
      if (n >= 1 && n <= MAX_COUNT) {
        return n;
      }
    } catch (NumberFormatException e) {
      // Falls through to the one message for every bad count.
    }
    throw ApiException.badRequest("count: '" + text + "' is not a whole number from 1 to " + MAX_COUNT);
  }

  /** The book's last valid time, as {@code charter waterfall} defaults to its scenario's last act. */
  private static Instant lastValidTime(LiveBook b) {
    return b.book().lastValidAt().orElse(Instant.EPOCH);
  }

  private static String onlyPayer(StateView view, LiveBook b, Instant when) {
    List<String> payers = WaterfallReport.payers(view);
    if (payers.isEmpty()) {
      throw ApiException.badRequest("no entity of book " + b.id() + " has waterfall terms on record by "
          + Labels.iso(when, b.zone()));
    }
    if (payers.size() > 1) {
      throw ApiException.badRequest("several entities have waterfall terms (" + String.join(", ", payers)
          + "): name one with entity=");
    }
    return payers.get(0);
  }

  private static String known(StateView view, LiveBook b, String entity) {
    if (view.entity(entity).isEmpty()) {
      throw ApiException.badRequest("entity: no entity " + entity + " is on record in book " + b.id() + " by "
          + Labels.iso(view.basis().validAt(), b.zone()));
    }
    return entity;
  }
}
