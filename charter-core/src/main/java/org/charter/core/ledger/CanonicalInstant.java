package org.charter.core.ledger;

import java.time.Instant;
import java.time.LocalDate;

/** Reads the instants of canonical bytes without a formatter: the hot path of decoding, shared by every reader. */
public final class CanonicalInstant {
  private CanonicalInstant() {}

  /**
   * An instant as {@code Instant.toString} writes it for years 0000 to 9999 ({@code 2023-11-17T20:00:00Z}, with 1 to 9
   * digits of fraction); anything else goes to {@link Instant#parse}.
   */
  public static Instant parse(String t) {
    int n = t.length();
    boolean plain = n >= 20 && n <= 30 && n != 21 && t.charAt(4) == '-' && t.charAt(7) == '-' && t.charAt(10) == 'T'
        && t.charAt(13) == ':' && t.charAt(16) == ':' && t.charAt(n - 1) == 'Z' && (n == 20 || t.charAt(19) == '.');
    for (int k = 0; plain && k < n - 1; k++) {
      char c = t.charAt(k);
      plain = k == 4 || k == 7 || k == 10 || k == 13 || k == 16 || k == 19 || (c >= '0' && c <= '9');
    }
    if (!plain) {
      return Instant.parse(t);
    }
    int year = digits(t, 0, 4);
    int month = digits(t, 5, 2);
    int day = digits(t, 8, 2);
    int hour = digits(t, 11, 2);
    int minute = digits(t, 14, 2);
    int second = digits(t, 17, 2);
    int nanos = n == 20 ? 0 : digits(t, 20, n - 21);
    for (int k = n - 21; n > 20 && k < 9; k++) {
      nanos *= 10;
    }
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) {
      return Instant.parse(t);
    }
    long days = LocalDate.of(year, month, day).toEpochDay();
    return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
  }

  private static int digits(String t, int from, int count) {
    int v = 0;
    for (int k = from; k < from + count; k++) {
      v = v * 10 + (t.charAt(k) - '0');
    }
    return v;
  }
}
