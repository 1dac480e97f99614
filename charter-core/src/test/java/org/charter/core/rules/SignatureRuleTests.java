package org.charter.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.core.Fixtures.T0;
import static org.charter.core.Fixtures.at;
import static org.charter.core.Fixtures.finding;
import static org.charter.core.Fixtures.ids;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.charter.core.Fixtures;
import org.charter.core.act.BylawTerms;
import org.charter.core.act.BylawsAmended;
import org.charter.core.act.ConsentSignature;
import org.charter.core.act.MotionVoted;
import org.charter.core.act.PersonDescribed;
import org.charter.core.act.VoteCast;
import org.charter.core.act.VoteChoice;
import org.charter.core.act.WrittenConsentSigned;
import org.charter.core.sign.ActSignatures;
import org.charter.core.sign.Ed25519;
import org.charter.core.verdict.Finding;
import org.charter.core.verdict.Status;
import org.charter.core.verdict.Verdict;
import org.junit.jupiter.api.Test;

/** CH-signature: votes and consents signed with the signers' own Ed25519 keys. */
class SignatureRuleTests {
  private static final List<String> BOTH = List.of("motion-voted", "written-consent-signed");
  private final Map<String, KeyPair> keys = new HashMap<>();

  private static BylawTerms bylaws(List<String> signaturesRequired) {
    return new BylawTerms("test bylaws", null, null, null, 24, null, null, null, null, null, null, signaturesRequired);
  }

