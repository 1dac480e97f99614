package org.charter.core.rules;

/**
 * The limits on a bylaw's CEL condition, checked when the bylaws are recorded and again while a condition runs, so that
 * no condition can stall a write, a read or a restart. A step is one evaluation of one node of the expression.
 */
public final class CelLimits {
  /** The rule id the refusals and the stopped evaluations name. */
  public static final String RULE = "CH-cel-cost";
  /** The longest expression, in code points: a bylaw's sentence, not a program (CEL's maxExpressionCodePointSize). */
  public static final int MAX_CODE_POINTS = 2_000;
  /** The deepest nesting of the expression's syntax (CEL's maxParseRecursionDepth). */
  public static final int MAX_NESTING = 32;
  /** The most nodes the parsed expression may have (CEL's maxParseExpressionNodeCount). */
  public static final int MAX_NODES = 1_000;
  /** How many syntax errors the parser reports before it gives up (CEL's maxParseErrorRecoveryLimit). */
  public static final int MAX_PARSE_ERRORS = 4;
  /** The largest compiled regular expression of {@code matches} (CEL's maxRegexProgramSize). */
  public static final int MAX_REGEX_PROGRAM = 1_000;
  /**
   * The most steps one evaluation may take, estimated when recorded and counted while running; about a millisecond of
   * work. At run time a string a step yields costs one more step per {@link #CHARS_PER_STEP} characters.
   */
  public static final long MAX_STEPS = 10_000;
  /** How many characters of a string result cost one more step at run time, bounding the strings a condition builds. */
  public static final int CHARS_PER_STEP = 100;
  /**
   * The length the estimate takes for a list the expression does not spell out ({@code directors}, a list field of the
   * act): a board larger than this may stop a condition the estimate accepted, which then gives an unknown finding.
   */
  public static final int ASSUMED_LIST_SIZE = 32;

  private CelLimits() {}
}
