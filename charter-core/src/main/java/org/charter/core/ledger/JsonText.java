package org.charter.core.ledger;

/** Decoding a JSON string's escapes, shared by the readers of canonical JSON. */
final class JsonText {
  private JsonText() {}

  /** A string that cannot be decoded: what is wrong and the offset where it was found. */
  static final class BadString extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    final int at;
    final String what;

    BadString(String what, int at) {
      super("canonical JSON: " + what + " at offset " + at);
      this.what = what;
      this.at = at;
    }
  }

  /**
   * Appends to {@code sb} the string whose characters start at {@code from} in {@code s} (just past its opening
   * quote), decoding escapes, and returns the offset just past its closing quote.
   *
   * @throws BadString for an unterminated string or an escape JSON does not have
   */
  static int unescape(String s, int from, StringBuilder sb) {
    int i = from;
    while (true) {
      if (i >= s.length()) {
        throw new BadString("unterminated string", i);
      }
      char c = s.charAt(i++);
      if (c == '"') {
        return i;
      }
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      char e = i < s.length() ? s.charAt(i++) : '\0';
      switch (e) {
        case '"', '\\', '/' -> sb.append(e);
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case 't' -> sb.append('\t');
        case 'u' -> {
          sb.append(hex4(s, i));
          i += 4;
        }
        default -> throw new BadString("bad escape \\" + e, i - 1);
      }
    }
  }

  private static char hex4(String s, int i) {
    if (i + 4 > s.length()) {
      throw new BadString("short \\u escape", i);
    }
    int v = 0;
    for (int k = i; k < i + 4; k++) {
      int d = Character.digit(s.charAt(k), 16);
      if (d < 0) {
        throw new BadString("bad \\u escape", k);
      }
      v = v * 16 + d;
    }
    return (char) v;
  }
}
