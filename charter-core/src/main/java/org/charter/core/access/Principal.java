package org.charter.core.access;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Who a token speaks for, and its roles: the name is what every act it records carries as recorded_by. */
public record Principal(String name, List<Grant> grants) {
  public Principal {
    Objects.requireNonNull(name, "name");
    grants = List.copyOf(grants);
  }

  /** The strongest grant that covers a book, if any: none means the book is invisible to this principal. */
  public Optional<Grant> on(String book) {
    return grants.stream().filter(g -> g.covers(book)).max(Comparator.comparing(Grant::role));
  }

  /** Whether this principal is an admin of every book, which alone may grant roles on every book. */
  public boolean isAdminOfAll() {
    return grants.stream().anyMatch(g -> g.book().equals(Grant.ALL_BOOKS) && g.role() == Role.ADMIN);
  }
}
