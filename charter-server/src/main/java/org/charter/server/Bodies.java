package org.charter.server;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Request bodies read at the edge: at most the configured size (413 past it), UTF-8 (400 if not), and in time (408 when
 * the client stops sending, or takes longer than {@link #DEADLINE} over the whole body).
 */
final class Bodies {
  private static final Logger LOG = LoggerFactory.getLogger(Bodies.class);

  /** How long a whole request body may take to arrive, however steadily it trickles. */
  static final Duration DEADLINE = Duration.ofSeconds(30);

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

  /**
   * The body as text, read up to {@code limit} bytes whatever the request declared (a chunked body declares none), and
   * within {@link #DEADLINE} from the first read: a client that trickles a byte now and then never trips the idle
   * timeout, so the whole body has a deadline too.
   */
  static String read(Context ctx, long limit) {
    checkDeclaredLength(ctx, limit);
    int cap = (int) Math.min(Integer.MAX_VALUE - 1, limit) + 1;
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    try (InputStream in = ctx.bodyInputStream()) {
      byte[] chunk = new byte[8192];
      int n;
      while (body.size() < cap && (n = in.read(chunk, 0, Math.min(chunk.length, cap - body.size()))) >= 0) {
        body.write(chunk, 0, n);
        if (System.nanoTime() - deadline > 0) {
          throw new IOException("the body took longer than " + DEADLINE.toSeconds() + " s");
        }
      }
    } catch (IOException e) {
      // The client stopped sending, or sent too slowly, or was cut off by the idle timeout: its affair, not a fault of
      // the server.
      LOG.info("{} {}: the request body did not arrive ({})", ctx.method(), ctx.path(), e.toString());
      throw new ApiException(408, "timeout", "the request body did not arrive in time (idle "
          + CharterServer.IDLE_TIMEOUT.toSeconds() + " s, whole body " + DEADLINE.toSeconds() + " s)", Map.of());
    }
    byte[] bytes = body.toByteArray();
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
