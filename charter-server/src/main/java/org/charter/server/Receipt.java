package org.charter.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.charter.core.act.Nullable;

/**
 * The answer to a request that recorded acts, as the store keeps it with the request's idempotency key: one line of
 * JSON (the request's digest and the status), a newline, then the answer's exact bytes, so a retry gets them back.
 */
record Receipt(@Nullable String request, int status, byte[] body) {
  private static final ObjectMapper ONE_LINE = new ObjectMapper();

  byte[] bytes() {
    Map<String, Object> head = new LinkedHashMap<>();
    head.put("request", request);
    head.put("status", status);
    try {
      byte[] h = ONE_LINE.writeValueAsBytes(head);
      byte[] out = Arrays.copyOf(h, h.length + 1 + body.length);
      out[h.length] = '\n';
      System.arraycopy(body, 0, out, h.length + 1, body.length);
      return out;
    } catch (IOException e) {
      throw new IllegalStateException("a map of a string and a number is JSON", e);
    }
  }

  /** The receipt in {@code bytes}, as {@link #bytes} wrote it. */
  static Receipt parse(byte[] bytes) {
    int nl = 0;
    while (nl < bytes.length && bytes[nl] != '\n') {
      nl++;
    }
    try {
      JsonNode head = ONE_LINE.readTree(new String(bytes, 0, nl, StandardCharsets.UTF_8));
      return new Receipt(head.path("request").asText(null), head.path("status").asInt(),
          Arrays.copyOfRange(bytes, Math.min(nl + 1, bytes.length), bytes.length));
    } catch (IOException e) {
      throw new IllegalStateException("the store holds a receipt this server did not write", e);
    }
  }

  void send(Context ctx) {
    ctx.status(status).contentType("application/json; charset=utf-8").result(body);
  }
}
