package org.charter.core.rules;

import dev.cel.common.ast.CelExpr;
import dev.cel.common.ast.CelExpr.CelComprehension;
import dev.cel.runtime.CelEvaluationListener;

/**
 * The cost of a CEL condition in steps: an upper bound estimated from the checked expression (cel-java 0.14 has no
 * cost estimator of its own), and the count kept while it runs.
 */
final class CelCost {
  private CelCost() {}

  /**
   * The most steps an evaluation can take: each node once, a comprehension's loop once per element of its range. A
   * range's length is known for a list or map the expression spells out, and taken as
   * {@link CelLimits#ASSUMED_LIST_SIZE} otherwise. Sums saturate, so a huge estimate never wraps round.
   */
  static long estimate(CelExpr e) {
    return switch (e.getKind()) {
      case NOT_SET, CONSTANT, IDENT -> 1;
      case SELECT -> add(1, estimate(e.select().operand()));
      case CALL -> {
        long c = e.call().target().map(CelCost::estimate).orElse(1L);
        for (CelExpr a : e.call().args()) {
          c = add(c, estimate(a));
        }
        yield add(c, 1);
      }
      case LIST -> {
        long c = 1;
        for (CelExpr x : e.list().elements()) {
          c = add(c, estimate(x));
        }
        yield c;
      }
      case MAP -> {
        long c = 1;
        for (var x : e.map().entries()) {
          c = add(c, add(estimate(x.key()), estimate(x.value())));
        }
        yield c;
      }
      case STRUCT -> {
        long c = 1;
        for (var x : e.struct().entries()) {
          c = add(c, estimate(x.value()));
        }
        yield c;
      }
      case COMPREHENSION -> {
        CelComprehension c = e.comprehension();
        long n = length(c.iterRange());
        // The loop condition is tested before each element and once more at the end; the loop variables are steps too.
        long loop = add(add(estimate(c.loopCondition()), estimate(c.loopStep())), 2);
        long fixed = add(add(add(estimate(c.iterRange()), estimate(c.accuInit())), estimate(c.loopCondition())),
            add(estimate(c.result()), 1));
        yield add(fixed, mul(n, loop));
      }
    };
  }

  /** The most elements a range can have. */
  private static long length(CelExpr e) {
    return switch (e.getKind()) {
      case LIST -> e.list().elements().size();
      case MAP -> e.map().entries().size();
      // The macros (map, filter, all, exists, exists_one) yield at most one element per element of their range.
      case COMPREHENSION -> length(e.comprehension().iterRange());
      case CALL -> switch (e.call().function()) {
        case "_+_" -> e.call().args().stream().mapToLong(CelCost::length).reduce(0, CelCost::add);
        case "_?_:_" -> Math.max(length(e.call().args().get(1)), length(e.call().args().get(2)));
        default -> CelLimits.ASSUMED_LIST_SIZE;
      };
      case NOT_SET, CONSTANT, IDENT, SELECT, STRUCT -> CelLimits.ASSUMED_LIST_SIZE;
    };
  }

  private static long add(long a, long b) {
    long s = a + b;
    return s < 0 ? Long.MAX_VALUE : s;
  }

  private static long mul(long a, long b) {
    return b != 0 && a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
  }

  /** Counts the steps of one evaluation and stops it past {@link CelLimits#MAX_STEPS}. */
  static final class Budget implements CelEvaluationListener {
    private long steps;

    @Override
    public void callback(CelExpr expr, Object result) {
      steps += 1 + (result instanceof String s ? s.length() / CelLimits.CHARS_PER_STEP : 0);
      if (over()) {
        throw new OverBudgetException();
      }
    }

    long steps() {
      return steps;
    }

    // CEL's || and && absorb an error on one side when the other decides, so the stop is checked again at the end.
    boolean over() {
      return steps > CelLimits.MAX_STEPS;
    }
  }

  /** An evaluation went past the budget and was stopped. */
  static final class OverBudgetException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OverBudgetException() {
      super("stopped at the limit of " + CelLimits.MAX_STEPS + " steps (" + CelLimits.RULE + ")", null, false, false);
    }
  }
}
