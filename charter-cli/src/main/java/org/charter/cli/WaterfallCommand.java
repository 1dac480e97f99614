package org.charter.cli;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.charter.core.book.Book;
import org.charter.core.capital.Money;
import org.charter.core.report.WaterfallReport;
import org.charter.core.state.Basis;
import org.charter.core.state.StateView;
import org.charter.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Splits a distribution through an entity's waterfall, after the distributions on record, and reports caps. */
@Command(name = "waterfall", mixinStandardHelpOptions = true, footer = {"", BookSource.FOOTER},
    description = "Split a distribution of AMOUNT US dollars through an entity's waterfall terms, after every"
        + " distribution on record as of --at, and report each holder's cumulative receipts against its cap. With"
        + " --count N, N distributions of AMOUNT are split one after another. Nothing is recorded. Parts add up"
        + " exactly to the amount: each holder's cumulative receipts are rounded down to the cent and the residual"
        + " holder gets the rest.")
final class WaterfallCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin BookSource source;

  @Option(names = "--amount", required = true, description = "the distribution, in US dollars (at most to the cent)")
  BigDecimal amount;

  @Option(names = "--at", description = "valid time of the distribution (default: the scenario's last act)")
  String at;

  @Option(names = "--entity", description = "the distributing entity (default: the one with waterfall terms)")
  String entity;

  @Option(names = "--count", defaultValue = "1", description = "how many distributions of AMOUNT (default: 1)")
  int count;

  @Mixin FormatOption output;

  @Override
  public Integer call() {
    long cents = cents("--amount", amount);
    if (count < 1) {
      throw new BadInputException("--count must be at least 1");
    }
    Scenario s = source.scenario();
    Instant when = at != null ? Times.parse("--at", at, s.zone())
        : s.acts().stream().map(a -> a.meta().validAt()).max(Instant::compareTo).orElse(Instant.EPOCH);
    Book book = source.book();
    StateView view = book.state(Basis.at(when));
    String payer = entity != null ? entity : onlyPayer(view);
    Map<String, Object> root;
    try {
      root = WaterfallReport.run(s.id(), view, payer, cents, count, s.zone());
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
    var out = spec.commandLine().getOut();
    if (output.json()) {
      Json.print(out, root);
    } else {
      WaterfallText.print(out, root);
    }
    return Failures.OK;
  }

  /** An amount of US dollars as cents: positive, whole cents, and at most the API's limit, so that no sum overflows. */
  static long cents(String option, BigDecimal amount) {
    if (amount.signum() <= 0 || !Money.isCents(amount)) {
      throw new BadInputException(option + ": " + amount.toPlainString() + " is not a positive amount in cents");
    }
    if (amount.compareTo(Money.MAX_DOLLARS) > 0) {
      throw new BadInputException(option + ": " + amount.toPlainString() + " is more than "
          + Money.MAX_DOLLARS.toPlainString() + " US dollars");
    }
    return Money.cents(amount);
  }

  private static String onlyPayer(StateView view) {
    List<String> payers = WaterfallReport.payers(view);
    if (payers.size() != 1) {
      throw new BadInputException(payers.isEmpty() ? "no entity has waterfall terms on record"
          : "several entities have waterfall terms (" + String.join(", ", payers) + "): name one with --entity");
    }
    return payers.get(0);
  }
}
