package org.charter.documents;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Markdown and HTML from the project's Mustache templates (resources {@code org/charter/documents/}). One template per
 * format renders every kind of document from its blocks. HTML escapes as Mustache does; Markdown escapes what would
 * turn text into markup (emphasis, code, links, table cells), and keeps each value on one line.
 */
final class Templates {
  private static final String ROOT = "org/charter/documents";
  private static final Mustache HTML = new DefaultMustacheFactory(ROOT).compile("document.html.mustache");
  private static final Mustache MARKDOWN = new MarkdownFactory().compile("document.md.mustache");

  private Templates() {}

  static String html(Document d) {
    return render(HTML, d);
  }

  static String markdown(Document d) {
    return render(MARKDOWN, d);
  }

  private static String render(Mustache m, Document d) {
    StringWriter out = new StringWriter();
    m.execute(out, view(d));
    return out.toString();
  }

  /** The document as the templates read it: maps and lists, one key per kind of block. */
  static Map<String, Object> view(Document d) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("title", d.title());
    v.put("subject", d.subject());
    v.put("kind", d.kind().label());
    v.put("basis", d.basis());
    List<Object> blocks = new ArrayList<>();
    for (Block b : d.blocks()) {
      blocks.add(block(b));
    }
    v.put("blocks", blocks);
    List<Object> entries = new ArrayList<>();
    for (EntryRef e : d.restsOn()) {
      entries.add(Map.of("seq", e.seq(), "act", e.actId(), "hash", e.hash()));
    }
    v.put("restsOn", entries);
    v.put("anyEntries", !entries.isEmpty());
    return v;
  }

  private static Map<String, Object> block(Block b) {
    return switch (b) {
      case Block.Heading h -> Map.of("heading", h.text());
      case Block.Paragraph p -> Map.of("paragraph", p.text());
      case Block.Items i -> Map.of("list", Map.of("ordered", i.ordered(), "items",
          java.util.stream.IntStream.range(0, i.items().size())
              .mapToObj(k -> Map.of("n", k + 1, "text", i.items().get(k))).toList()));
      case Block.Table t -> Map.of("table", Map.of("header", t.header(),
          "rows", t.rows().stream().map(r -> Map.of("cells", r)).toList(),
          "separator", "|" + " --- |".repeat(t.header().size())));
      case Block.Verbatim x -> Map.of("verbatim", Map.of("caption", x.caption(), "text", x.text()));
      case Block.Signatures s -> Map.of("signatures", Map.of("names", s.names()));
    };
  }

  /** Mustache for Markdown: a value is escaped so that it reads as text, and never breaks a table row. */
  private static final class MarkdownFactory extends DefaultMustacheFactory {
    MarkdownFactory() {
      super(ROOT);
    }

    @Override
    public void encode(String value, Writer writer) {
      try {
        writer.write(escape(value));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  static String escape(String value) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        // Emphasis, code, table cells, raw HTML and autolinks; "](" is what would make a link of a bracket.
        case '\\', '`', '*', '|', '<', '>' -> out.append('\\').append(c);
        case '(' -> out.append(i > 0 && value.charAt(i - 1) == ']' ? "\\(" : "(");
        // A value that opens a line could make it a heading or a list item.
        case '#', '-', '+' -> out.append(i == 0 ? "\\" : "").append(c);
        case '\n', '\r' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
