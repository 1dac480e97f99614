package org.charter.documents;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The documents a secretary draws from a book. Each takes what it is about (a meeting, an act, a moment) and nothing
 * else: {@code takes} lists the request fields that mean something to it, so a field given to a kind that ignores it is
 * refused rather than silently dropped.
 */
public enum DocumentKind {
  NOTICE("notice of a special meeting to each director, with the latest delivery time by each method",
      Set.of(Field.MEETING)),
  AGENDA("agenda of a meeting, from the motions to be taken", Set.of(Field.MEETING)),
  MINUTES("draft minutes of a meeting: call, notices, attendance, quorum, each motion and its findings, the acts"
      + " taken under each resolution", Set.of(Field.MEETING)),
  CONSENT("a written consent ready for signature, with each signer's signature payload", Set.of(Field.ACT)),
  REGISTER("register of directors and officers as of a moment, in one register (legal or acted)",
      Set.of(Field.AT, Field.ENTITY, Field.VIEW)),
  CERTIFICATE("incumbency (secretary's) certificate as of a moment, with the entries it rests on, the chain head"
      + " and a signed checkpoint when given", Set.of(Field.AT, Field.ENTITY, Field.CHECKPOINT)),
  VERDICT("verdict report of one act: each rule's finding, with its citation", Set.of(Field.ACT));

  /** The request fields a document may take beyond the recorded time, which every one takes. */
  public enum Field {
    MEETING("meeting"),
    ACT("act"),
    AT("at"),
    ENTITY("entity"),
    VIEW("view"),
    CHECKPOINT("checkpoint");

    private final String label;

    Field(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  private final String description;
  private final Set<Field> takes;

  DocumentKind(String description, Set<Field> takes) {
    this.description = description;
    this.takes = takes;
  }

  public String description() {
    return description;
  }

  public boolean takes(Field f) {
    return takes.contains(f);
  }

  /** The kind's name as the command line and the API spell it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<DocumentKind> named(String name) {
    return Arrays.stream(values()).filter(k -> k.label().equals(name)).findFirst();
  }

  /** The formats a document of this kind comes in: CSV only for the register, whose rows are tenures. */
  public boolean comesIn(DocumentFormat f) {
    return f != DocumentFormat.CSV || this == REGISTER;
  }
}
