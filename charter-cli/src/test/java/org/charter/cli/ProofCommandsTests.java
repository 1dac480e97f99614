package org.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `checkpoint`, `prove` and `verify-proof` on the OpenAI book in a real SQLite file: a director holding a copy of a
 * checkpoint checks, offline, that the motion they voted on is in the book and that the book has only grown.
 */
class ProofCommandsTests {
  private static final String BOOK = "openai-2023";
  private static final String ACT = "r-2023-11-17-altman";
  private static final String EXTRA = "- act: statement-made\n  id: later-statement\n  at: 2025-01-01T00:00:00Z\n"
      + "  by: the secretary\n  text: a later act, so the book grows\n";

  @TempDir Path tmp;
  private Path db;
  private Path keys;

  @BeforeEach
  void replayAndMakeKeys() {
    db = tmp.resolve("charter.db");
    keys = tmp.resolve("secretary");
    Cli replay = Cli.run("replay", Cli.OPENAI.toString(), "--db", db.toString());
    assertThat(replay.code()).as(replay.err()).isZero();
    Cli keygen = Cli.run("keygen", "--out", keys.toString());
    assertThat(keygen.code()).as(keygen.err()).isZero();
  }

  private Path file(String name) {
    return tmp.resolve(name);
  }

  private String key() {
    return keys + ".key";
  }

  private String pub() {
    return keys + ".pub";
  }

  private Cli checkpoint(Path database, Path out) {
    return Cli.run("checkpoint", "--db", database.toString(), "--book", BOOK, "--key", key(), "--out", out.toString(),
        "--at", "2023-12-01T00:00:00Z");
  }

  /** A director's copy of a checkpoint signed now. */
  private Path heldCheckpoint() throws Exception {
    Path signed = file("checkpoint.txt");
    Cli c = checkpoint(db, signed);
    assertThat(c.code()).as(c.err()).isZero();
    Path copy = file("held-checkpoint.txt");
    Files.copy(signed, copy);
    return copy;
  }

  private Cli verifyProof(Path proof, Path checkpoint, String... more) {
    String[] base = {"verify-proof", "--proof", proof.toString(), "--checkpoint", checkpoint.toString(), "--pub",
        pub(), "--format", "json"};
    return Cli.run(Stream.concat(Stream.of(base), Stream.of(more)).toArray(String[]::new));
  }

  private static String failedCheck(Cli r) {
    for (JsonNode c : r.json().get("checks")) {
      if (!c.get("ok").asBoolean()) {
        return c.get("check").asText() + ": " + c.get("detail").asText();
      }
    }
    return "none";
  }

  @Test
  void keygen_writesAPemPairAndNeverOverwritesIt() throws Exception {
    assertThat(Files.readString(Path.of(key()))).startsWith("-----BEGIN PRIVATE KEY-----");
    assertThat(Files.readString(Path.of(pub()))).startsWith("-----BEGIN PUBLIC KEY-----");
    byte[] before = Files.readAllBytes(Path.of(key()));
    Cli again = Cli.run("keygen", "--out", keys.toString(), "--format", "json");
    assertThat(again.code()).isEqualTo(2);
    assertThat(again.err()).contains("never overwrites");
    assertThat(Files.readAllBytes(Path.of(key()))).isEqualTo(before);
  }

  @Test
  void checkpoint_ofTheReplayedBook_isASignedNoteOfItsSizeAndRoot() throws Exception {
    Path out = file("cp.txt");
    Cli c = Cli.run("checkpoint", "--db", db.toString(), "--book", BOOK, "--key", key(), "--out", out.toString(),
        "--at", "2023-12-01T00:00:00Z", "--format", "json");
    assertThat(c.code()).as(c.err()).isZero();
    long size = c.json().get("size").asLong();
    assertThat(size).isGreaterThan(40);
    var lines = Files.readAllLines(out);
    assertThat(lines).hasSize(6).startsWith("charter/openai-2023", Long.toString(size),
        c.json().get("root").asText(), "time 2023-12-01T00:00:00Z", "");
    assertThat(lines.get(5)).startsWith("\u2014 secretary ");
  }

  @Test
  void proof_ofOneAct_verifiesAgainstACopyOfTheCheckpoint() throws Exception {
    Path held = heldCheckpoint();
    Path proof = file("proof.json");
    Cli p = Cli.run("prove", "--db", db.toString(), "--book", BOOK, "--act", ACT, "--out", proof.toString());
    assertThat(p.code()).as(p.err()).isZero();
    Cli v = verifyProof(proof, held);
    assertThat(v.code()).as(v.out() + v.err()).isZero();
    assertThat(v.json().get("ok").asBoolean()).isTrue();
    assertThat(v.json().get("act").asText()).isEqualTo(ACT);
    assertThat(v.json().get("act_type").asText()).isEqualTo("motion-voted");
    Cli text = Cli.run("verify-proof", "--proof", proof.toString(), "--checkpoint", held.toString(), "--pub", pub());
    assertThat(text.out()).contains("ok    inclusion").contains("verified: the act is in the book");
  }

