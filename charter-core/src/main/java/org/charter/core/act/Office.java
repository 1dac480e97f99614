package org.charter.core.act;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A position in management, or the chair of a body, named as the entity's bylaws or board name it (8 Del. C. § 142(a):
 * "such officers with such titles and duties as shall be stated in the bylaws or in a resolution of the board"). The
 * vocabulary is open: {@code name} is any lower-case, dash-separated title of up to 64 characters, such as
 * {@code executive-vice-president} or {@code general-counsel}. The offices rules give a meaning to (who may call a
 * meeting, who is replaced by a CEO) are the constants below.
 *
 * <p>In the ledger an office is stored as its name in upper case with underscores ({@code INTERIM_CEO}), the spelling
 * the closed list of earlier builds stored, so that their entries keep their bytes and hashes.
 */
public record Office(String name) implements Comparable<Office> {
  public static final int MAX_LENGTH = 64;
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  public static final Office CHAIR = new Office("chair");
  public static final Office CEO = new Office("ceo");
  public static final Office INTERIM_CEO = new Office("interim-ceo");
  public static final Office PRESIDENT = new Office("president");
  public static final Office CTO = new Office("cto");
  public static final Office CHIEF_SCIENTIST = new Office("chief-scientist");
  public static final Office COO = new Office("coo");
  public static final Office CHIEF_STRATEGY_OFFICER = new Office("chief-strategy-officer");
  public static final Office SECRETARY = new Office("secretary");
  public static final Office TREASURER = new Office("treasurer");

  /** The offices earlier builds knew, in the order reports list them; any other office follows, by name. */
  public static final List<Office> KNOWN = List.of(CHAIR, CEO, INTERIM_CEO, PRESIDENT, CTO, CHIEF_SCIENTIST, COO,
      CHIEF_STRATEGY_OFFICER, SECRETARY, TREASURER);

  public Office {
    String problem = problem(name);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }

  /** Why {@code name} is not an office's name, or null when it is one. */
  public static String problem(String name) {
    if (name == null || name.isEmpty()) {
      return "an office needs a name";
    }
    if (name.length() > MAX_LENGTH) {
      return "an office's name has at most " + MAX_LENGTH + " characters, not " + name.length();
    }
    if (!NAME.matcher(name).matches()) {
      return "an office's name is lower-case letters and digits in words joined by single dashes, starting with a"
          + " letter (such as executive-vice-president), not '" + name + "'";
    }
    return null;
  }

  /** The office stored as {@code code} in the ledger (see the class comment). */
  public static Office ofCode(String code) {
    String problem = code.equals(code.toUpperCase(Locale.ROOT)) ? null : "an office is stored in upper case";
    if (problem != null) {
      throw new IllegalArgumentException(problem + ", not '" + code + "'");
    }
    for (Office o : KNOWN) {
      if (o.code().equals(code)) {
        return o;
      }
    }
    return new Office(code.toLowerCase(Locale.ROOT).replace('_', '-'));
  }

  /** The spelling stored in the ledger. */
  public String code() {
    return name.toUpperCase(Locale.ROOT).replace('-', '_');
  }

  @Override
  public int compareTo(Office o) {
    int a = KNOWN.indexOf(this);
    int b = KNOWN.indexOf(o);
    if (a >= 0 || b >= 0) {
      return a < 0 ? 1 : b < 0 ? -1 : Integer.compare(a, b);
    }
    return name.compareTo(o.name);
  }

  @Override
  public String toString() {
    return name;
  }
}
