package org.charter.server;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own errors, those it answers before a request reaches the routes (a malformed request line 400, a URI too
 * long 414, headers too large 431), in the API's error shape instead of Jetty's HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {
  /** How many bytes the request line and headers may take together (Jetty's default, stated here to document it). */
  static final int MAX_HEADER_BYTES = 8192;

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
      Callback callback) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", error(code));
    body.put("message", message(code, message));
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    response.write(true, ByteBuffer.wrap(Json.bytes(body)), callback);
  }

  private static String error(int code) {
    return switch (code) {
      case 400 -> "bad_request";
      case 404 -> "not_found";
      case 408 -> "timeout";
      case 413 -> "too_large";
      case 414 -> "uri_too_long";
      case 431 -> "headers_too_large";
      case 500 -> "fault";
      default -> "http_" + code;
    };
  }

  private static String message(int code, String jetty) {
    return switch (code) {
      case 414 -> "the request line is longer than the server takes (" + MAX_HEADER_BYTES + " bytes with the headers)";
      case 431 -> "the request headers are larger than the server takes (" + MAX_HEADER_BYTES
          + " bytes with the request line)";
      case 400 -> "malformed HTTP request" + (jetty == null || jetty.isBlank() || jetty.equals("Bad Request") ? ""
          : ": " + jetty);
      // Never a stack trace or an exception's text: those stay in the server log.
      case 500 -> "internal error; the server log has the details";
      default -> jetty == null ? "" : jetty;
    };
  }
}
