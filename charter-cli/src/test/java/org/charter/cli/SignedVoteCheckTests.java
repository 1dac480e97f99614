package org.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import org.charter.core.act.Act;
import org.charter.core.act.MotionVoted;
import org.charter.core.act.VoteChoice;
import org.charter.core.sign.ActSignatures;
import org.charter.core.sign.Ed25519;
import org.charter.scenario.Scenario;
import org.charter.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `charter check` with a signed vote written in YAML: Sutskever records his key, then signs his vote on the proper
 * removal of the CEO; the verdict says whether the signature verifies.
 */
class SignedVoteCheckTests {
  private static final String VOTE = "    - person: ilya-sutskever\n      choice: \"yes\"\n";

  @TempDir Path tmp;

  /** The check file of a proper removal, with Sutskever's key recorded before it and his vote signed by {@code key}. */
  private Path signedCheck(KeyPair own, PrivateKey signer) throws Exception {
    String base = Files.readString(Cli.OPENAI.resolve("checks").resolve("removal-proper.yaml"));
    String key = "- act: person-described\n  id: check-sutskever-key\n  at: 2023-11-01T00:00:00-08:00\n"
        + "  person: ilya-sutskever\n  name: Ilya Sutskever\n  public_key: " + Ed25519.base64(own.getPublic())
        + "\n\n";
    Path file = tmp.resolve("signed.yaml");
    Files.writeString(file, key + base);
    // What he signs is the motion as the loader reads it from this very file.
    Scenario s = new ScenarioLoader().load(Cli.OPENAI);
    MotionVoted m = null;
    for (Act a : new ScenarioLoader().loadActs(file, s)) {
      if (a instanceof MotionVoted mv) {
        m = mv;
      }
    }
    assertThat(m).isNotNull();
    String sig = ActSignatures.sign(signer, ActSignatures.votePayload(m, "ilya-sutskever", VoteChoice.YES));
    assertThat(base).contains(VOTE);
    Files.writeString(file, key + base.replace(VOTE, VOTE + "      signature: \"" + sig + "\"\n"));
    return file;
  }

  @Test
  void check_voteSignedWithTheVotersKeyOnRecord_isValid() throws Exception {
    KeyPair own = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    Cli r = Cli.run("check", Cli.OPENAI.toString(), "--act", signedCheck(own, own.getPrivate()).toString());
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("CH-signature met").contains("verified: Ilya Sutskever");
  }

  @Test
  void check_voteSignedWithAnotherKey_exits1SayingTheSignatureDoesNotVerify() throws Exception {
    KeyPair own = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    KeyPair other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    Cli r = Cli.run("check", Cli.OPENAI.toString(), "--act", signedCheck(own, other.getPrivate()).toString());
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
    assertThat(r.out()).contains("CH-signature NOT MET")
        .contains("the signature on Ilya Sutskever's vote does not verify against the key on record");
  }
}
