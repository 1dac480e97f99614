package org.charter.core.rules;

import dev.cel.common.CelAbstractSyntaxTree;
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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Compiles and runs the CEL conditions of bylaws, with the variables {@code act} and {@code directors}. */
public final class CelConditions {
  private static final CelCompiler COMPILER = CelCompilerFactory.standardCelCompilerBuilder()
      .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
      .addVar("act", MapType.create(SimpleType.STRING, SimpleType.DYN))
      .addVar("directors", ListType.create(MapType.create(SimpleType.STRING, SimpleType.DYN)))
      .setResultType(SimpleType.BOOL)
      .build();
  private static final CelRuntime RUNTIME = CelRuntimeFactory.plannerRuntimeBuilder().build();
  private static final Map<String, CelRuntime.Program> PROGRAMS = new ConcurrentHashMap<>();

  private CelConditions() {}

  /** Why an expression does not compile to a boolean over {@code act} and {@code directors}, or empty if it does. */
  public static Optional<String> compileError(String expression) {
    CelValidationResult r = COMPILER.compile(expression);
    return r.hasError() ? Optional.of(r.getErrorString()) : Optional.empty();
  }

  /** Evaluate a condition; a failure to evaluate is reported as an exception with CEL's message. */
  static boolean evaluate(String expression, Map<String, Object> vars) throws CelEvaluationException {
    CelRuntime.Program p = PROGRAMS.computeIfAbsent(expression, CelConditions::program);
    return (Boolean) p.eval(vars);
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
