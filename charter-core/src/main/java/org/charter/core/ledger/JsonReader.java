package org.charter.core.ledger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the JSON subset the canonical encoding writes: objects, arrays, strings, integers, booleans, null. */
final class JsonReader extends JsonCursor {
  JsonReader(String s) {
    super(s);
  }

  Object read() {
    Object v = value();
    if (i != s.length()) {
      throw error("trailing characters");
    }
    return v;
  }

  private Object value() {
    if (i >= s.length()) {
      throw error("unexpected end");
    }
    char c = s.charAt(i);
    switch (c) {
      case '{' -> {
        i++;
        Map<String, Object> m = new LinkedHashMap<>();
        if (peek('}')) {
          return m;
        }
        do {
          String k = string();
          expect(':');
          m.put(k, value());
        } while (peek(','));
        expect('}');
        return m;
      }
      case '[' -> {
        i++;
        List<Object> l = new ArrayList<>();
        if (peek(']')) {
          return l;
        }
        do {
          l.add(value());
        } while (peek(','));
        expect(']');
        return l;
      }
      case '"' -> {
        return string();
      }
      case 't' -> {
        literal("true");
        return Boolean.TRUE;
      }
      case 'f' -> {
        literal("false");
        return Boolean.FALSE;
      }
      case 'n' -> {
        literal("null");
        return null;
      }
      default -> {
        int start = i;
        if (c == '-') {
          i++;
        }
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
          i++;
        }
        if (start == i) {
          throw error("unexpected character '" + c + "'");
        }
        return Long.parseLong(s.substring(start, i));
      }
    }
  }
}
