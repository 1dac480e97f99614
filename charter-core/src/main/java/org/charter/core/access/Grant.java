package org.charter.core.access;

import java.util.List;
import java.util.Objects;
import org.charter.core.act.Act;
import org.charter.core.act.ActCorrected;
import org.charter.core.act.ActRatified;
import org.charter.core.act.ActRetracted;
import org.charter.core.act.AgreementSigned;
import org.charter.core.act.BodyEstablished;
import org.charter.core.act.BylawsAdopted;
import org.charter.core.act.BylawsAmended;
import org.charter.core.act.ComputePurchased;
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
import org.charter.core.act.MarketMoved;
import org.charter.core.act.MeetingCalled;
import org.charter.core.act.MeetingHeld;
import org.charter.core.act.MotionVoted;
import org.charter.core.act.NoticeGiven;
import org.charter.core.act.NoticeWaived;
import org.charter.core.act.Nullable;
import org.charter.core.act.OfficerAppointed;
import org.charter.core.act.OfficerRemoved;
import org.charter.core.act.OfficerResigned;
import org.charter.core.act.PersonDescribed;
import org.charter.core.act.PetitionOpened;
import org.charter.core.act.PetitionSigned;
import org.charter.core.act.StatementMade;
import org.charter.core.act.TechnologyUsed;
import org.charter.core.act.VacancyFilled;
import org.charter.core.act.VoteCast;
import org.charter.core.act.WaterfallTermsSet;
import org.charter.core.act.WrittenConsentSigned;

/**
 * A role on one book ({@link #ALL_BOOKS} for every book, present and future). A director's grant names the person
 * whose signatures the token may record.
 */
public record Grant(String book, Role role, @Nullable String person) {
  public static final String ALL_BOOKS = "*";

  public Grant {
    Objects.requireNonNull(book, "book");
    Objects.requireNonNull(role, "role");
    if (role == Role.DIRECTOR && (person == null || person.isBlank())) {
      throw new IllegalArgumentException("a director's grant names the person who signs");
    }
  }

  public boolean covers(String bookId) {
    return book.equals(ALL_BOOKS) || book.equals(bookId);
  }

  /** Whether this grant lets its holder record {@code act}: a director only acts whose every signature is theirs. */
  public boolean mayRecord(Act act) {
    return switch (role) {
      case VIEWER -> false;
      case SECRETARY, ADMIN -> true;
      case DIRECTOR -> {
        List<String> signers = signers(act);
        yield !signers.isEmpty() && signers.stream().allMatch(person::equals);
      }
    };
  }

  /** The persons who sign an act: the voters of a motion, the signers of a consent, the director who waives notice. */
  static List<String> signers(Act act) {
    return switch (act) {
      case WrittenConsentSigned c -> c.signers();
      case MotionVoted m -> m.votes().stream().map(VoteCast::person).toList();
      case NoticeWaived w -> List.of(w.by());
      case EntityOnRecord x -> List.of();
      case ControlLinkSet x -> List.of();
      case EconomicInterestSet x -> List.of();
      case PersonDescribed x -> List.of();
      case BodyEstablished x -> List.of();
      case BylawsAdopted x -> List.of();
      case BylawsAmended x -> List.of();
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
      case StatementMade x -> List.of();
      case MarketMoved x -> List.of();
    };
  }
}
