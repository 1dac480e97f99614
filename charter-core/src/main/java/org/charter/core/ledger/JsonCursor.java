package org.charter.core.ledger;

/**
 * A cursor over JSON text, the steps the canonical readers share: the general reader ({@link JsonReader}), the typed
 * reader that builds records straight from the text ({@link ActReader}), and the one-pass column check
 * ({@link EntryColumns}). Each fails with an {@link IllegalArgumentException} naming what it expected and the offset.
 */
abstract class JsonCursor {
  final String s;
  int i;

  JsonCursor(String s) {
    this.s = s;
  }

  final IllegalArgumentException error(String what) {
    return new IllegalArgumentException("canonical JSON: " + what + " at offset " + i);
  }

  /** Steps over {@code c} if it is next. */
  final boolean peek(char c) {
    if (i < s.length() && s.charAt(i) == c) {
      i++;
      return true;
    }
    return false;
  }

  final void expect(char c) {
    if (!peek(c)) {
      throw error("expected '" + c + "'");
    }
  }

  final void literal(String word) {
    if (!s.startsWith(word, i)) {
      throw error("expected " + word);
    }
    i += word.length();
  }

  /** A string value; one without escapes (most of them) is taken as it stands, through {@link #text}. */
  final String string() {
    expect('"');
    int start = i;
    int end = s.indexOf('"', start);
    // Look for an escape only up to the closing quote: a search to the end of the text would read the rest of the
    // act once per string.
    boolean plain = end >= 0;
    for (int k = start; plain && k < end; k++) {
      plain = s.charAt(k) != '\\';
    }
    if (plain) {
      i = end + 1;
      return text(start, end);
    }
    StringBuilder sb = new StringBuilder();
    try {
      i = JsonText.unescape(s, i, sb);
    } catch (JsonText.BadString e) {
      i = e.at;
      throw error(e.what);
    }
    return sb.toString();
  }

  /** The characters of a string with no escape in it; a reader may hand out a shared copy. */
  String text(int start, int end) {
    return s.substring(start, end);
  }

  /** An integer, which must fit a long, as every number in canonical JSON does. */
  final long number() {
    boolean negative = peek('-');
    int start = i;
    long v = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        break;
      }
      v = Math.multiplyExact(v, 10) + (c - '0');
      i++;
    }
    if (i == start) {
      throw error("expected a number");
    }
    return negative ? -v : v;
  }

  /** Steps over one value of any kind: a key a reader does not need. */
  final void skip() {
    char c = i < s.length() ? s.charAt(i) : '\0';
    if (c == '"') {
      string();
    } else if (c == '{' || c == '[') {
      char close = c == '{' ? '}' : ']';
      i++;
      if (!peek(close)) {
        do {
          if (c == '{') {
            string();
            expect(':');
          }
          skip();
        } while (peek(','));
        expect(close);
      }
    } else if (c == 't') {
      literal("true");
    } else if (c == 'f') {
      literal("false");
    } else if (c == 'n') {
      literal("null");
    } else {
      number();
    }
  }
}
