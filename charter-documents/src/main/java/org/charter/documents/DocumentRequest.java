package org.charter.documents;

import java.time.Instant;
import java.util.Objects;
import org.charter.core.act.Nullable;
import org.charter.core.merkle.SignedCheckpoint;
import org.charter.core.state.Register;

/**
 * What a document is asked of: its kind, the recorded time the record is read as of ({@link Instant#MAX}: all of it),
 * and, as the kind takes them, a meeting, an act, a valid time, an entity, a register and a signed checkpoint.
 */
public record DocumentRequest(
    DocumentKind kind,
    Instant recordedAt,
    @Nullable String meeting,
    @Nullable String act,
    @Nullable Instant at,
    @Nullable String entity,
    @Nullable Register view,
    @Nullable SignedCheckpoint checkpoint) {

  public DocumentRequest {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(recordedAt, "recordedAt");
    refuse(kind, DocumentKind.Field.MEETING, meeting);
    refuse(kind, DocumentKind.Field.ACT, act);
    refuse(kind, DocumentKind.Field.AT, at);
    refuse(kind, DocumentKind.Field.ENTITY, entity);
    refuse(kind, DocumentKind.Field.VIEW, view);
    refuse(kind, DocumentKind.Field.CHECKPOINT, checkpoint);
  }

  private static void refuse(DocumentKind kind, DocumentKind.Field f, Object value) {
    if (value != null && !kind.takes(f)) {
      throw new DocumentException(f.label(), "the " + kind.label() + " document takes no " + f.label());
    }
  }

  /** The value a kind needs, or a clear refusal naming the field. */
  static <T> T required(DocumentKind.Field f, DocumentKind kind, T value) {
    if (value == null) {
      throw new DocumentException(f.label(), "the " + kind.label() + " document needs a " + f.label());
    }
    return value;
  }
}
