package org.charter.core.merkle;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.charter.core.sign.Ed25519;

/**
 * A checkpoint with its signatures, as a C2SP signed note: the checkpoint's body, a blank line, then one line per
 * signature, {@code — <name> <base64(key id || Ed25519 signature)>}, where the key id is the first 4 bytes of
 * SHA-256(name || 0x0A || 0x01 || raw public key). A verifier with the public key checks the line whose name and key
 * id match it, and ignores the others (cosignatures of witnesses, say).
 */
public record SignedCheckpoint(Checkpoint checkpoint, List<Line> signatures) {
  private static final String DASH = "\u2014 ";
  private static final byte ED25519_ALG = 0x01;

  public SignedCheckpoint {
    Objects.requireNonNull(checkpoint, "checkpoint");
    signatures = List.copyOf(signatures);
    if (signatures.isEmpty()) {
      throw new IllegalArgumentException("a signed checkpoint has at least one signature");
    }
  }

  /** One signature line of a note. */
  public record Line(String name, byte[] keyId, byte[] signature) {
    public Line {
      checkName(name);
      keyId = keyId.clone();
      signature = signature.clone();
    }

    @Override
    public byte[] keyId() {
      return keyId.clone();
    }

    @Override
    public byte[] signature() {
      return signature.clone();
    }

    String text() {
      byte[] both = ByteBuffer.allocate(keyId.length + signature.length).put(keyId).put(signature).array();
      return DASH + name + " " + Base64.getEncoder().encodeToString(both);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Line l && name.equals(l.name) && Arrays.equals(keyId, l.keyId)
          && Arrays.equals(signature, l.signature);
    }

    @Override
    public int hashCode() {
      return Objects.hash(name, Arrays.hashCode(keyId), Arrays.hashCode(signature));
    }

    @Override
    public String toString() {
      return text();
    }
  }

  /** The checkpoint signed by the key pair named {@code name}; the public key gives the key id. */
  public static SignedCheckpoint sign(Checkpoint c, String name, PrivateKey key, PublicKey publicKey) {
    byte[] body = c.body().getBytes(StandardCharsets.UTF_8);
    byte[] sig = Ed25519.sign(key, body);
    if (!Ed25519.verify(publicKey, body, sig)) {
      throw new IllegalArgumentException("the public key is not the private key's pair");
    }
    return new SignedCheckpoint(c, List.of(new Line(name, keyId(name, publicKey), sig)));
  }

  /** The name of the first signature that {@code key} verifies, if any. */
  public Optional<String> signedBy(PublicKey key) {
    byte[] body = checkpoint.body().getBytes(StandardCharsets.UTF_8);
    for (Line l : signatures) {
      if (MessageDigest.isEqual(l.keyId, keyId(l.name, key)) && Ed25519.verify(key, body, l.signature)) {
        return Optional.of(l.name);
      }
    }
    return Optional.empty();
  }

  /** The note's text: body, blank line, signature lines, each line ended by a line feed. */
  public String text() {
    StringBuilder sb = new StringBuilder(checkpoint.body()).append('\n');
    signatures.forEach(l -> sb.append(l.text()).append('\n'));
    return sb.toString();
  }

  /**
   * A signed checkpoint from its text; line feeds may be CR LF.
   *
   * @throws IllegalArgumentException naming the line that is wrong
   */
  public static SignedCheckpoint parse(String text) {
    List<String> lines = new ArrayList<>(List.of(text.replace("\r\n", "\n").split("\n", -1)));
    if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    int blank = lines.indexOf("");
    if (blank < 0) {
      throw new IllegalArgumentException("not a signed checkpoint: no blank line before the signatures");
    }
    Checkpoint c = Checkpoint.parseBody(lines.subList(0, blank));
    List<Line> sigs = new ArrayList<>();
    for (int i = blank + 1; i < lines.size(); i++) {
      sigs.add(parseLine(lines.get(i), i + 1));
    }
    if (sigs.isEmpty()) {
      throw new IllegalArgumentException("line " + (blank + 2) + ": expected a signature line '— <name> <base64>'");
    }
    return new SignedCheckpoint(c, sigs);
  }

  private static Line parseLine(String line, int n) {
    String[] parts = line.startsWith(DASH) ? line.substring(DASH.length()).split(" ", -1) : new String[0];
    byte[] both;
    try {
      both = parts.length == 2 ? Base64.getDecoder().decode(parts[1]) : new byte[0];
    } catch (IllegalArgumentException e) {
      both = new byte[0];
    }
    if (both.length != 4 + 64) {
      throw new IllegalArgumentException("line " + n + ": expected a signature line '— <name> <base64 of key id and"
          + " Ed25519 signature>', got '" + line + "'");
    }
    try {
      return new Line(parts[0], Arrays.copyOf(both, 4), Arrays.copyOfRange(both, 4, both.length));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("line " + n + ": " + e.getMessage(), e);
    }
  }

  /** The C2SP key id of an Ed25519 key with this name. */
  static byte[] keyId(String name, PublicKey key) {
    MessageDigest md = MerkleTree.sha256();
    md.update(name.getBytes(StandardCharsets.UTF_8));
    md.update((byte) 0x0A);
    md.update(ED25519_ALG);
    md.update(Ed25519.raw(key));
    return Arrays.copyOf(md.digest(), 4);
  }

  private static void checkName(String name) {
    if (name.isEmpty() || name.contains("+") || name.codePoints().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("a signer's name must be non-empty, with no spaces and no '+': '" + name
          + "'");
    }
  }
}
