package org.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `charter waterfall` as text: every column starts (or, for amounts, ends) at the same offset on every row. */
class WaterfallTextTests {
  private static final String AGGREGATE = "Other investors and employees (aggregate)";
  // Cells are separated by two spaces or more; a name or a flag has single spaces only.
  private static final Pattern CELL = Pattern.compile("\\S+(?: \\S+)*");

  private record Cell(int start, int end) {}

  private static List<Cell> cells(String line) {
    List<Cell> out = new ArrayList<>();
    Matcher m = CELL.matcher(line);
    while (m.find()) {
      out.add(new Cell(TextTable.width(line.substring(0, m.start())), TextTable.width(line.substring(0, m.end()))));
    }
    return out;
  }

  private static void assertAligned(String out, String longName) {
    List<String> lines = out.lines().toList();
    int header = IntStream.range(0, lines.size()).filter(i -> lines.get(i).startsWith("holder")).findFirst()
        .orElseThrow();
    List<String> standings = lines.subList(header, lines.size());
    List<String> parts = lines.subList(1, header).stream().filter(l -> l.startsWith("  ")).toList();
    assertThat(parts).isNotEmpty().anyMatch(l -> l.contains(longName));
    assertThat(standings).hasSizeGreaterThan(1).anyMatch(l -> l.contains(longName));
    // The parts: a name at 2, an amount ending where every other amount ends.
    Cell first = cells(parts.get(0)).get(1);
    for (String l : parts) {
      List<Cell> c = cells(l);
      assertThat(c).as(l).hasSize(2);
      assertThat(c.get(0).start()).as(l).isEqualTo(2);
      assertThat(c.get(1).end()).as(l).isEqualTo(first.end());
    }
    // The standings: holder at 0, then invested, cap and received each ending under its header.
    List<Cell> head = cells(standings.get(0));
    assertThat(head).hasSize(4);
    for (String l : standings) {
      List<Cell> c = cells(l);
      assertThat(c.size()).as(l).isBetween(4, 5);
      assertThat(c.get(0).start()).as(l).isZero();
      for (int i = 1; i < 4; i++) {
        assertThat(c.get(i).end()).as(l + " column " + i).isEqualTo(head.get(i).end());
      }
    }
    // The flags, where there are some, start at one offset too.
    assertThat(standings.stream().map(WaterfallTextTests::cells).filter(c -> c.size() == 5)
        .map(c -> c.get(4).start()).distinct()).hasSizeLessThanOrEqualTo(1);
  }

  @Test
  void waterfall_withAHolderNameOf41Characters_alignsEveryColumn() {
    assertThat(AGGREGATE).hasSize(41);
    Cli r = Cli.run("waterfall", Cli.OPENAI.toString(), "--amount", "100000000000", "--count", "4");
    assertThat(r.code()).as(r.err()).isZero();
    assertAligned(r.out(), AGGREGATE);
  }

  @Test
  void waterfall_withAHolderNameLongerThanAnyColumnBefore_alignsEveryColumn(@TempDir Path tmp) throws Exception {
    String longName = "Société Générale des Investisseurs et des Employés Réunis (aggregate, all rounds)";
    Path copy = tmp.resolve("s");
    try (Stream<Path> files = Files.walk(Cli.OPENAI)) {
      for (Path p : files.toList()) {
        Path to = copy.resolve(Cli.OPENAI.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    Path acts = copy.resolve("acts").resolve("2019-03-capped-profit.yaml");
    String yaml = Files.readString(acts);
    assertThat(yaml).contains("name: " + AGGREGATE);
    Files.writeString(acts, yaml.replace("name: " + AGGREGATE, "name: " + longName));
    Cli r = Cli.run("waterfall", copy.toString(), "--amount", "1000000000", "--count", "2");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains(longName);
    assertAligned(r.out(), longName);
  }
}
