package org.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.charter.testkit.Poppler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code charter doc}: the documents as files a secretary sends, from a scenario directory and from a store. */
class DocCommandTests {
  private static final String BOOK = "openai-2023";
  @TempDir Path tmp;

  private static String flat(String text) {
    return text.replaceAll("\\s+", " ");
  }

  @Test
  void minutesAsPdfShowAttendanceQuorumAndEachMotionWithItsRules() {
    Path pdf = tmp.resolve("m.pdf");
    Cli r = Cli.run("doc", "minutes", Cli.OPENAI.toString(), "--meeting", "m-2023-11-17", "--format", "pdf",
        "--out", pdf.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("wrote " + pdf);
    String text = flat(Poppler.text(pdf));
    assertThat(text).contains("Attendance").contains("Adam D'Angelo").contains("joined 17 Nov 2023 12:23 PST (-08:00)")
        // No board size is on record: the quorum is stated as unknown, with the size up to which it is met.
        .contains("DE-141b-quorum unknown: present 5 of 6 in office")
        .contains("Resolution r-2023-11-17-altman").contains("Resolution r-2023-11-17-brockman")
        .contains("Resolution r-2023-11-17-murati").contains("Result under the rules: invalid (void).")
        .contains("DE-notice NOT MET (void)").contains("DE-141b-vote unknown");
    assertThat(Poppler.inked(Poppler.firstPage(pdf, 40))).isGreaterThan(0.005);
  }

  @Test
  void minutesOfAMeetingWithItsBoardSizeOnRecordSayQuorumMet() throws Exception {
    Path dir = Cli.copyOpenAi(tmp.resolve("openai"));
    // The hypothetical meeting of checks/removal-proper.yaml, filed among the acts: six seats, every director noticed.
    Files.copy(dir.resolve("checks/removal-proper.yaml"), dir.resolve("acts/2023-11-08-hypothetical.yaml"));
    Path pdf = tmp.resolve("proper.pdf");
    Cli r = Cli.run("doc", "minutes", dir.toString(), "--meeting", "check-m-2023-11-10-proper", "--format", "pdf",
        "--out", pdf.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(flat(Poppler.text(pdf))).contains("quorum 4: met").contains("Result under the rules: valid")
        .contains("DE-141b-quorum met").contains("DE-notice met");
  }

  @Test
  void theNoticeUnderAHypothesisFollowsItsBylaws() {
    Cli typical = Cli.run("doc", "notice", Cli.OPENAI.toString(), "--meeting", "m-2023-11-17");
    assertThat(typical.out()).contains("The rules in force require notice 24 hours before the meeting");
    Cli reported = Cli.run("doc", "notice", Cli.OPENAI.toString(), "--meeting", "m-2023-11-17", "--hypothesis",
        "as-reported-2023");
    assertThat(reported.code()).as(reported.err()).isZero();
    assertThat(reported.out()).contains("under hypothesis as-reported-2023: The bylaws as Wired reported them")
        .contains("The rules in force fix no notice period").contains("by text, after the deadline");
    Cli unknown = Cli.run("doc", "notice", Cli.OPENAI.toString(), "--meeting", "m-2023-11-17", "--hypothesis", "x");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("--hypothesis: no hypothesis x");
  }

  @Test
  void theRegisterAsCsvHasAHeaderAndOneRowPerTenure() {
    Cli r = Cli.run("doc", "register", Cli.OPENAI.toString(), "--at", "2023-12-01", "--format", "csv");
    assertThat(r.code()).as(r.err()).isZero();
    var lines = r.out().split("\r\n");
    assertThat(lines[0]).isEqualTo("register,entity,entity_name,position,person,name,since,since_precision,since_through,basis_act,"
        + "basis_entry,basis_verdict,cured_by");
    Cli state = Cli.run("state", Cli.OPENAI.toString(), "--at", "2023-12-01", "--view", "legal", "--format", "json");
    int tenures = 0;
    for (var e : state.json().path("views").path("legal").path("entities")) {
      for (var b : e.path("bodies")) {
        tenures += b.path("directors").size();
      }
      tenures += e.path("officers").size() + (e.path("chair").isNull() ? 0 : 1);
    }
    assertThat(lines).hasSize(1 + tenures);
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("legal,openai-inc,\"OpenAI, Inc.\",chair,bret-taylor,"));
  }

  @Test
  void badInputExits2NamingTheOptionAndWritesNothing() {
    Path out = tmp.resolve("x.md");
    Cli csv = Cli.run("doc", "minutes", Cli.OPENAI.toString(), "--meeting", "m-2023-11-17", "--format", "csv",
        "--out", out.toString());
    assertThat(csv.code()).isEqualTo(2);
    assertThat(csv.err()).contains("--format: csv is for the register");
    Cli extra = Cli.run("doc", "register", Cli.OPENAI.toString(), "--at", "2023-12-01", "--meeting", "m",
        "--out", out.toString());
    assertThat(extra.code()).isEqualTo(2);
    assertThat(extra.err()).contains("--meeting: the register document takes no meeting");
    Cli unknown = Cli.run("doc", "agenda", Cli.OPENAI.toString(), "--meeting", "m-nope", "--out", out.toString());
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("--meeting: no meeting m-nope in book openai-2023");
    Cli pdf = Cli.run("doc", "verdict", Cli.OPENAI.toString(), "--act", "r-2023-11-17-altman", "--format", "pdf");
    assertThat(pdf.code()).isEqualTo(2);
    assertThat(pdf.err()).contains("--out: a PDF is bytes");
    assertThat(Files.exists(out)).isFalse();
  }

  @Test
  void theCertificateCarriesTheHeadAndACheckpointThatCatchesAnAlteredEntry() throws Exception {
    Path db = tmp.resolve("charter.db");
    Path keys = tmp.resolve("secretary");
    Path cp = tmp.resolve("2023-12-01.checkpoint");
    assertThat(Cli.run("replay", Cli.OPENAI.toString(), "--db", db.toString()).code()).isZero();
    assertThat(Cli.run("keygen", "--out", keys.toString()).code()).isZero();
    Cli signed = Cli.run("checkpoint", "--db", db.toString(), "--book", BOOK, "--key", keys + ".key", "--out",
        cp.toString());
    assertThat(signed.code()).as(signed.err()).isZero();
    Path cert = tmp.resolve("cert.pdf");
    Cli r = Cli.run("doc", "certificate", "--db", db.toString(), "--book", BOOK, "--at", "2023-12-01",
        "--entity", "openai-inc", "--checkpoint", cp.toString(), "--format", "pdf", "--out", cert.toString());
    assertThat(r.code()).as(r.err()).isZero();
    String text = flat(Poppler.text(cert));
    String head = flat(Cli.run("doc", "certificate", "--db", db.toString(), "--book", BOOK, "--at", "2023-12-01",
        "--entity", "openai-inc").out()).replaceAll(".*chain head ([0-9a-f]{64}).*", "$1");
    assertThat(head).hasSize(64);
    assertThat(text).contains(head).contains("charter/" + BOOK).contains("bret-taylor-seated")
        .contains("Incumbency certificate of OpenAI, Inc.");

    // The recipient proves an entry the certificate names against its checkpoint: it holds.
    Path proof = tmp.resolve("taylor.proof.json");
    Path act = tmp.resolve("taylor.json");
    Cli prove = Cli.run("prove", "--db", db.toString(), "--book", BOOK, "--act", "bret-taylor-seated",
        "--checkpoint", cp.toString(), "--out", proof.toString(), "--act-out", act.toString());
    assertThat(prove.code()).as(prove.err()).isZero();
    Cli holds = Cli.run("verify-proof", "--proof", proof.toString(), "--checkpoint", cp.toString(), "--pub",
        keys + ".pub", "--act-file", act.toString());
    assertThat(holds.code()).as(holds.out() + holds.err()).isZero();

    // Someone alters that entry in the store; the bytes the book now holds fail against the certificate's checkpoint.
    Path altered = tmp.resolve("taylor-now.json");
    Files.write(altered, Tamper.flipPayloadByte(db, BOOK, "bret-taylor-seated"));
    Cli fails = Cli.run("verify-proof", "--proof", proof.toString(), "--checkpoint", cp.toString(), "--pub",
        keys + ".pub", "--act-file", altered.toString());
    assertThat(fails.code()).as(fails.out() + fails.err()).isEqualTo(1);
    assertThat(fails.out()).contains("inclusion");
    // And no certificate is drawn from the altered book: its entry no longer matches its stored bytes.
    Cli again = Cli.run("doc", "certificate", "--db", db.toString(), "--book", BOOK, "--at", "2023-12-01",
        "--entity", "openai-inc", "--checkpoint", cp.toString(), "--out", tmp.resolve("again.md").toString());
    assertThat(again.code()).isNotZero();
    assertThat(Files.exists(tmp.resolve("again.md"))).isFalse();
  }
}
