package org.charter.documents;

/**
 * A document that cannot be drawn as asked: the field at fault (as the command line and the API name it, without
 * dashes) and what is wrong with it. The command line exits 2; the API answers 400, or 404 for a meeting or act the book
 * does not hold.
 */
public final class DocumentException extends RuntimeException {
  private final String field;
  private final boolean notFound;

  public DocumentException(String field, String message) {
    this(field, message, false);
  }

  private DocumentException(String field, String message, boolean notFound) {
    super(field + ": " + message);
    this.field = field;
    this.notFound = notFound;
  }

  /** A meeting, act or entity the book does not hold. */
  public static DocumentException notFound(String field, String message) {
    return new DocumentException(field, message, true);
  }

  public String field() {
    return field;
  }

  public boolean notFound() {
    return notFound;
  }
}
