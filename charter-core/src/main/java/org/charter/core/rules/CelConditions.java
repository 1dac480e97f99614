package org.charter.core.rules;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.charter.core.act.Act;
import org.charter.core.act.ActMeta;
import org.charter.core.act.Bounds;
import org.charter.core.act.CustomCondition;

/**
 * Compiles and runs the CEL conditions of bylaws, with the variables {@code act} and {@code directors}, within
 * {@link CelLimits}.
 */
public final class CelConditions {
  private static final CelOptions PARSING = CelOptions.current()
      .maxExpressionCodePointSize(CelLimits.MAX_CODE_POINTS)
      .maxParseRecursionDepth(CelLimits.MAX_NESTING)
      .maxParseExpressionNodeCount(CelLimits.MAX_NODES)
      .maxParseErrorRecoveryLimit(CelLimits.MAX_PARSE_ERRORS)
      .build();
  // The planner runtime requires heterogeneous numeric comparisons, which its own default options turn on.
  private static final CelOptions RUNNING = CelOptions.current()
      .enableHeterogeneousNumericComparisons(true)
      .comprehensionMaxIterations((int) CelLimits.MAX_STEPS)
      .maxRegexProgramSize(CelLimits.MAX_REGEX_PROGRAM)
      .build();
  private static final CelCompiler COMPILER = CelCompilerFactory.standardCelCompilerBuilder()
      .setOptions(PARSING)
      .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
      .addVar("act", MapType.create(SimpleType.STRING, SimpleType.DYN))
      .addVar("directors", ListType.create(MapType.create(SimpleType.STRING, SimpleType.DYN)))
      .setResultType(SimpleType.BOOL)
      .build();
  private static final CelRuntime RUNTIME = CelRuntimeFactory.plannerRuntimeBuilder().setOptions(RUNNING).build();
  private static final Map<String, CelRuntime.Program> PROGRAMS = new ConcurrentHashMap<>();

  private CelConditions() {}

  /** Why an expression does not compile to a boolean over {@code act} and {@code directors}, or empty if it does. */
  public static Optional<String> compileError(String expression) {
    CelValidationResult r = COMPILER.compile(expression);
    return r.hasError() ? Optional.of(r.getErrorString()) : Optional.empty();
  }

  /**
   * Why an expression that compiles is over the cost limit, naming the rule, the limit and the estimate; empty if it is
   * within it (or does not compile, which {@link #compileError} says).
   */
  public static Optional<String> costError(String expression) {
    CelValidationResult r = COMPILER.compile(expression);
    if (r.hasError()) {
      return Optional.empty();
    }
    long cost;
    try {
      cost = CelCost.estimate(r.getAst().getExpr());
    } catch (CelValidationException e) {
      return Optional.empty();
    }
    if (cost <= CelLimits.MAX_STEPS) {
      return Optional.empty();
    }
    return Optional.of(String.format(Locale.ROOT, "the condition may take %s steps, more than the limit of %,d (%s;"
        + " a list the expression does not spell out is taken as %d long)",
        cost == Long.MAX_VALUE ? "more than 9.2 * 10^18" : String.format(Locale.ROOT, "%,d", cost),
        CelLimits.MAX_STEPS, CelLimits.RULE, CelLimits.ASSUMED_LIST_SIZE));
  }

  /** The estimated steps of a condition that compiles. */
  static long estimate(String expression) throws CelValidationException {
    return CelCost.estimate(COMPILER.compile(expression).getAst().getExpr());
  }

  /**
   * Every condition an act carries that does not compile or is over the limits, at its field path
   * ({@code terms.conditions[0].expression}); the book refuses such an act whatever edge it came from.
   */
  public static List<Bounds.Violation> check(Act act) {
    List<Bounds.Violation> out = new ArrayList<>();
    walk(act, new ArrayList<>(), out);
    return out;
  }

  private static void walk(Object value, List<Object> path, List<Bounds.Violation> out) {
    switch (value) {
      case CustomCondition c -> {
        Optional<String> problem = compileError(c.expression()).map(e -> "does not compile: " + e.lines()
            .findFirst().orElse(e)).or(() -> costError(c.expression()));
        if (problem.isPresent()) {
          path.add("expression");
          out.add(new Bounds.Violation(path, problem.get()));
          path.remove(path.size() - 1);
        }
      }
      case ActMeta m -> { }
      case Record r -> {
        for (RecordComponent c : r.getClass().getRecordComponents()) {
          path.add(Bounds.snake(c.getName()));
          walk(read(c, r), path, out);
          path.remove(path.size() - 1);
        }
      }
      case List<?> l -> {
        for (int i = 0; i < l.size(); i++) {
          path.add(i);
          walk(l.get(i), path, out);
          path.remove(path.size() - 1);
        }
      }
      case null, default -> { }
    }
  }

  private static Object read(RecordComponent c, Record r) {
    try {
      return c.getAccessor().invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + c, e);
    }
  }

  /**
   * Evaluate a condition within the step budget; a failure to evaluate, or an evaluation stopped at the budget, is
   * reported as an exception with the reason.
   */
  static boolean evaluate(String expression, Map<String, Object> vars) throws CelEvaluationException {
    return (Boolean) run(expression, vars, new CelCost.Budget());
  }

  /** Evaluate a condition, counting its steps in {@code budget}. */
  static Object run(String expression, Map<String, Object> vars, CelCost.Budget budget) throws CelEvaluationException {
    CelRuntime.Program p = PROGRAMS.computeIfAbsent(expression, CelConditions::program);
    try {
      Object result = p.trace(vars, budget);
      if (budget.over()) {
        throw new CelCost.OverBudgetException();
      }
      return result;
    } catch (CelEvaluationException e) {
      // The budget's refusal comes back wrapped in CEL's exception; say it plainly.
      if (e.getCause() instanceof CelCost.OverBudgetException over) {
        throw over;
      }
      throw e;
    }
  }

  private static CelRuntime.Program program(String expression) {
    try {
      CelAbstractSyntaxTree ast = COMPILER.compile(expression).getAst();
      return RUNTIME.createProgram(ast);
    } catch (CelValidationException | CelEvaluationException e) {
      throw new IllegalArgumentException("CEL condition does not compile: " + e.getMessage(), e);
    }
  }
}
