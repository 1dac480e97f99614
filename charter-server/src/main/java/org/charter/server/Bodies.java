package org.charter.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Request bodies read at the edge: at most the configured size (413 past it), UTF-8 (400 if not), and in time (408 when
 * the client stops sending).
 */
final class Bodies {
  private static final Logger LOG = LoggerFactory.getLogger(Bodies.class);

  private Bodies() {}

  /** Refuses a request whose declared length is past the limit before anything is read. */
  static void checkDeclaredLength(Context ctx, long limit) {
    String length = ctx.header("Content-Length");
    if (length != null) {
      try {
        if (Long.parseLong(length.strip()) > limit) {
          throw ApiException.tooLarge(limit);
        }
      } catch (NumberFormatException e) {
        throw ApiException.badRequest("Content-Length '" + length + "' is not a number");
      }
    }
  }

  /** The body as text, read up to {@code limit} bytes whatever the request declared (a chunked body declares none). */
  static String read(Context ctx, long limit) {
    checkDeclaredLength(ctx, limit);
    byte[] bytes;
    try (InputStream in = ctx.bodyInputStream()) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 1, limit) + 1);
    } catch (IOException e) {
      // The client stopped sending (or was cut off by the idle timeout): its affair, not a fault of the server.
      LOG.info("{} {}: the request body did not arrive ({})", ctx.method(), ctx.path(), e.toString());
      throw new ApiException(408, "timeout", "the request body did not arrive in time", Map.of());
    }
    if (bytes.length > limit) {
      throw ApiException.tooLarge(limit);
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw ApiException.badRequest("the request body is not UTF-8 text");
    }
  }
}
