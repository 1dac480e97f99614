package org.charter.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code Idempotency-Key} of a request to record acts, as the store keeps it: scoped to the caller's principal
 * (the store already scopes keys to the book), with a digest of the request so a retry can be told from another
 * request under the same key.
 */
record IdempotencyKey(String key, String storeKey, String request) {
  static final String HEADER = "Idempotency-Key";
  static final int MAX_LENGTH = 128;
  // Visible ASCII without space: no key can then contain the space that ends the principal's name in storeKey.
  private static final Pattern SHAPE = Pattern.compile("[\\x21-\\x7E]{1," + MAX_LENGTH + "}");

  /**
   * The request's key, if it sent one.
   *
   * @throws ApiException 400 naming the header if the key is empty, too long or has a character outside visible ASCII
   */
  static Optional<IdempotencyKey> of(Context ctx, String principal, String body) {
    String key = ctx.header(HEADER);
    if (key == null) {
      return Optional.empty();
    }
    if (!SHAPE.matcher(key).matches()) {
      throw ApiException.badRequest(HEADER + ": expected 1 to " + MAX_LENGTH + " visible ASCII characters (no"
          + " spaces), got " + (key.isEmpty() ? "an empty one" : key.length() + " characters"),
          Map.of("fields", List.of(HEADER)));
    }
    String type = ctx.header("Content-Type");
    String request = sha256((type == null ? "" : type.strip().toLowerCase(Locale.ROOT)) + "\n" + body);
    // A principal name is at most 64 characters, so "api " + name + " " + key fits the store's 200.
    return Optional.of(new IdempotencyKey(key, "api " + principal + " " + key, request));
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
