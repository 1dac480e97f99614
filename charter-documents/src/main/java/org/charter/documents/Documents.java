package org.charter.documents;

import java.nio.charset.StandardCharsets;
import org.charter.core.book.Book;

/**
 * The documents port: a document drawn from a book as asked, then issued in a format. The command line and the server
 * call only this.
 */
public final class Documents {
  private Documents() {}

  /** The document {@code request} asks of {@code book}, whose title (the scenario's) heads its basis. */
  public static Document draw(Book book, String title, DocumentRequest request) {
    Draft d = new Draft(book, title, request);
    return switch (request.kind()) {
      case NOTICE -> Notice.draw(d);
      case AGENDA -> Agenda.draw(d);
      case MINUTES -> Minutes.draw(d);
      case CONSENT -> Consent.draw(d);
      case REGISTER -> RegisterOfDirectors.draw(d);
      case CERTIFICATE -> Certificate.draw(d);
      case VERDICT -> VerdictReport.draw(d);
    };
  }

  /** The document drawn and issued in {@code format}: the bytes a file or an answer holds. */
  public static byte[] issue(Book book, String title, DocumentRequest request, DocumentFormat format) {
    if (!request.kind().comesIn(format)) {
      throw new DocumentException("format", "csv is for the register; the " + request.kind().label()
          + " document comes as md, html or pdf");
    }
    if (format == DocumentFormat.CSV) {
      return RegisterOfDirectors.csv(new Draft(book, title, request)).getBytes(StandardCharsets.UTF_8);
    }
    Document doc = draw(book, title, request);
    return switch (format) {
      case MD -> Templates.markdown(doc).getBytes(StandardCharsets.UTF_8);
      case HTML -> Templates.html(doc).getBytes(StandardCharsets.UTF_8);
      case PDF -> Pdf.of(Templates.html(doc), doc.title());
      case CSV -> throw new IllegalStateException("handled above");
    };
  }

  /** A file name for the document: book, kind and what it is about, with nothing a file system could misread. */
  public static String fileName(String book, DocumentRequest r, DocumentFormat f) {
    String about = r.meeting() != null ? r.meeting() : r.act() != null ? r.act() : r.entity();
    String name = book + "-" + r.kind().label() + (about == null ? "" : "-" + about);
    return name.replaceAll("[^A-Za-z0-9._-]", "_") + "." + f.extension();
  }
}
