package org.charter.core.state;

import java.util.List;
import java.util.Optional;

/**
 * Which register a query reads. As acted: what the organisation did and the world treated as done, every act given
 * its effect. Under the rules (legal): a void act has no effect; a voidable or undetermined act stands until it is
 * avoided. Both are read from one temporal index; only the seat, office and bylaw timelines fold them apart.
 */
public enum Register {
  ACTED,
  LEGAL;

  /**
   * The registers a {@code view} of a state answer names: {@code legal}, {@code acted}, or {@code both} (also when
   * null or blank), the legal one first; empty for any other name.
   */
  public static Optional<List<Register>> views(String view) {
    if (view == null || view.isBlank() || view.equals("both")) {
      return Optional.of(List.of(LEGAL, ACTED));
    }
    return switch (view) {
      case "acted" -> Optional.of(List.of(ACTED));
      case "legal" -> Optional.of(List.of(LEGAL));
      default -> Optional.empty();
    };
  }

  public String label() {
    return this == ACTED ? "acted" : "legal";
  }
}
