package org.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.charter.cli.TextTable.Column;
import org.junit.jupiter.api.Test;

/** The one table printer behind the CLI's text output. */
class TextTableTests {
  @Test
  void lines_ofCellsOfDifferentLengths_sizeEachColumnToItsWidestCell() {
    TextTable t = new TextTable(Column.left(), Column.left(), Column.left())
        .row("a", "bb", "c")
        .row("aaaa", "b", "c");
    assertThat(t.lines()).containsExactly(
        "a     bb  c",
        "aaaa  b   c");
  }

  @Test
  void lines_ofARightColumn_lineUpTheRightEdges() {
    TextTable t = new TextTable(Column.left("holder"), Column.right("received"))
        .row("a", "0.00")
        .row("b", "100,000.00");
    assertThat(t.lines()).containsExactly(
        "holder    received",
        "a             0.00",
        "b       100,000.00");
  }

  @Test
  void lines_withAHeaderWiderThanItsCells_sizeTheColumnToTheHeader() {
    TextTable t = new TextTable(Column.left("name"), Column.left("x")).row("a", "b");
    assertThat(t.lines()).containsExactly(
        "name  x",
        "a     b");
  }

  @Test
  void lines_withoutHeaders_haveNoHeaderLine() {
    assertThat(new TextTable(Column.left(), Column.right()).row("a", "1").lines()).containsExactly("a  1");
  }

  @Test
  void lines_withFreeText_keepItInPlaceWithoutWideningAnyColumn() {
    TextTable t = new TextTable(Column.left(), Column.left()).indent(2)
        .text("Heading that is much longer than any cell:")
        .row("a", "b")
        .text("    a finding's prose, as long as it is")
        .row("ccc", "d");
    assertThat(t.lines()).containsExactly(
        "Heading that is much longer than any cell:",
        "  a    b",
        "    a finding's prose, as long as it is",
        "  ccc  d");
  }

  @Test
  void lines_withEmptyLastCells_haveNoTrailingSpaces() {
    TextTable t = new TextTable(Column.left(), Column.left(), Column.left()).row("a", "b", "").row("aa", "", "");
    assertThat(t.lines()).containsExactly("a   b", "aa");
  }

  @Test
  void lines_withGapAndIndent_useThem() {
    TextTable t = new TextTable(Column.left(), Column.right()).indent(4).gap(1).row("ab", "1").row("a", "22");
    assertThat(t.lines()).containsExactly("    ab  1", "    a  22");
  }

  @Test
  void row_withNullCell_printsItEmpty() {
    assertThat(new TextTable(Column.left(), Column.left()).row(null, "b").lines()).containsExactly("  b");
  }

  @Test
  void row_withTheWrongNumberOfCells_isRejected() {
    TextTable t = new TextTable(Column.left(), Column.left());
    assertThatThrownBy(() -> t.row("only one")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 cells for 2 columns");
  }

  @Test
  void width_ofAccentedBmpText_isOneColumnPerCharacter() {
    assertThat(TextTable.width("Société Générale")).isEqualTo(16);
    assertThat(TextTable.width("Zoë Ångström-Øster")).isEqualTo(18);
  }

  @Test
  void width_ofCombiningMarks_countsOnlyTheBaseLetters() {
    assertThat(TextTable.width("Soci\u0065\u0301te\u0301")).isEqualTo(7);
  }

  @Test
  void width_ofEastAsianWideText_isTwoColumnsPerCharacter() {
    assertThat(TextTable.width("株式会社")).isEqualTo(8);
    assertThat(TextTable.width("삼성전자")).isEqualTo(8);
  }

  @Test
  void width_ofACharacterOutsideTheBmp_countsItOnce() {
    assertThat(TextTable.width("\uD835\uDC00")).isEqualTo(1);
  }

  @Test
  void lines_ofAccentedAndWideNames_lineUpTheNextColumn() {
    TextTable t = new TextTable(Column.left(), Column.right())
        .row("Société Générale", "1.00")
        .row("Soci\u0065\u0301te\u0301 Ge\u0301ne\u0301rale", "2.00")
        .row("株式会社", "3.00")
        .row("Plain", "4.00");
    for (String line : t.lines()) {
      assertThat(TextTable.width(line)).as(line).isEqualTo(TextTable.width("Société Générale  1.00"));
    }
  }
}
