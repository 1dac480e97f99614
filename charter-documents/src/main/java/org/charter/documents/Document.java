package org.charter.documents;

import java.util.List;

/**
 * A document drawn from a book: its title, the basis it was generated on (stated on every document), its blocks, and
 * the ledger entries it rests on, in the order of the book.
 */
public record Document(
    DocumentKind kind, String title, String subject, List<String> basis, List<Block> blocks, List<EntryRef> restsOn) {
  public Document {
    basis = List.copyOf(basis);
    blocks = List.copyOf(blocks);
    restsOn = List.copyOf(restsOn);
  }
}
