package org.charter.core.sign;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Ed25519 keys as text and signatures over bytes, with the JDK's own provider. Keys are read and written as PEM
 * (PKCS#8 {@code PRIVATE KEY}, X.509 {@code PUBLIC KEY}, as {@code openssl genpkey -algorithm ed25519} writes them) or
 * as the bare base64 of the same DER bytes. Signing is deterministic, so the core needs no randomness for it.
 */
public final class Ed25519 {
  /** The X.509 SubjectPublicKeyInfo prefix of every Ed25519 public key; the raw 32-byte key follows it. */
  private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");
  private static final int RAW_LENGTH = 32;
  private static final int SIGNATURE_LENGTH = 64;

  private Ed25519() {}

  /**
   * A public key from PEM or base64 X.509 text.
   *
   * @throws IllegalArgumentException saying what is wrong with the text
   */
  public static PublicKey publicKey(String text) {
    byte[] der = der(text, "PUBLIC KEY");
    if (der.length != X509_PREFIX.length + RAW_LENGTH
        || !Arrays.equals(der, 0, X509_PREFIX.length, X509_PREFIX, 0, X509_PREFIX.length)) {
      throw new IllegalArgumentException("not an Ed25519 public key (X.509 SubjectPublicKeyInfo)");
    }
    try {
      return keyFactory().generatePublic(new X509EncodedKeySpec(der));
    } catch (InvalidKeySpecException e) {
      throw new IllegalArgumentException("not an Ed25519 public key: " + e.getMessage(), e);
    }
  }

  /**
   * A private key from PEM or base64 PKCS#8 text.
   *
   * @throws IllegalArgumentException saying what is wrong with the text
   */
  public static PrivateKey privateKey(String text) {
    byte[] der = der(text, "PRIVATE KEY");
    try {
      PrivateKey k = keyFactory().generatePrivate(new PKCS8EncodedKeySpec(der));
      if (!"EdDSA".equals(k.getAlgorithm()) && !"Ed25519".equals(k.getAlgorithm())) {
        throw new IllegalArgumentException("not an Ed25519 private key");
      }
      return k;
    } catch (InvalidKeySpecException | IllegalStateException e) {
      throw new IllegalArgumentException("not an Ed25519 private key (PKCS#8): " + e.getMessage(), e);
    }
  }

  /** The key as base64 of its X.509 bytes, the form a person-described act records. */
  public static String base64(PublicKey key) {
    return Base64.getEncoder().encodeToString(key.getEncoded());
  }

  public static String pem(PublicKey key) {
    return pem("PUBLIC KEY", key.getEncoded());
  }

  public static String pem(PrivateKey key) {
    return pem("PRIVATE KEY", key.getEncoded());
  }

  /** The raw 32 bytes of a public key (RFC 8032), as C2SP key ids hash them. */
  public static byte[] raw(PublicKey key) {
    byte[] der = key.getEncoded();
    return Arrays.copyOfRange(der, der.length - RAW_LENGTH, der.length);
  }

  public static byte[] sign(PrivateKey key, byte[] data) {
    try {
      Signature s = Signature.getInstance("Ed25519");
      s.initSign(key);
      s.update(data);
      return s.sign();
    } catch (InvalidKeyException e) {
      throw new IllegalArgumentException("not an Ed25519 private key: " + e.getMessage(), e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK has Ed25519 since Java 15", e);
    }
  }

  /** Whether {@code signature} is {@code key}'s signature of {@code data}; a malformed signature does not verify. */
  public static boolean verify(PublicKey key, byte[] data, byte[] signature) {
    if (signature.length != SIGNATURE_LENGTH) {
      return false;
    }
    try {
      Signature s = Signature.getInstance("Ed25519");
      s.initVerify(key);
      s.update(data);
      return s.verify(signature);
    } catch (InvalidKeyException | SignatureException e) {
      return false;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK has Ed25519 since Java 15", e);
    }
  }

  /** The DER bytes of PEM text with the given label, or of bare base64. */
  private static byte[] der(String text, String label) {
    String s = text.strip();
    String begin = "-----BEGIN " + label + "-----";
    String end = "-----END " + label + "-----";
    if (s.startsWith("-----BEGIN ")) {
      int from = s.indexOf(begin);
      int to = s.indexOf(end);
      if (from != 0 || to < 0) {
        throw new IllegalArgumentException("expected a PEM block " + begin);
      }
      s = s.substring(begin.length(), to);
    }
    try {
      return Base64.getDecoder().decode(s.replaceAll("\\s", "").getBytes(StandardCharsets.US_ASCII));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not base64: " + e.getMessage(), e);
    }
  }

  private static String pem(String label, byte[] der) {
    return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END " + label + "-----\n";
  }

  private static KeyFactory keyFactory() {
    try {
      return KeyFactory.getInstance("Ed25519");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK has Ed25519 since Java 15", e);
    }
  }
}
