package org.charter.core.rules;

import java.util.List;
import org.charter.core.verdict.Finding;

/** One named rule with one job: it looks at an act in its context and says what it found, or nothing. */
public interface Rule {
  String id();

  String citation();

  /** The findings of this rule about the act in {@code ctx}; empty when the rule does not apply to it. */
  List<Finding> check(RuleContext ctx);
}