  @Test
  void proof_ofAChangedAct_doesNotVerify() throws Exception {
    Path held = heldCheckpoint();
    Path proof = file("proof.json");
    Path act = file("act.json");
    assertThat(Cli.run("prove", "--db", db.toString(), "--book", BOOK, "--act", ACT, "--out", proof.toString(),
        "--act-out", act.toString()).code()).isZero();
    // The director's own copy, saved by an editor with a final newline, still verifies.
    Files.writeString(act, Files.readString(act) + "\n");
    assertThat(verifyProof(proof, held, "--act-file", act.toString()).code()).isZero();

    Files.writeString(act, Files.readString(act).replace("Remove Sam Altman", "Remove Greg Brockman"));
    Cli changedCopy = verifyProof(proof, held, "--act-file", act.toString());
    assertThat(changedCopy.code()).isEqualTo(1);
    assertThat(failedCheck(changedCopy)).startsWith("act file");
    assertThat(changedCopy.out()).contains("the act or the proof was changed");

    ObjectNode json = (ObjectNode) new ObjectMapper().readTree(proof.toFile());
    String canonical = new String(Base64.getDecoder().decode(json.get("canonical").asText()), StandardCharsets.UTF_8);
    json.put("canonical", Base64.getEncoder().encodeToString(
        canonical.replace("Remove Sam Altman", "Remove Greg Brockman").getBytes(StandardCharsets.UTF_8)));
    Path forged = file("forged-proof.json");
    new ObjectMapper().writeValue(forged.toFile(), json);
    Cli changedProof = verifyProof(forged, held);
    assertThat(changedProof.code()).isEqualTo(1);
    assertThat(failedCheck(changedProof)).startsWith("inclusion");
  }

  @Test
  void proof_afterTheBookGrew_verifiesWithTheConsistencyProofFromTheHeldCheckpoint() throws Exception {
    Path held = heldCheckpoint();
    Path grown = copyScenario("grown");
    Files.writeString(grown.resolve("acts").resolve("2099-extra.yaml"), EXTRA);
    assertThat(Cli.run("replay", grown.toString(), "--db", db.toString()).code()).isZero();

    Path proof = file("proof.json");
    Cli p = Cli.run("prove", "--db", db.toString(), "--book", BOOK, "--act", ACT, "--since", held.toString(),
        "--out", proof.toString(), "--format", "json");
    assertThat(p.code()).as(p.err()).isZero();
    assertThat(p.json().get("extends_since").asBoolean()).isTrue();
    Cli v = verifyProof(proof, held);
    assertThat(v.code()).as(v.out()).isZero();
    assertThat(v.json().get("tree_size").asLong()).isEqualTo(v.json().get("checkpoint_size").asLong() + 1);

    Path noSince = file("no-since.json");
    Cli.run("prove", "--db", db.toString(), "--book", BOOK, "--act", ACT, "--out", noSince.toString());
    Cli without = verifyProof(noSince, held);
    assertThat(without.code()).isEqualTo(1);
    assertThat(failedCheck(without)).startsWith("consistency").contains("prove --since");
  }

  @Test
  void proof_fromARewrittenHistory_failsTheConsistencyProofFromTheOldCheckpoint() throws Exception {
    Path held = heldCheckpoint();
    // The same book rebuilt elsewhere with one earlier act changed (Brockman joins a minute later) and one act more.
    Path rewritten = copyScenario("rewritten");
    Path meeting = rewritten.resolve("acts").resolve("2023-11-17-meeting.yaml");
    Files.writeString(meeting, Files.readString(meeting).replaceFirst("12:23:00", "12:24:00"));
    Files.writeString(rewritten.resolve("acts").resolve("2099-extra.yaml"), EXTRA);
    Path forgedDb = file("rewritten.db");
    assertThat(Cli.run("replay", rewritten.toString(), "--db", forgedDb.toString()).code()).isZero();

    Path proof = file("proof.json");
    Cli p = Cli.run("prove", "--db", forgedDb.toString(), "--book", BOOK, "--act", ACT, "--since", held.toString(),
        "--out", proof.toString());
    assertThat(p.code()).isEqualTo(1);
    assertThat(p.err()).contains("history was rewritten");
    Cli v = verifyProof(proof, held);
    assertThat(v.code()).as(v.out()).isEqualTo(1);
    assertThat(failedCheck(v)).startsWith("consistency").contains("history was rewritten");

    // Even signed by the same key, a checkpoint of the rewritten book does not hide it.
    Path forgedCheckpoint = file("forged-checkpoint.txt");
    assertThat(checkpoint(forgedDb, forgedCheckpoint).code()).isZero();
    Path signedProof = file("signed-proof.json");
    Cli.run("prove", "--db", forgedDb.toString(), "--book", BOOK, "--act", ACT, "--since", held.toString(),
        "--checkpoint", forgedCheckpoint.toString(), "--out", signedProof.toString());
    Cli signed = verifyProof(signedProof, held);
    assertThat(signed.code()).isEqualTo(1);
    assertThat(failedCheck(signed)).startsWith("consistency");
  }

