package org.charter.core.access;

import java.util.List;
import java.util.Objects;
import org.charter.core.act.Act;
import org.charter.core.act.MotionVoted;
import org.charter.core.act.NoticeWaived;
import org.charter.core.act.Nullable;
import org.charter.core.act.VoteCast;
import org.charter.core.act.WrittenConsentSigned;

/**
 * A role on one book ({@link #ALL_BOOKS} for every book, present and future). A director's grant names the person
 * whose signatures the token may record.
 */
public record Grant(String book, Role role, @Nullable String person) {
  public static final String ALL_BOOKS = "*";

  public Grant {
    Objects.requireNonNull(book, "book");
    Objects.requireNonNull(role, "role");
    if (role == Role.DIRECTOR && (person == null || person.isBlank())) {
      throw new IllegalArgumentException("a director's grant names the person who signs");
    }
  }

  public boolean covers(String bookId) {
    return book.equals(ALL_BOOKS) || book.equals(bookId);
  }

  /** Whether this grant lets its holder record {@code act}: a director only acts whose every signature is theirs. */
  public boolean mayRecord(Act act) {
    return switch (role) {
      case VIEWER -> false;
      case SECRETARY, ADMIN -> true;
      case DIRECTOR -> {
        List<String> signers = signers(act);
        yield !signers.isEmpty() && signers.stream().allMatch(person::equals);
      }
    };
  }

  /** The persons who sign an act: the voters of a motion, the signers of a consent, the director who waives notice. */
  static List<String> signers(Act act) {
    if (act instanceof WrittenConsentSigned c) {
      return c.signers();
    } else if (act instanceof MotionVoted m) {
      return m.votes().stream().map(VoteCast::person).toList();
    } else if (act instanceof NoticeWaived w) {
      return List.of(w.by());
    }
    return List.of();
  }
}
