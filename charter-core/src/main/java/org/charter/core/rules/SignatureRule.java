package org.charter.core.rules;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.charter.core.act.ActCorrected;
import org.charter.core.act.ActRatified;
import org.charter.core.act.ActRetracted;
import org.charter.core.act.ActTypes;
import org.charter.core.act.AgreementSigned;
import org.charter.core.act.BodyEstablished;
import org.charter.core.act.BylawsAdopted;
import org.charter.core.act.BylawsAmended;
import org.charter.core.act.ComputePurchased;
import org.charter.core.act.ConsentSignature;
import org.charter.core.act.ControlLinkSet;
import org.charter.core.act.CourtValidated;
import org.charter.core.act.DeterminationMade;
import org.charter.core.act.DirectorAppointed;
import org.charter.core.act.DirectorElected;
import org.charter.core.act.DirectorRemoved;
import org.charter.core.act.DirectorResigned;
import org.charter.core.act.DistributionMade;
import org.charter.core.act.EconomicInterestSet;
import org.charter.core.act.EntityOnRecord;
import org.charter.core.act.ExceptionGranted;
import org.charter.core.act.InterestClassDefined;
import org.charter.core.act.InterestTransferred;
import org.charter.core.act.InvestmentMade;
import org.charter.core.act.MeetingCalled;
import org.charter.core.act.MeetingHeld;
import org.charter.core.act.MotionVoted;
import org.charter.core.act.NoticeGiven;
import org.charter.core.act.NoticeWaived;
import org.charter.core.act.OfficerAppointed;
import org.charter.core.act.OfficerRemoved;
import org.charter.core.act.OfficerResigned;
import org.charter.core.act.PersonDescribed;
import org.charter.core.act.PetitionOpened;
import org.charter.core.act.PetitionSigned;
import org.charter.core.act.TechnologyUsed;
import org.charter.core.act.VacancyFilled;
import org.charter.core.act.VoteCast;
import org.charter.core.act.WaterfallTermsSet;
import org.charter.core.act.WrittenConsentSigned;
import org.charter.core.sign.ActSignatures;
import org.charter.core.sign.Ed25519;
import org.charter.core.verdict.Defect;
import org.charter.core.verdict.Finding;

/**
 * Votes and consents signed with the signers' own keys: where the bylaws require signatures, a missing one is a
 * breach; a signature that is present but does not verify against the signer's key on record is a breach whether or
 * not any are required; a signature whose signer has no key on record cannot be checked and is unknown.
 */
record SignatureRule(String id, String citation) implements Rule {
  /** The act types that carry signatures, as bylaws name them. */
  static final List<String> SIGNED_TYPES =
      List.of(ActTypes.nameOf(MotionVoted.class), ActTypes.nameOf(WrittenConsentSigned.class));

  @Override
  public List<Finding> check(RuleContext ctx) {
    return switch (ctx.act()) {
      case MotionVoted m -> votes(ctx, m);
      case WrittenConsentSigned c -> consent(ctx, c);
      case BylawsAdopted a -> unknownTypes(a.terms().signaturesRequired());
      case BylawsAmended a -> unknownTypes(a.terms().signaturesRequired());
      case EntityOnRecord x -> List.of();
      case ControlLinkSet x -> List.of();
      case EconomicInterestSet x -> List.of();
      case PersonDescribed x -> List.of();
      case BodyEstablished x -> List.of();
      case DirectorElected x -> List.of();
      case DirectorAppointed x -> List.of();
      case VacancyFilled x -> List.of();
      case DirectorRemoved x -> List.of();
      case DirectorResigned x -> List.of();
      case OfficerAppointed x -> List.of();
      case OfficerRemoved x -> List.of();
      case OfficerResigned x -> List.of();
      case MeetingCalled x -> List.of();
      case NoticeGiven x -> List.of();
      case NoticeWaived x -> List.of();
      case MeetingHeld x -> List.of();
      case PetitionOpened x -> List.of();
      case PetitionSigned x -> List.of();
      case InterestClassDefined x -> List.of();
      case InvestmentMade x -> List.of();
      case InterestTransferred x -> List.of();
      case WaterfallTermsSet x -> List.of();
      case DistributionMade x -> List.of();
      case AgreementSigned x -> List.of();
      case ExceptionGranted x -> List.of();
      case DeterminationMade x -> List.of();
      case ComputePurchased x -> List.of();
      case TechnologyUsed x -> List.of();
      case ActRatified x -> List.of();
      case CourtValidated x -> List.of();
      case ActCorrected x -> List.of();
      case ActRetracted x -> List.of();
    };
  }

  private List<Finding> votes(RuleContext ctx, MotionVoted m) {
    List<Signed> signed = new ArrayList<>();
    for (VoteCast v : m.votes() == null ? List.<VoteCast>of() : m.votes()) {
      signed.add(new Signed(v.person(), "vote", v.signature(),
          () -> ActSignatures.votePayload(m, v.person(), v.choice())));
    }
    return judge(ctx, signed, List.of());
  }

