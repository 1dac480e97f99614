package org.charter.core.act;

import java.util.List;

/**
 * A bylaw condition the typed parameters cannot express, written in Google CEL. {@code appliesTo} names act types in
 * the scenario spelling ({@code director-elected}); the expression must be true for the act to be valid.
 */
public record CustomCondition(
    String id, @Nullable String citation, List<String> appliesTo, String expression, @Nullable String message) {
  public CustomCondition {
    appliesTo = appliesTo == null ? List.of() : List.copyOf(appliesTo);
  }
}
