package org.charter.core.state;

import java.util.List;

/**
 * The numbers of a resolution: directors in office, who was present (or signed), and the votes, with null counts when
 * the record does not hold them.
 */
public record Tally(
    List<String> inOffice, List<String> present, Integer yes, Integer no, Integer abstain, boolean consent) {
  public Tally {
    inOffice = List.copyOf(inOffice);
    present = List.copyOf(present);
  }

  public boolean votesOnRecord() {
    return yes != null;
  }
}
