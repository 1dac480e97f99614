package org.charter.core.ledger;

import java.nio.charset.StandardCharsets;

/**
 * Checks that an entry's indexed columns (act type, act id, valid and recorded time) agree with its canonical bytes,
 * by one pass over the JSON that reads those four values and steps over everything else, building nothing: the store's
 * check before every append. The bytes must be well-formed JSON throughout, as a full read would require; a key that
 * appears twice counts by its last value, as a full read would keep it.
 */
final class EntryColumns extends JsonCursor {
  private EntryColumns(String s) {
    super(s);
  }

  static boolean agree(LedgerEntry e) {
    try {
      return new EntryColumns(new String(e.payload(), StandardCharsets.UTF_8)).check(e);
    } catch (RuntimeException malformed) {
      return false;
    }
  }

  private boolean check(LedgerEntry e) {
    String validAt = Canonical.instantText(e.validAt());
    String recordedAt = Canonical.instantText(e.recordedAt());
    Boolean type = null;
    Boolean id = null;
    Boolean valid = null;
    Boolean recorded = null;
    expect('{');
    if (!peek('}')) {
      do {
        String key = string();
        expect(':');
        if (key.equals("@type")) {
          type = stringEquals(e.actType());
        } else if (key.equals("meta")) {
          if (s.charAt(i) != '{') {
            id = false;
            skip();
            continue;
          }
          // A meta object that repeats "meta" starts afresh, as a full read would replace it.
          id = null;
          valid = null;
          recorded = null;
          expect('{');
          if (!peek('}')) {
            do {
              String k = string();
              expect(':');
              if (k.equals("id")) {
                id = stringEquals(e.actId());
              } else if (k.equals("validAt")) {
                valid = stringEquals(validAt);
              } else if (k.equals("recordedAt")) {
                recorded = stringEquals(recordedAt);
              } else {
                skip();
              }
            } while (peek(','));
            expect('}');
          }
        } else {
          skip();
        }
      } while (peek(','));
      expect('}');
    }
    if (i != s.length()) {
      return false;
    }
    return Boolean.TRUE.equals(type) && Boolean.TRUE.equals(id) && Boolean.TRUE.equals(valid)
        && Boolean.TRUE.equals(recorded);
  }

  /** Whether the next value is a string equal to {@code expected}; a value of another kind is skipped. */
  private boolean stringEquals(String expected) {
    if (s.charAt(i) != '"') {
      skip();
      return false;
    }
    int start = i + 1;
    int end = s.indexOf('"', start);
    int escape = s.indexOf('\\', start);
    if (end > 0 && (escape < 0 || escape > end)) {
      i = end + 1;
      return end - start == expected.length() && s.regionMatches(start, expected, 0, expected.length());
    }
    return string().equals(expected);
  }
}
