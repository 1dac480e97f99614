package org.charter.documents;

import java.util.List;

/**
 * One piece of a document, before any format: the templates render each kind of block, so every document looks alike
 * in Markdown, HTML and PDF, and a new document needs no template of its own.
 */
public sealed interface Block {
  /** A section heading. */
  record Heading(String text) implements Block {}

  /** A paragraph of running text. */
  record Paragraph(String text) implements Block {}

  /** A list of short items, numbered when their order is the point (an order of business). */
  record Items(List<String> items, boolean ordered) implements Block {
    public Items {
      items = List.copyOf(items);
    }
  }

  /** A table: a header row and rows of the same width. */
  record Table(List<String> header, List<List<String>> rows) implements Block {
    public Table {
      header = List.copyOf(header);
      rows = rows.stream().map(List::copyOf).toList();
      for (List<String> r : rows) {
        if (r.size() != header.size()) {
          throw new IllegalArgumentException("a row of " + r.size() + " cells under a header of " + header.size());
        }
      }
    }
  }

  /** Text that must be copied exactly as it stands: a signature payload, a checkpoint, a command. */
  record Verbatim(String caption, String text) implements Block {}

  /** Lines for signatures, one per name. */
  record Signatures(List<String> names) implements Block {
    public Signatures {
      names = List.copyOf(names);
    }
  }
}