  private KeyPair key(String person) {
    return keys.computeIfAbsent(person, p -> {
      try {
        return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
      } catch (java.security.GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  /** Three directors, each with a key on record from day 1, and a meeting on day 10 they all attend. */
  private Fixtures board(List<String> signaturesRequired) {
    Fixtures f = new Fixtures().org("delaware-nonstock", 3, bylaws(signaturesRequired), false);
    for (String d : ids(1, 3)) {
      describe(f, d, 1, Ed25519.base64(key(d).getPublic()));
    }
    f.replayAll(f.meeting("m1", 10, ids(1, 3), ids(1, 3)));
    return f;
  }

  private static void describe(Fixtures f, String person, int day, String publicKey) {
    f.replay(new PersonDescribed(f.meta(at(day, 0)), person, "Director " + person.substring(1), List.of(), List.of(),
        List.of(), publicKey));
  }

  /** The motion with each listed voter's vote signed by {@code signer}'s key (their own unless told otherwise). */
  private MotionVoted signed(MotionVoted m, List<String> voters, Map<String, String> signer) {
    List<VoteCast> votes = new ArrayList<>();
    for (VoteCast v : m.votes()) {
      String sig = !voters.contains(v.person()) ? null : ActSignatures.sign(
          key(signer.getOrDefault(v.person(), v.person())).getPrivate(),
          ActSignatures.votePayload(m, v.person(), v.choice()));
      votes.add(new VoteCast(v.person(), v.choice(), sig));
    }
    return new MotionVoted(m.meta(), m.meeting(), m.resolution(), m.text(), votes, m.reportedOutcome(),
        m.interested());
  }

  private static MotionVoted unanimous(Fixtures f) {
    return f.motion("m1", "r1", 10, Fixtures.votes(ids(1, 3), List.of(), List.of()));
  }

  @Test
  void vote_signedByEachVotersOwnKey_isValid() {
    Fixtures f = board(BOTH);
    Verdict v = f.replay(signed(unanimous(f), ids(1, 3), Map.of())).verdict();
    assertThat(finding(v, "CH-signature").outcome()).isEqualTo(Finding.Outcome.MET);
    assertThat(finding(v, "CH-signature").detail()).contains("verified: Director 1, Director 2, Director 3");
    assertThat(v.status()).as(v.findings().toString()).isEqualTo(Status.VALID);
  }

  @Test
  void vote_onAMotionChangedAfterSigning_isInvalidSayingTheSignatureDoesNotVerify() {
    Fixtures f = board(BOTH);
    MotionVoted m = signed(unanimous(f), ids(1, 3), Map.of());
    MotionVoted tampered = new MotionVoted(m.meta(), m.meeting(), m.resolution(), "remove the chair", m.votes(),
        m.reportedOutcome(), m.interested());
    Verdict v = f.replay(tampered).verdict();
    Finding sig = finding(v, "CH-signature");
    assertThat(sig.outcome()).isEqualTo(Finding.Outcome.NOT_MET);
    assertThat(sig.detail()).contains("the signature on Director 1's vote does not verify against the key on record");
    assertThat(v.label()).isEqualTo("invalid (void)");
  }

  @Test
  void vote_unsignedWhereTheBylawsRequireSignatures_isInvalid() {
    Fixtures f = board(BOTH);
    Verdict v = f.replay(signed(unanimous(f), ids(1, 2), Map.of())).verdict();
    assertThat(finding(v, "CH-signature").outcome()).isEqualTo(Finding.Outcome.NOT_MET);
    assertThat(finding(v, "CH-signature").detail()).contains("Director 3's vote is not signed")
        .contains("these rules require each vote signed");
    assertThat(v.status()).isEqualTo(Status.INVALID);
  }

  @Test
  void vote_signedWithAnotherDirectorsKey_isInvalid() {
    Fixtures f = board(BOTH);
    Verdict v = f.replay(signed(unanimous(f), ids(1, 3), Map.of("d2", "d1"))).verdict();
    assertThat(finding(v, "CH-signature").detail()).contains("the signature on Director 2's vote does not verify")
        .contains("verified: Director 1, Director 3");
    assertThat(v.status()).isEqualTo(Status.INVALID);
  }

  @Test
  void vote_withAForgedSignatureWhereNoneAreRequired_isStillInvalid() {
    Fixtures f = board(List.of());
    Verdict v = f.replay(signed(unanimous(f), List.of("d2"), Map.of("d2", "intruder"))).verdict();
    assertThat(finding(v, "CH-signature").outcome()).isEqualTo(Finding.Outcome.NOT_MET);
    assertThat(finding(v, "CH-signature").detail()).contains("signatures are not required, but one that is present"
        + " must verify");
    assertThat(v.status()).isEqualTo(Status.INVALID);
  }

  @Test
  void vote_unsignedWhereNoneAreRequired_getsNoSignatureFinding() {
    Fixtures f = board(null);
    Verdict v = f.replay(unanimous(f)).verdict();
    assertThat(v.findings()).noneMatch(x -> x.ruleId().equals("CH-signature"));
    assertThat(v.status()).isEqualTo(Status.VALID);
  }

  @Test
  void vote_signedByADirectorWithNoKeyOnRecord_isUnknownNotAGuess() {
    Fixtures f = new Fixtures().org("delaware-nonstock", 3, bylaws(BOTH), false);
    f.replayAll(f.meeting("m1", 10, ids(1, 3), ids(1, 3)));
    Verdict v = f.replay(signed(unanimous(f), ids(1, 3), Map.of())).verdict();
    assertThat(finding(v, "CH-signature").outcome()).isEqualTo(Finding.Outcome.UNKNOWN);
    assertThat(finding(v, "CH-signature").detail()).contains("no key of theirs is on record");
    assertThat(v.status()).isEqualTo(Status.UNDETERMINED);
  }

  @Test
  void vote_signedWithAKeyReplacedBeforeTheVote_isInvalid() {
    Fixtures f = board(BOTH);
    // d1 records a new key on day 5; the vote on day 10 is signed with the old one.
    MotionVoted m = signed(unanimous(f), ids(1, 3), Map.of());
    describe(f, "d1", 5, Ed25519.base64(key("d1-new").getPublic()));
    assertThat(finding(f.replay(m).verdict(), "CH-signature").detail())
        .contains("the signature on Director 1's vote does not verify");
  }

  @Test
  void vote_signedWhereTheKeyOnRecordIsNotAnEd25519Key_isInvalid() {
    Fixtures f = board(List.of());
    describe(f, "d3", 5, "bm90IGEga2V5");
    assertThat(finding(f.replay(signed(unanimous(f), ids(1, 3), Map.of())).verdict(), "CH-signature").detail())
        .contains("the signature on Director 3's vote cannot verify: the key on record is not an Ed25519 public key");
  }

  @Test
  void consent_signedByEverySigner_isValid() {
    Fixtures f = board(BOTH);
    WrittenConsentSigned c = consent(f, ids(1, 3));
    Verdict v = f.replay(c).verdict();
    assertThat(finding(v, "CH-signature").outcome()).isEqualTo(Finding.Outcome.MET);
    assertThat(v.status()).as(v.findings().toString()).isEqualTo(Status.VALID);
  }

  @Test
  void consent_missingOneSignatureWhereRequired_isInvalid() {
    Fixtures f = board(BOTH);
    Verdict v = f.replay(consent(f, ids(1, 2))).verdict();
    assertThat(finding(v, "CH-signature").detail()).contains("Director 3's consent is not signed");
    assertThat(v.status()).isEqualTo(Status.INVALID);
  }

  @Test
  void consent_signedBySomeoneWhoIsNotASigner_isInvalid() {
    Fixtures f = board(List.of());
    WrittenConsentSigned base = new WrittenConsentSigned(f.meta(at(11, 9)), "board", "c1", "seat x", ids(1, 3), null);
    String sig = ActSignatures.sign(key("x").getPrivate(), ActSignatures.consentPayload(base, "x"));
    WrittenConsentSigned c = new WrittenConsentSigned(base.meta(), base.body(), base.resolution(), base.text(),
        base.signers(), List.of(new ConsentSignature("x", sig)));
    assertThat(finding(f.replay(c).verdict(), "CH-signature").detail())
        .contains("signed by x, who are not among the consent's signers");
  }

  @Test
  void bylaws_requiringSignaturesOfAnActThatCarriesNone_warnThatItHasNoEffect() {
    Fixtures f = board(BOTH);
    Verdict v = f.replay(new BylawsAmended(f.meta(T0.plusSeconds(60)), "acme", bylaws(List.of("director-removed")),
        null)).verdict();
    assertThat(finding(v, "CH-signature").outcome()).isEqualTo(Finding.Outcome.WARNING);
    assertThat(finding(v, "CH-signature").detail()).contains("director-removed").contains("no effect");
  }

  private WrittenConsentSigned consent(Fixtures f, List<String> signing) {
    WrittenConsentSigned base = new WrittenConsentSigned(f.meta(at(11, 9)), "board", "c1", "seat x", ids(1, 3), null);
    List<ConsentSignature> sigs = signing.stream().map(p -> new ConsentSignature(p,
        ActSignatures.sign(key(p).getPrivate(), ActSignatures.consentPayload(base, p)))).toList();
    return new WrittenConsentSigned(base.meta(), base.body(), base.resolution(), base.text(), base.signers(), sigs);
  }
}
