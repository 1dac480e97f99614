package org.charter.documents;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats a document is issued in, with the content type the API answers with. */
public enum DocumentFormat {
  MD("text/markdown; charset=utf-8", "md"),
  HTML("text/html; charset=utf-8", "html"),
  PDF("application/pdf", "pdf"),
  CSV("text/csv; charset=utf-8", "csv");

  private final String contentType;
  private final String extension;

  DocumentFormat(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  public String contentType() {
    return contentType;
  }

  public String extension() {
    return extension;
  }

  /** Whether the format is text (printable to a terminal) rather than bytes. */
  public boolean text() {
    return this != PDF;
  }

  public static Optional<DocumentFormat> named(String name) {
    return Arrays.stream(values()).filter(f -> f.extension.equals(name == null ? "" : name.toLowerCase(Locale.ROOT)))
        .findFirst();
  }
}
