package org.charter.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.regex.Pattern;

/** A JSON or YAML parser's message as a client should read it: one plain sentence, positions as line and column. */
final class ParseErrors {
  // Jackson names where an object or array began as "[Source: REDACTED (...); line: 1, column: 1]".
  private static final Pattern SOURCE = Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");
  private static final Pattern SOURCE_ONLY = Pattern.compile("\\s*\\[Source: [^\\]]*\\]");

  private ParseErrors() {}

  static String message(JsonProcessingException e) {
    String first = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
    String plain = SOURCE.matcher(first).replaceAll("line $1, column $2");
    return SOURCE_ONLY.matcher(plain).replaceAll("").strip();
  }
}
