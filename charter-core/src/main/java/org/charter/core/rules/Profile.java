package org.charter.core.rules;

import java.util.List;

/** A statute profile: its default parameters and its rules, each with an id and a citation. */
public record Profile(String name, String title, Parameters defaults, List<Rule> rules) {
  public Profile {
    rules = List.copyOf(rules);
  }
}