  @Test
  void verifyProof_withAnotherPublicKeyOrAnEditedCheckpoint_exits1() throws Exception {
    Path held = heldCheckpoint();
    Path proof = file("proof.json");
    Cli.run("prove", "--db", db.toString(), "--book", BOOK, "--act", ACT, "--out", proof.toString());
    Path other = file("other");
    Cli.run("keygen", "--out", other.toString());
    Cli wrongKey = Cli.run("verify-proof", "--proof", proof.toString(), "--checkpoint", held.toString(), "--pub",
        other + ".pub", "--format", "json");
    assertThat(wrongKey.code()).isEqualTo(1);
    assertThat(failedCheck(wrongKey)).startsWith("checkpoint signature");

    String text = Files.readString(held);
    String size = text.lines().skip(1).findFirst().orElseThrow();
    Files.writeString(held, text.replaceFirst("\n" + size + "\n", "\n" + (Long.parseLong(size) - 1) + "\n"));
    Cli edited = verifyProof(proof, held);
    assertThat(edited.code()).isEqualTo(1);
    assertThat(failedCheck(edited)).startsWith("checkpoint signature");
  }

  @Test
  void checkpoint_ofATamperedBook_exits1AndWritesNothing() throws Exception {
    Tamper.flipPayloadByte(db, BOOK, "m-2023-11-17-held");
    Path out = file("cp.txt");
    Cli r = checkpoint(db, out);
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("m-2023-11-17-held").contains("nothing was written");
    assertThat(Files.exists(out)).isFalse();
    Cli p = Cli.run("prove", "--db", db.toString(), "--book", BOOK, "--act", ACT, "--out", out.toString());
    assertThat(p.code()).isEqualTo(1);
    assertThat(Files.exists(out)).isFalse();
  }

  @Test
  void prove_actTruncatedAwayAfterTheCheckpoint_saysTheBookLostEntriesAndExits1() throws Exception {
    Path held = heldCheckpoint();
    // A crash and a restore from an older backup: the tail of the book, the act among it, is gone.
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        PreparedStatement d = c.prepareStatement("DELETE FROM ledger_entry WHERE book_id = ? AND seq >= (SELECT seq"
            + " FROM ledger_entry WHERE book_id = ? AND act_id = ?)")) {
      d.setString(1, BOOK);
      d.setString(2, BOOK);
      d.setString(3, ACT);
      assertThat(d.executeUpdate()).isPositive();
    }
    Path out = file("proof.json");
    for (String option : new String[] {"--since", "--checkpoint"}) {
      Cli p = Cli.run("prove", "--db", db.toString(), "--book", BOOK, "--act", ACT, option, held.toString(), "--out",
          out.toString());
      assertThat(p.code()).as(p.err()).isEqualTo(1);
      assertThat(p.err()).startsWith("integrity failure: the book has lost entries since the checkpoint: book "
          + BOOK + " holds ").contains("the " + option + " checkpoint ")
          .contains("act " + ACT + " may have been among those lost").contains("no proof was written")
          .doesNotContain("no act");
      assertThat(Files.exists(out)).isFalse();
    }
    Cli withoutCheckpoint = Cli.run("prove", "--db", db.toString(), "--book", BOOK, "--act", ACT, "--out",
        out.toString());
    assertThat(withoutCheckpoint.code()).isEqualTo(2);
    assertThat(withoutCheckpoint.err()).contains("--act: no act " + ACT + " in book " + BOOK + " (");
  }

  @Test
  void badInput_exits2AndWritesNothing() throws Exception {
    Path held = heldCheckpoint();
    Path out = file("out.json");
    assertThat(Cli.run("prove", "--db", db.toString(), "--book", BOOK, "--act", "no-such-act", "--out",
        out.toString()).code()).isEqualTo(2);
    assertThat(Cli.run("prove", "--db", db.toString(), "--book", "no-such-book", "--act", ACT, "--out",
        out.toString()).code()).isEqualTo(2);
    Path garbled = file("garbled.txt");
    Files.writeString(garbled, Files.readString(held).replace("charter/", "chartre/"));
    Cli badSince = Cli.run("prove", "--db", db.toString(), "--book", BOOK, "--act", ACT, "--since",
        garbled.toString(), "--out", out.toString());
    assertThat(badSince.code()).isEqualTo(2);
    assertThat(badSince.err()).contains("line 1");
    assertThat(Files.exists(out)).isFalse();

    Path missingDb = file("missing.db");
    assertThat(checkpoint(missingDb, out).code()).isEqualTo(2);
    assertThat(Files.exists(missingDb)).isFalse();
    assertThat(Cli.run("checkpoint", "--db", db.toString(), "--book", BOOK, "--key", pub(), "--out",
        out.toString()).code()).isEqualTo(2);
    assertThat(Files.exists(out)).isFalse();

    Files.writeString(out, "{\"format\": \"something else\"}");
    Cli notAProof = verifyProof(out, held);
    assertThat(notAProof.code()).isEqualTo(2);
    assertThat(notAProof.err()).contains("not a Charter proof");
    assertThat(verifyProof(file("absent.json"), held).code()).isEqualTo(2);
  }

  private Path copyScenario(String name) throws Exception {
    return Cli.copyOpenAi(tmp.resolve(name));
  }
}
