package org.charter.core.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import org.charter.core.sign.Ed25519;
import org.junit.jupiter.api.Test;

/** Checkpoints as C2SP signed notes: their text, their signatures, and what a changed byte does to them. */
class CheckpointTests {
  static final Instant AT = Instant.parse("2023-12-01T00:00:00Z");

  static KeyPair keys() throws Exception {
    return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
  }

  static Checkpoint ctCheckpoint() {
    return new Checkpoint("openai-2023", 8, MerkleTreeTests.ctTree().root(), AT);
  }

  @Test
  void text_isOriginSizeRootAndTime_thenABlankLineAndOneSignatureLine() throws Exception {
    KeyPair k = keys();
    String text = SignedCheckpoint.sign(ctCheckpoint(), "secretary", k.getPrivate(), k.getPublic()).text();
    String[] lines = text.split("\n", -1);
    assertThat(lines[0]).isEqualTo("charter/openai-2023");
    assertThat(lines[1]).isEqualTo("8");
    assertThat(lines[2]).isEqualTo("XcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=");
    assertThat(lines[3]).isEqualTo("time 2023-12-01T00:00:00Z");
    assertThat(lines[4]).isEmpty();
    assertThat(lines[5]).startsWith("\u2014 secretary ");
    assertThat(lines[6]).isEmpty();
    assertThat(lines).hasSize(7);
  }

  @Test
  void keyId_isTheC2spHashOfNameAndRawEd25519Key() throws Exception {
    KeyPair k = keys();
    SignedCheckpoint s = SignedCheckpoint.sign(ctCheckpoint(), "secretary", k.getPrivate(), k.getPublic());
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    md.update("secretary\n".getBytes(StandardCharsets.UTF_8));
    md.update((byte) 0x01);
    md.update(Ed25519.raw(k.getPublic()));
    assertThat(s.signatures().get(0).keyId()).isEqualTo(Arrays.copyOf(md.digest(), 4));
  }

  @Test
  void parse_ofItsOwnText_givesTheSameCheckpointSignedByTheSameKey() throws Exception {
    KeyPair k = keys();
    SignedCheckpoint s = SignedCheckpoint.sign(ctCheckpoint(), "secretary", k.getPrivate(), k.getPublic());
    SignedCheckpoint back = SignedCheckpoint.parse(s.text());
    assertThat(back.checkpoint()).isEqualTo(s.checkpoint());
    assertThat(back.signedBy(k.getPublic())).contains("secretary");
    assertThat(SignedCheckpoint.parse(s.text().replace("\n", "\r\n")).signedBy(k.getPublic())).contains("secretary");
  }

  @Test
  void signedBy_anotherKey_isEmpty() throws Exception {
    KeyPair k = keys();
    SignedCheckpoint s = SignedCheckpoint.sign(ctCheckpoint(), "secretary", k.getPrivate(), k.getPublic());
    assertThat(s.signedBy(keys().getPublic())).isEmpty();
  }

  @Test
  void signedBy_afterTheSizeOrRootIsChanged_isEmpty() throws Exception {
    KeyPair k = keys();
    String text = SignedCheckpoint.sign(ctCheckpoint(), "secretary", k.getPrivate(), k.getPublic()).text();
    String grown = text.replaceFirst("\n8\n", "\n9\n");
    assertThat(SignedCheckpoint.parse(grown).signedBy(k.getPublic())).isEmpty();
    String otherRoot = text.replace(ctCheckpoint().rootBase64(),
        Base64.getEncoder().encodeToString(MerkleTreeTests.ctTree().root(7)));
    assertThat(SignedCheckpoint.parse(otherRoot).signedBy(k.getPublic())).isEmpty();
  }

  @Test
  void signedBy_withAForeignCosignatureLine_stillFindsOurs() throws Exception {
    KeyPair ours = keys();
    KeyPair witness = keys();
    String text = SignedCheckpoint.sign(ctCheckpoint(), "secretary", ours.getPrivate(), ours.getPublic()).text();
    String cosig = SignedCheckpoint.sign(ctCheckpoint(), "witness", witness.getPrivate(), witness.getPublic())
        .signatures().get(0).toString();
    SignedCheckpoint both = SignedCheckpoint.parse(text + cosig + "\n");
    assertThat(both.signatures()).hasSize(2);
    assertThat(both.signedBy(ours.getPublic())).contains("secretary");
    assertThat(both.signedBy(witness.getPublic())).contains("witness");
  }

  @Test
  void parse_ofMalformedText_namesTheLine() {
    String root = ctCheckpoint().rootBase64();
    String sig = "\u2014 s " + Base64.getEncoder().encodeToString(new byte[68]);
    assertThatThrownBy(() -> SignedCheckpoint.parse("charter/b\n8\n" + root + "\ntime 2023-12-01T00:00:00Z\n"))
        .hasMessageContaining("no blank line");
    assertThatThrownBy(() -> SignedCheckpoint.parse("charter/b\n08\n" + root + "\ntime 2023-12-01T00:00:00Z\n\n"
        + sig + "\n")).hasMessageContaining("line 2");
    assertThatThrownBy(() -> SignedCheckpoint.parse("charter/b\n8\nAAAA\ntime 2023-12-01T00:00:00Z\n\n" + sig))
        .hasMessageContaining("line 3");
    assertThatThrownBy(() -> SignedCheckpoint.parse("charter/b\n8\n" + root + "\ntime yesterday\n\n" + sig))
        .hasMessageContaining("line 4");
    assertThatThrownBy(() -> SignedCheckpoint.parse("other/b\n8\n" + root + "\ntime 2023-12-01T00:00:00Z\n\n" + sig))
        .hasMessageContaining("line 1");
    assertThatThrownBy(() -> SignedCheckpoint.parse("charter/b\n8\n" + root + "\ntime 2023-12-01T00:00:00Z\n\n"
        + "- s AAAA\n")).hasMessageContaining("line 6");
  }

  @Test
  void sign_withAPublicKeyThatIsNotThePair_isRefused() throws Exception {
    KeyPair k = keys();
    assertThatThrownBy(() -> SignedCheckpoint.sign(ctCheckpoint(), "s", k.getPrivate(), keys().getPublic()))
        .hasMessageContaining("not the private key's pair");
  }
}
