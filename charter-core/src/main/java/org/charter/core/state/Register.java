package org.charter.core.state;

/**
 * Which register a query reads. As acted: what the organisation did and the world treated as done, every act given
 * its effect. Under the rules (legal): a void act has no effect; a voidable or undetermined act stands until it is
 * avoided. Both are read from one temporal index; only the seat, office and bylaw timelines fold them apart.
 */
public enum Register {
  ACTED,
  LEGAL;

  public String label() {
    return this == ACTED ? "acted" : "legal";
  }
}
