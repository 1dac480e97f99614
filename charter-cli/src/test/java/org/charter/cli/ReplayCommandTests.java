package org.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `demo`, `replay` and `verify` on a real SQLite file: what is written, what is refused, what tampering shows. */
class ReplayCommandTests {
  @TempDir Path tmp;

  private Path db() {
    return tmp.resolve("charter.db");
  }

  @Test
  void demo_printsTheTimelineWithVerdictsAndTheFinalState() {
    System.setProperty("charter.home", "..");
    Cli r = Cli.run("demo", "--db", db().toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("OpenAI").contains("invalid (void)").contains("DE-notice NOT MET")
        .contains("Bret Taylor").contains("This state rests on acts that are not shown valid");
    Cli again = Cli.run("demo", "--db", db().toString(), "--format", "json");
    assertThat(again.code()).isZero();
    assertThat(again.json().get("appended").asInt()).isZero();
  }

  @Test
  void replay_thenVerify_passes() {
    assertThat(Cli.run("replay", Cli.OPENAI.toString(), "--db", db().toString()).code()).isZero();
    Cli v = Cli.run("verify", "--db", db().toString());
    assertThat(v.code()).as(v.out() + v.err()).isZero();
    assertThat(v.out()).contains("book openai-2023").contains("chain verifies");
  }

  @Test
  void verify_afterOneChangedByteOfAStoredAct_exits1NamingIt() throws Exception {
    assertThat(Cli.run("replay", Cli.OPENAI.toString(), "--db", db().toString()).code()).isZero();
    String actId;
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db())) {
      byte[] payload;
      try (PreparedStatement q = c.prepareStatement(
          "SELECT act_id, payload FROM ledger_entry WHERE book_id = ? AND seq = 17")) {
        q.setString(1, "openai-2023");
        try (ResultSet rs = q.executeQuery()) {
          rs.next();
          actId = rs.getString(1);
          payload = rs.getBytes(2);
        }
      }
      payload[payload.length / 2] ^= 0x01;
      try (PreparedStatement u = c.prepareStatement(
          "UPDATE ledger_entry SET payload = ? WHERE book_id = ? AND seq = 17")) {
        u.setBytes(1, payload);
        u.setString(2, "openai-2023");
        assertThat(u.executeUpdate()).isEqualTo(1);
      }
    }
    Cli v = Cli.run("verify", "--db", db().toString(), "--format", "json");
    assertThat(v.code()).isEqualTo(1);
    assertThat(v.json().get("books").get(0).get("first_bad_entry").asLong()).isEqualTo(17);
    assertThat(v.json().get("books").get(0).get("act").asText()).isEqualTo(actId);
  }

  @Test
  void replay_ofAMalformedScenario_exits2NamingLineAndColumnAndLeavesTheDbByteIdentical() throws Exception {
    assertThat(Cli.run("replay", Cli.OPENAI.toString(), "--db", db().toString()).code()).isZero();
    byte[] before = Files.readAllBytes(db());
    Path copy = copyScenario();
    Path file = copy.resolve("acts").resolve("2023-11-17-meeting.yaml");
    String text = Files.readString(file);
    Files.writeString(file, text.replaceFirst("(?m)^  meeting: ", "  meting: "));
    Cli r = Cli.run("replay", copy.toString(), "--db", db().toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).containsPattern("2023-11-17-meeting\\.yaml:\\d+:\\d+: .*meting");
    assertThat(Files.readAllBytes(db())).isEqualTo(before);
  }

  @Test
  void replay_ofAFileThatIsNotUtf8_exits2NamingTheBadBytesLineAndColumnAndWritesNothing() throws Exception {
    assertThat(Cli.run("replay", Cli.OPENAI.toString(), "--db", db().toString()).code()).isZero();
    byte[] before = Files.readAllBytes(db());
    Path copy = copyScenario();
    Path file = copy.resolve("acts").resolve("2023-11-17-meeting.yaml");
    byte[] bytes = Files.readAllBytes(file);
    int secondLine = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf('\n') + 1;
    // A Latin-1 e-acute where UTF-8 needs two bytes, as an editor saving in the wrong encoding writes it.
    bytes[secondLine + 2] = (byte) 0xe9;
    Files.write(file, bytes);

    Cli r = Cli.run("replay", copy.toString(), "--db", db().toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("2023-11-17-meeting.yaml:2:3: the file is not UTF-8 text: byte 0xE9 at line 2,"
        + " column 3 is not valid UTF-8 (save the file as UTF-8)").doesNotContain("MalformedInput")
        .doesNotContain(":0:0");
    assertThat(Files.readAllBytes(db())).isEqualTo(before);
  }

  @Test
  void replay_thatWouldRewriteHistory_isRefusedAndWritesNothing() throws Exception {
    assertThat(Cli.run("replay", Cli.OPENAI.toString(), "--db", db().toString()).code()).isZero();
    byte[] before = Files.readAllBytes(db());
    Path copy = copyScenario();
    Path file = copy.resolve("acts").resolve("2023-11-17-meeting.yaml");
    Files.writeString(file, Files.readString(file).replaceFirst("12:23:00", "12:24:00"));
    Cli r = Cli.run("replay", copy.toString(), "--db", db().toString());
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
    assertThat(r.err()).contains("cannot be rewritten");
    assertThat(Files.readAllBytes(db())).isEqualTo(before);
  }

  @Test
  void verify_ofAMissingDatabase_exits2AndCreatesNothing() {
    Cli r = Cli.run("verify", "--db", db().toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(Files.exists(db())).isFalse();
  }

  @Test
  void unknownCommand_exits2() {
    assertThat(Cli.run("frobnicate").code()).isEqualTo(2);
    assertThat(Cli.run().code()).isEqualTo(2);
  }

  private Path copyScenario() throws Exception {
    return Cli.copyOpenAi(tmp.resolve("scenario"));
  }
}
