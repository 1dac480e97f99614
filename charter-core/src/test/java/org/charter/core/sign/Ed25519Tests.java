package org.charter.core.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Ed25519 keys as text, and signatures, checked against RFC 8032's own test vector. */
class Ed25519Tests {
  private static final HexFormat HEX = HexFormat.of();

  @Test
  void verify_rfc8032Test1_holdsAndAChangedByteFails() {
    // RFC 8032 §7.1, TEST 1: the empty message.
    String x509 = "302a300506032b6570032100" + "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
    PublicKey key = Ed25519.publicKey(Base64.getEncoder().encodeToString(HEX.parseHex(x509)));
    byte[] sig = HEX.parseHex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39"
        + "701cf9b46bd25bf5f0595bbe24655141438e7a100b");
    assertThat(Ed25519.verify(key, new byte[0], sig)).isTrue();
    sig[0] ^= 1;
    assertThat(Ed25519.verify(key, new byte[0], sig)).isFalse();
    assertThat(Ed25519.verify(key, new byte[0], new byte[63])).isFalse();
  }

  @Test
  void pem_ofAGeneratedPair_readsBackAndSignsWhatItVerifies() throws Exception {
    KeyPair k = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    String pub = Ed25519.pem(k.getPublic());
    String priv = Ed25519.pem(k.getPrivate());
    assertThat(pub).startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("-----END PUBLIC KEY-----\n");
    assertThat(priv).startsWith("-----BEGIN PRIVATE KEY-----\n").endsWith("-----END PRIVATE KEY-----\n");
    byte[] msg = "minutes of 17 November".getBytes(StandardCharsets.UTF_8);
    byte[] sig = Ed25519.sign(Ed25519.privateKey(priv), msg);
    assertThat(Ed25519.verify(Ed25519.publicKey(pub), msg, sig)).isTrue();
    assertThat(Ed25519.verify(Ed25519.publicKey(Ed25519.base64(k.getPublic())), msg, sig)).isTrue();
    assertThat(Ed25519.raw(k.getPublic())).hasSize(32);
  }

  @Test
  void publicKey_ofTextThatIsNoEd25519Key_isRefusedSayingWhy() throws Exception {
    KeyPair rsa = KeyPairGenerator.getInstance("RSA").generateKeyPair();
    assertThatThrownBy(() -> Ed25519.publicKey(Base64.getEncoder().encodeToString(rsa.getPublic().getEncoded())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an Ed25519 public key");
    assertThatThrownBy(() -> Ed25519.publicKey("not base64!")).hasMessageContaining("not base64");
    assertThatThrownBy(() -> Ed25519.privateKey("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n"))
        .hasMessageContaining("PRIVATE KEY");
    assertThatThrownBy(() -> Ed25519.privateKey(Base64.getEncoder().encodeToString(rsa.getPrivate().getEncoded())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an Ed25519 private key");
  }
}
