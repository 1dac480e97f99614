package org.charter.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A text table: columns sized from their widest cell, each aligned left or right, with free lines (headings, prose)
 * kept in order between the rows but never sized into a column.
 */
final class TextTable {
  enum Align { LEFT, RIGHT }

  /** A column with its header ("" for none) and alignment. */
  record Column(String header, Align align) {
    static Column left(String header) {
      return new Column(header, Align.LEFT);
    }

    static Column right(String header) {
      return new Column(header, Align.RIGHT);
    }

    static Column left() {
      return left("");
    }

    static Column right() {
      return right("");
    }
  }

  private sealed interface Line {}

  private record Row(List<String> cells) implements Line {}

  private record Free(String text) implements Line {}

  private final List<Column> columns;
  private final List<Line> lines = new ArrayList<>();
  private String indent = "";
  private String gap = "  ";

  TextTable(Column... columns) {
    if (columns.length == 0) {
      throw new IllegalArgumentException("a table needs a column");
    }
    this.columns = List.of(columns);
  }

  /** Indents the header and every row by this many spaces; free lines print as they are. */
  TextTable indent(int spaces) {
    indent = " ".repeat(spaces);
    return this;
  }

  /** Sets the spaces between columns; two unless told. */
  TextTable gap(int spaces) {
    gap = " ".repeat(spaces);
    return this;
  }

  /** Adds a row, one cell per column; a null cell prints empty. */
  TextTable row(Object... cells) {
    if (cells.length != columns.size()) {
      throw new IllegalArgumentException(cells.length + " cells for " + columns.size() + " columns");
    }
    List<String> row = new ArrayList<>(cells.length);
    for (Object cell : cells) {
      row.add(Objects.toString(cell, ""));
    }
    lines.add(new Row(List.copyOf(row)));
    return this;
  }

  /** Adds a line printed as it is, in its place among the rows. */
  TextTable text(String line) {
    lines.add(new Free(line));
    return this;
  }

  void print(PrintWriter out) {
    lines().forEach(out::println);
  }

  /** The lines as printed: the header if any column has one, then rows and free lines, without trailing spaces. */
  List<String> lines() {
    int[] widths = new int[columns.size()];
    boolean header = columns.stream().anyMatch(c -> !c.header().isEmpty());
    for (int i = 0; i < widths.length; i++) {
      widths[i] = header ? width(columns.get(i).header()) : 0;
    }
    for (Line line : lines) {
      if (line instanceof Row row) {
        for (int i = 0; i < widths.length; i++) {
          widths[i] = Math.max(widths[i], width(row.cells().get(i)));
        }
      }
    }
    List<String> out = new ArrayList<>(lines.size() + 1);
    if (header) {
      out.add(format(columns.stream().map(Column::header).toList(), widths));
    }
    for (Line line : lines) {
      out.add(switch (line) {
        case Row row -> format(row.cells(), widths);
        case Free free -> free.text();
      });
    }
    return out;
  }

  private String format(List<String> cells, int[] widths) {
    StringBuilder sb = new StringBuilder(indent);
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      if (i > 0) {
        sb.append(gap);
      }
      String pad = " ".repeat(widths[i] - width(cell));
      if (columns.get(i).align() == Align.RIGHT) {
        sb.append(pad).append(cell);
      } else {
        sb.append(cell).append(pad);
      }
    }
    int end = sb.length();
    while (end > 0 && sb.charAt(end - 1) == ' ') {
      end--;
    }
    return sb.substring(0, end);
  }

  /**
   * The columns a string takes on a terminal: one per code point, none for combining marks and format characters,
   * two for East Asian wide and fullwidth characters.
   */
  static int width(CharSequence s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = Character.codePointAt(s, i);
      i += Character.charCount(cp);
      w += width(cp);
    }
    return w;
  }

  private static int width(int cp) {
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
      return 0;
    }
    return wide(cp) ? 2 : 1;
  }

  // The East Asian Wide and Fullwidth blocks, after Markus Kuhn's wcwidth.
  private static boolean wide(int cp) {
    return cp >= 0x1100 && (cp <= 0x115F
        || cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F
        || cp >= 0xAC00 && cp <= 0xD7A3
        || cp >= 0xF900 && cp <= 0xFAFF
        || cp >= 0xFE30 && cp <= 0xFE4F
        || cp >= 0xFF00 && cp <= 0xFF60
        || cp >= 0xFFE0 && cp <= 0xFFE6
        || cp >= 0x1F300 && cp <= 0x1F64F
        || cp >= 0x1F900 && cp <= 0x1F9FF
        || cp >= 0x20000 && cp <= 0x3FFFD);
  }
}
