package org.charter.server;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/**
 * One page of a list ordered by seq: at most {@code limit} items, those after the seq {@code after} (-1: from the
 * first). A page's answer carries {@code next}, the {@code after} of the page that follows, or null when it is the last.
 * A cursor on seq stays right while the book grows: acts are only ever appended, with higher seqs.
 */
record Page(int limit, long after) {
  /** The page size when {@code limit} is not given. */
  static final int DEFAULT_LIMIT = 100;
  /** The largest page: a larger {@code limit} is refused, so that one request cannot ask for a whole large book. */
  static final int MAX_LIMIT = 1000;
  static final String LIMIT = "limit";
  static final String AFTER = "after";

  /** The page a request asks for with {@code limit} and {@code after}; either may be left out. */
  static Page of(Context ctx) {
    return new Page(limit(once(ctx, LIMIT)), after(once(ctx, AFTER)));
  }

  // Given twice, a parameter is refused: reading only the first would let limit=5&limit=100000 past the check unseen.
  private static String once(Context ctx, String name) {
    List<String> values = ctx.queryParams(name);
    if (values.size() > 1) {
      throw bad(name, "given " + values.size() + " times; give it once");
    }
    return values.isEmpty() ? null : values.get(0);
  }

  /** Whether an item with this seq is on the page or on a later one. */
  boolean fromHere(long seq) {
    return seq > after;
  }

  private static int limit(String text) {
    if (text == null || text.isBlank()) {
      return DEFAULT_LIMIT;
    }
    long n = number(text);
    if (n < 1 || n > MAX_LIMIT) {
      throw bad(LIMIT, "'" + shown(text) + "' is not a whole number from 1 to " + MAX_LIMIT
          + " (the page size; default " + DEFAULT_LIMIT + ")");
    }
    return (int) n;
  }

  private static long after(String text) {
    if (text == null || text.isBlank()) {
      return -1;
    }
    long n = number(text);
    if (n < 0) {
      throw bad(AFTER, "'" + shown(text) + "' is not a seq (a whole number from 0: the next of the page before)");
    }
    return n;
  }

  /** The digits as a number, or -1 when the text is not plain digits or too long to be one. */
  private static long number(String text) {
    String t = text.strip();
    if (t.isEmpty() || t.length() > 18 || !t.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return -1;
    }
    return Long.parseLong(t);
  }

  // The text as given, cut short: a parameter of a megabyte is not echoed back whole.
  private static String shown(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "..." : text;
  }

  private static ApiException bad(String field, String message) {
    return ApiException.badRequest(field + ": " + message, Map.of("fields", List.of(field)));
  }
}
