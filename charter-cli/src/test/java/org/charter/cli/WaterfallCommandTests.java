package org.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `charter waterfall` on the OpenAI terms, and `check` of acts against the Microsoft agreement. */
class WaterfallCommandTests {
  @Test
  void waterfall_ofOneBillion_addsUpExactlyToTheAmount() {
    Cli r = Cli.run("waterfall", Cli.OPENAI.toString(), "--amount", "1000000000", "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode d = r.json().get("distributions").get(0);
    assertThat(d.get("parts_sum_cents").asLong()).isEqualTo(100_000_000_000L);
    long sum = 0;
    for (JsonNode p : d.get("parts")) {
      sum += p.get("amount_cents").asLong();
    }
    assertThat(sum).isEqualTo(100_000_000_000L);
    assertThat(r.out()).contains("\"holder\" : \"microsoft\"");
  }

  @Test
  void waterfall_afterEnoughDistributions_stopsEachCappedHolderAtItsCap() {
    Cli r = Cli.run("waterfall", Cli.OPENAI.toString(), "--amount", "100000000000", "--count", "4",
        "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    for (JsonNode h : r.json().get("standings")) {
      if (!h.get("cap_cents").isNull()) {
        assertThat(h.get("capped").asBoolean()).as(h.toString()).isTrue();
        assertThat(h.get("received_cents").asLong()).isEqualTo(h.get("cap_cents").asLong());
      }
    }
    JsonNode last = r.json().get("distributions").get(3);
    assertThat(last.get("parts").toString()).contains("\"holder\":\"openai-inc\"");
    for (JsonNode p : last.get("parts")) {
      if (!p.get("holder").asText().equals("openai-inc")) {
        assertThat(p.get("amount_cents").asLong()).isZero();
      }
    }
  }

  @Test
  void waterfall_afterDistributionsOnRecord_continuesFromThem(@TempDir Path tmp) throws Exception {
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
    Files.writeString(copy.resolve("acts").resolve("2030-distributions.yaml"), """
        - act: distribution-made
          at: 2030-01-01
          sources: [{assumption: "a hypothetical distribution"}]
          entity: openai-global
          amount: 300000000000
        """);
    Cli r = Cli.run("waterfall", copy.toString(), "--amount", "1000", "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.json().get("distributions_on_record").asInt()).isEqualTo(1);
    for (JsonNode p : r.json().get("distributions").get(0).get("parts")) {
      if (!p.get("holder").asText().equals("openai-inc")) {
        assertThat(p.get("amount_cents").asLong()).as(p.toString()).isZero();
      }
    }
  }

  @Test
  void waterfall_withFractionsOfACent_exits2() {
    Cli r = Cli.run("waterfall", Cli.OPENAI.toString(), "--amount", "1.005");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--amount");
  }

  @Test
  void waterfall_ofMoreThanCentsCanCount_exits2() {
    Cli huge = Cli.run("waterfall", Cli.OPENAI.toString(), "--amount", "1e20");
    assertThat(huge.code()).isEqualTo(2);
    assertThat(huge.err()).contains("--amount: 100000000000000000000 is more than 1000000000000 US dollars");
    Cli many = Cli.run("waterfall", Cli.OPENAI.toString(), "--amount", "90000000000000000", "--count", "2");
    assertThat(many.code()).isEqualTo(2);
  }

  private static Cli check(String file) {
    return Cli.run("check", Cli.OPENAI.toString(), "--act", Cli.OPENAI.resolve("checks").resolve(file).toString());
  }

  @Test
  void check_oracleComputeInMay2024_exits1NamingTheExclusivityClause() {
    Cli r = check("oracle-compute-may-2024.yaml");
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
    assertThat(r.out()).contains("cloud-exclusivity NOT MET (breach)");
  }

  @Test
  void check_oracleComputeInJuly2024_exits0UnderTheJuneException() {
    Cli r = check("oracle-compute-july-2024.yaml");
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("cloud-exclusivity met: permitted by exception oracle-compute");
  }

  @Test
  void check_useOfTechnologyCreatedAfterAnAgiDetermination_exits1NamingTheLicenceClause() {
    Cli r = check("agi-use-after-determination.yaml");
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
    // As acted, the board of nine determines AGI and the later model is outside the licence. Under the rules the void
    // 2023 removal leaves Brockman on the board, the consent lacks him, and the determination is void, so whether the
    // clause is breached is unknown.
    assertThat(r.out()).contains("pre-agi-licence NOT MET (breach)").contains("the determination itself is invalid (void)")
        .contains("signed by 9 of 10 directors in office (not signed: Greg Brockman)");
  }

  @Test
  void check_useOfTechnologyCreatedBeforeAnAgiDetermination_isLicensed_butTheDeterminationIsVoidInLaw() {
    Cli r = check("agi-use-before-determination.yaml");
    // The use is licensed either way; the check exits 1 because, under the rules, the determination's consent lacks
    // the director whose 2023 removal is void.
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
    assertThat(r.out()).contains("pre-agi-licence met").contains("not signed: Greg Brockman)");
  }
}
