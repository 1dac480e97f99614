package org.charter.core.ledger;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Checks that an entry's indexed columns (act type, act id, valid and recorded time) agree with its canonical bytes,
 * by one pass over the JSON that reads those four values and steps over everything else, building nothing: the store's
 * check before every append. The bytes must be well-formed JSON throughout, as a full read would require; a key that
 * appears twice counts by its last value, as a full read would keep it.
 */
final class EntryColumns {
  private EntryColumns() {}

  static boolean agree(LedgerEntry e) {
    if (CanonicalReader.notUtf8Object(e.payload()) != null) {
      return false;
    }
    try (JsonParser p = CanonicalReader.FACTORY.createParser(e.payload())) {
      return check(p, e);
    } catch (IOException | RuntimeException malformed) {
      return false;
    }
  }

  private static boolean check(JsonParser p, LedgerEntry e) throws IOException {
    String validAt = Canonical.instantText(e.validAt());
    String recordedAt = Canonical.instantText(e.recordedAt());
    Boolean type = null;
    Boolean id = null;
    Boolean valid = null;
    Boolean recorded = null;
    if (p.nextToken() != JsonToken.START_OBJECT) {
      return false;
    }
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      JsonToken v = p.nextToken();
      if (key.equals("@type")) {
        type = stringEquals(p, e.actType());
      } else if (key.equals("meta") && v == JsonToken.START_OBJECT) {
        // A meta object that repeats "meta" starts afresh, as a full read would replace it.
        id = null;
        valid = null;
        recorded = null;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
          String k = p.currentName();
          p.nextToken();
          switch (k) {
            case "id" -> id = stringEquals(p, e.actId());
            case "validAt" -> valid = stringEquals(p, validAt);
            case "recordedAt" -> recorded = stringEquals(p, recordedAt);
            default -> CanonicalReader.skip(p);
          }
        }
        if (t != JsonToken.END_OBJECT) {
          return false;
        }
      } else {
        if (key.equals("meta")) {
          id = false;
        }
        CanonicalReader.skip(p);
      }
    }
    if (t != JsonToken.END_OBJECT || p.nextToken() != null) {
      return false;
    }
    return Boolean.TRUE.equals(type) && Boolean.TRUE.equals(id) && Boolean.TRUE.equals(valid)
        && Boolean.TRUE.equals(recorded);
  }

  /** Whether the value at the parser is a string equal to {@code expected}; a value of another kind is skipped. */
  private static boolean stringEquals(JsonParser p, String expected) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      CanonicalReader.skip(p);
      return false;
    }
    return p.getText().equals(expected);
  }
}
