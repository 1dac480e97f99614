package org.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `charter check`: would proposed acts be valid at their time, given the OpenAI scenario so far? */
class CheckCommandTests {
  private static Cli check(String file, String... more) {
    String[] args = new String[4 + more.length];
    args[0] = "check";
    args[1] = Cli.OPENAI.toString();
    args[2] = "--act";
    args[3] = Cli.OPENAI.resolve("checks").resolve(file).toString();
    System.arraycopy(more, 0, args, 4, more.length);
    return Cli.run(args);
  }

  @Test
  void check_writtenConsentSignedByThreeOfFour_exits1CitingUnanimity() {
    Cli r = check("consent-three-of-four.yaml");
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
    // Under the rules the 17 Nov removals are void, so six directors sit and three signatures are not unanimous; as
    // acted, four sit, and three of four are not unanimous either.
    assertThat(r.out()).contains("DE-141f-consent NOT MET").contains("signed by 3 of 6").contains("signed by 3 of 4");
  }

  @Test
  void check_removalWithThreeOfSixPresent_exits1CitingQuorum() {
    Cli r = check("removal-three-present.yaml");
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
    assertThat(r.out()).contains("DE-141b-quorum NOT MET").contains("present 3 of 6");
  }

  @Test
  void check_properlyNoticedRemovalWithQuorumAndMajority_exits0() {
    Cli r = check("removal-proper.yaml", "--format", "json");
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(r.json().get("valid").asBoolean()).isTrue();
    assertThat(r.out()).contains("DE-141b-quorum").contains("DE-142-officers");
  }

  @Test
  void check_ofAFileWithAnUnknownPerson_exits2NamingLineAndColumn(@TempDir Path tmp) throws Exception {
    Path f = tmp.resolve("bad.yaml");
    Files.writeString(f, "- act: director-resigned\n  at: 2023-11-19\n  body: openai-board\n  person: nobody\n");
    Cli r = Cli.run("check", Cli.OPENAI.toString(), "--act", f.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("bad.yaml:4:").contains("nobody");
  }

  @Test
  void check_ofAMissingFile_exits2() {
    Cli r = Cli.run("check", Cli.OPENAI.toString(), "--act", "no-such-file.yaml");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no file at no-such-file.yaml");
  }
}
