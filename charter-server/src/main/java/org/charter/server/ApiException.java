package org.charter.server;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request the server answers with a 4xx: the error taxonomy of the HTTP edge (bad input 400, unauthenticated 401,
 * forbidden 403, not found 404, conflict 409, too large 413, invalid act 422), with a message and optional details.
 */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String error;
  private final transient Map<String, Object> details;

  ApiException(int status, String error, String message, Map<String, Object> details) {
    super(message);
    this.status = status;
    this.error = error;
    this.details = new LinkedHashMap<>(details);
  }

  static ApiException badRequest(String message) {
    return new ApiException(400, "bad_request", message, Map.of());
  }

  static ApiException badRequest(String message, Map<String, Object> details) {
    return new ApiException(400, "bad_request", message, details);
  }

  static ApiException unauthorized(String message) {
    return new ApiException(401, "unauthorized", message, Map.of());
  }

  static ApiException forbidden(String message) {
    return new ApiException(403, "forbidden", message, Map.of());
  }

  static ApiException notFound(String message) {
    return new ApiException(404, "not_found", message, Map.of());
  }

  static ApiException tooLarge(long limit) {
    return new ApiException(413, "too_large", "the request body is larger than " + limit + " bytes", Map.of());
  }

  int status() {
    return status;
  }

  /** The body: {@code error}, {@code message}, then the details. */
  Map<String, Object> body() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("error", error);
    m.put("message", getMessage());
    m.putAll(details);
    return m;
  }
}
