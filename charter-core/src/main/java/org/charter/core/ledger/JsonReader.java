package org.charter.core.ledger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the JSON subset the canonical encoding writes: objects, arrays, strings, integers, booleans, null. */
final class JsonReader {
  private final String s;
  private int i;

  JsonReader(String s) {
    this.s = s;
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

  private String string() {
    expect('"');
    StringBuilder sb = new StringBuilder();
    try {
      i = JsonText.unescape(s, i, sb);
    } catch (JsonText.BadString e) {
      i = e.at;
      throw error(e.what);
    }
    return sb.toString();
  }

  private boolean peek(char c) {
    if (i < s.length() && s.charAt(i) == c) {
      i++;
      return true;
    }
    return false;
  }

  private void expect(char c) {
    if (!peek(c)) {
      throw error("expected '" + c + "'");
    }
  }

  private void literal(String word) {
    if (!s.startsWith(word, i)) {
      throw error("expected " + word);
    }
    i += word.length();
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException("canonical JSON: " + what + " at offset " + i);
  }
}
