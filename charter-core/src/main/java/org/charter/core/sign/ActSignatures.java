package org.charter.core.sign;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.List;
import org.charter.core.act.MotionVoted;
import org.charter.core.act.VoteCast;
import org.charter.core.act.VoteChoice;
import org.charter.core.act.WrittenConsentSigned;
import org.charter.core.ledger.Canonical;

/**
 * What a person signs when they sign their vote or their consent (docs/rules.md): the lines
 * {@code charter-signature-v1}, the signer's id and what they sign ({@code YES}, {@code NO}, {@code ABSTAIN} or
 * {@code CONSENT}), each ended by a line feed, followed by the canonical bytes of the act with every signature left
 * out. Leaving the signatures out lets each signer sign the same act, in any order.
 */
public final class ActSignatures {
  static final String TAG = "charter-signature-v1";
  static final String CONSENT = "CONSENT";

  private ActSignatures() {}

  /** The bytes {@code person} signs to sign their vote {@code choice} on the motion {@code m}. */
  public static byte[] votePayload(MotionVoted m, String person, VoteChoice choice) {
    return payload(person, choice.name(), Canonical.encode(unsigned(m)));
  }

  /** The bytes {@code person} signs to sign the written consent {@code c}. */
  public static byte[] consentPayload(WrittenConsentSigned c, String person) {
    return payload(person, CONSENT, Canonical.encode(unsigned(c)));
  }

  /** The motion with every vote's signature left out. */
  public static MotionVoted unsigned(MotionVoted m) {
    List<VoteCast> votes = m.votes() == null ? null
        : m.votes().stream().map(v -> new VoteCast(v.person(), v.choice(), null)).toList();
    return new MotionVoted(m.meta(), m.meeting(), m.resolution(), m.text(), votes, m.reportedOutcome(),
        m.interested(), m.fillsVacancies());
  }

  /** The consent with its signatures left out. */
  public static WrittenConsentSigned unsigned(WrittenConsentSigned c) {
    return new WrittenConsentSigned(c.meta(), c.body(), c.resolution(), c.text(), c.signers(), null);
  }

  /** A base64 Ed25519 signature of {@code payload}, as a vote or consent records it. */
  public static String sign(PrivateKey key, byte[] payload) {
    return Base64.getEncoder().encodeToString(Ed25519.sign(key, payload));
  }

  private static byte[] payload(String person, String what, byte[] canonical) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(canonical.length + 64);
    out.writeBytes((TAG + "\n" + person + "\n" + what + "\n").getBytes(StandardCharsets.UTF_8));
    out.writeBytes(canonical);
    return out.toByteArray();
  }
}