  private List<Finding> consent(RuleContext ctx, WrittenConsentSigned c) {
    List<ConsentSignature> sigs = c.signatures() == null ? List.of() : c.signatures();
    List<Signed> signed = new ArrayList<>();
    for (String signer : c.signers()) {
      Supplier<byte[]> payload = () -> ActSignatures.consentPayload(c, signer);
      List<ConsentSignature> own = sigs.stream().filter(s -> s.person().equals(signer)).toList();
      if (own.isEmpty()) {
        signed.add(new Signed(signer, "consent", null, payload));
      }
      own.forEach(s -> signed.add(new Signed(signer, "consent", s.signature(), payload)));
    }
    List<String> strangers = sigs.stream().map(ConsentSignature::person)
        .filter(p -> !c.signers().contains(p)).distinct().toList();
    return judge(ctx, signed, strangers.isEmpty() ? List.of()
        : List.of("signed by " + ctx.names(strangers) + ", who are not among the consent's signers"));
  }

  private List<Finding> judge(RuleContext ctx, List<Signed> signed, List<String> otherBreaches) {
    boolean required = ctx.params().signaturesRequired().contains(ActTypes.nameOf(ctx.act().getClass()));
    if (!required && otherBreaches.isEmpty() && signed.stream().allMatch(s -> s.signature() == null)) {
      return List.of();
    }
    List<String> breaches = new ArrayList<>(otherBreaches);
    List<String> unknowns = new ArrayList<>();
    List<String> verified = new ArrayList<>();
    List<String> unsigned = new ArrayList<>();
    for (Signed s : signed) {
      String who = ctx.name(s.person()) + "'s " + s.what();
      if (s.signature() == null) {
        unsigned.add(ctx.name(s.person()));
        if (required) {
          breaches.add(who + " is not signed");
        }
        continue;
      }
      Optional<PersonDescribed> p = ctx.state().person(s.person());
      if (p.isEmpty() || p.get().publicKey() == null) {
        unknowns.add(who + " is signed, but no key of theirs is on record at " + ctx.time(ctx.at()));
        continue;
      }
      String keyAct = " (the key of act " + p.get().id() + ")";
      Optional<PublicKey> key = parseKey(p.get().publicKey());
      if (key.isEmpty()) {
        breaches.add("the signature on " + who + " cannot verify: the key on record is not an Ed25519 public key"
            + keyAct);
      } else if (!verifies(key.get(), s)) {
        breaches.add("the signature on " + who + " does not verify against the key on record" + keyAct);
      } else {
        verified.add(ctx.name(s.person()));
      }
    }
    String type = ActTypes.nameOf(ctx.act().getClass());
    String rule = required ? "these rules require each " + what(type) + " signed"
        : "signatures are not required, but one that is present must verify";
    String counts = (verified.isEmpty() ? "" : "; verified: " + String.join(", ", verified))
        + (required || unsigned.isEmpty() ? "" : "; not signed: " + String.join(", ", unsigned));
    if (!breaches.isEmpty()) {
      return List.of(Finding.notMet(id, citation, Defect.VOID, String.join("; ", breaches) + " (" + rule + ")"
          + counts));
    }
    if (!unknowns.isEmpty()) {
      return List.of(Finding.unknown(id, citation, String.join("; ", unknowns) + " (" + rule + ")" + counts));
    }
    if (signed.isEmpty()) {
      return List.of(Finding.unknown(id, citation, "no " + what(type) + " is on record to check the signature of ("
          + rule + ")"));
    }
    return List.of(Finding.met(id, citation, "each signature verifies against the signer's key on record (" + rule
        + ")" + counts));
  }

  private static String what(String type) {
    return type.equals(ActTypes.nameOf(MotionVoted.class)) ? "vote" : "consent";
  }

  private List<Finding> unknownTypes(List<String> required) {
    List<String> unknown = required == null ? List.of()
        : required.stream().filter(t -> !SIGNED_TYPES.contains(t)).toList();
    return unknown.isEmpty() ? List.of() : List.of(Finding.warning(id, citation, "signatures are required of "
        + String.join(", ", unknown) + ", but only " + String.join(" and ", SIGNED_TYPES)
        + " carry signatures; that requirement has no effect"));
  }

  private static boolean verifies(PublicKey key, Signed s) {
    byte[] sig;
    try {
      sig = Base64.getDecoder().decode(s.signature().strip());
    } catch (IllegalArgumentException e) {
      return false;
    }
    return Ed25519.verify(key, s.payload().get(), sig);
  }

  private static Optional<PublicKey> parseKey(String text) {
    try {
      return Optional.of(Ed25519.publicKey(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** One signature a rule checks, or its absence, and the bytes it should sign. */
  private record Signed(String person, String what, String signature, Supplier<byte[]> payload) {}
}
