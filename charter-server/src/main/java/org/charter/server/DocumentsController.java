package org.charter.server;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.charter.core.merkle.SignedCheckpoint;
import org.charter.core.state.Register;
import org.charter.documents.DocumentException;
import org.charter.documents.DocumentFormat;
import org.charter.documents.DocumentKind;
import org.charter.documents.DocumentRequest;
import org.charter.documents.Documents;

/**
 * {@code GET /api/books/{book}/documents/{kind}}: the document {@code charter doc KIND} writes, with the content type of
 * its format. A query parameter the kind does not take is refused (400), as on the command line.
 */
final class DocumentsController {
  private static final String[] PARAMS = {"meeting", "act", "at", "recorded_at", "entity", "view", "checkpoint",
      "format"};
  // A signed checkpoint is a few hundred bytes of text; anything far larger is not one.
  private static final int MAX_CHECKPOINT = 8 * 1024;
  private final Access access;

  DocumentsController(Access access) {
    this.access = access;
  }

  void get(Context ctx) {
    Params.only(ctx, PARAMS);
    var v = access.visible(ctx);
    LiveBook b = v.book();
    String name = ctx.pathParam("kind");
    DocumentKind kind = DocumentKind.named(name).orElseThrow(() -> ApiException.notFound("kind: no document " + name
        + " (kinds: " + String.join(", ", Arrays.stream(DocumentKind.values()).map(DocumentKind::label).toList())
        + ")"));
    String f = param(ctx, "format");
    DocumentFormat format = f == null ? DocumentFormat.MD : DocumentFormat.named(f).orElseThrow(
        () -> ApiException.badRequest("format: " + f + " is not one of md, html, pdf, csv", fields("format")));
    String at = param(ctx, "at");
    String rec = param(ctx, "recorded_at");
    byte[] body;
    DocumentRequest r;
    try {
      r = new DocumentRequest(kind,
          rec == null ? Instant.MAX : Times.parse("recorded_at", rec, b.zone()),
          param(ctx, "meeting"), param(ctx, "act"), at == null ? null : Times.parse("at", at, b.zone()),
          param(ctx, "entity"), view(param(ctx, "view")), checkpoint(param(ctx, "checkpoint")));
      body = Documents.issue(b.book(), b.title(), r, format);
    } catch (DocumentException e) {
      throw e.notFound() ? ApiException.notFound(e.getMessage())
          : ApiException.badRequest(e.getMessage(), fields(e.field()));
    }
    ctx.contentType(format.contentType());
    // Text formats open in the browser (the print layout of the HTML included); PDF and CSV are files to keep.
    ctx.header("Content-Disposition", (format.text() && format != DocumentFormat.CSV ? "inline" : "attachment")
        + "; filename=\"" + Documents.fileName(b.id(), r, format) + "\"");
    ctx.result(body);
  }

  /** A parameter's value; absent is null, and a blank one is refused rather than read as absent. */
  private static String param(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value != null && value.isBlank()) {
      throw ApiException.badRequest(name + ": empty; give a value or leave the parameter out", fields(name));
    }
    return value;
  }

  private static Register view(String view) {
    if (view == null) {
      return null;
    }
    return switch (view) {
      case "legal" -> Register.LEGAL;
      case "acted" -> Register.ACTED;
      default -> throw ApiException.badRequest("view: legal or acted (default legal)", fields("view"));
    };
  }

  private static SignedCheckpoint checkpoint(String text) {
    if (text == null) {
      return null;
    }
    if (text.length() > MAX_CHECKPOINT) {
      throw ApiException.badRequest("checkpoint: " + text.length() + " characters; a signed checkpoint is under "
          + MAX_CHECKPOINT, fields("checkpoint"));
    }
    try {
      return SignedCheckpoint.parse(text);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("checkpoint: " + e.getMessage(), fields("checkpoint"));
    }
  }

  private static Map<String, Object> fields(String field) {
    return Map.of("fields", List.of(field));
  }
}
