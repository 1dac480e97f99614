package org.charter.server;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.charter.core.act.Act;
import org.charter.core.act.AgreementSigned;
import org.charter.core.act.BodyEstablished;
import org.charter.core.act.BylawsAdopted;
import org.charter.core.act.BylawsAmended;
import org.charter.core.act.ComputePurchased;
import org.charter.core.act.ControlLinkSet;
import org.charter.core.act.DeterminationMade;
import org.charter.core.act.DirectorAppointed;
import org.charter.core.act.DirectorElected;
import org.charter.core.act.DirectorRemoved;
import org.charter.core.act.DirectorResigned;
import org.charter.core.act.DistributionMade;
import org.charter.core.act.EconomicInterestSet;
import org.charter.core.act.EntityFormed;
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
import org.charter.core.act.OfficerAppointed;
import org.charter.core.act.OfficerRemoved;
import org.charter.core.act.OfficerResigned;
import org.charter.core.act.PersonDescribed;
import org.charter.core.act.PetitionOpened;
import org.charter.core.act.PetitionSigned;
import org.charter.core.act.StatementMade;
import org.charter.core.act.TechnologyUsed;
import org.charter.core.act.VacancyFilled;
import org.charter.core.act.WaterfallTermsSet;
import org.charter.core.act.WrittenConsentSigned;
import org.charter.core.book.Recorded;
import org.charter.core.report.Labels;
import org.charter.core.state.Basis;
import org.charter.core.state.Register;
import org.charter.core.state.StateView;
import org.charter.core.state.Tenure;

/**
 * Who sat on each board and held each office over valid time: the state read at every moment an act happened, and
 * each seat or office turned into one span from the moment it was taken to the moment it was gone.
 */
final class TenureHistory {
  private final LiveBook b;
  private final Instant recorded;
  private final StateView last;

  private TenureHistory(LiveBook b, Instant recorded) {
    this.b = b;
    this.recorded = recorded;
    this.last = b.book().state(new Basis(Instant.MAX, recorded));
  }

  static Map<String, Object> of(LiveBook b, Instant recorded) {
    return new TenureHistory(b, recorded).build();
  }

  private Map<String, Object> build() {
    TreeSet<Instant> moments = new TreeSet<>();
    for (Recorded r : b.book().timeline()) {
      if (!r.act().meta().recordedAt().isAfter(recorded)) {
        moments.add(r.act().meta().validAt());
      }
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("book", b.id());
    root.put("from", moments.isEmpty() ? null : Labels.iso(moments.first(), b.zone()));
    root.put("to", moments.isEmpty() ? null : Labels.iso(moments.last(), b.zone()));
    List<Object> bodies = new ArrayList<>();
    for (BodyEstablished body : last.bodies()) {
      Spans spans = new Spans();
      for (Instant t : moments) {
        StateView v = b.book().state(new Basis(t, recorded));
        spans.at(t, v.directors(body.body()).stream().map(x -> new Held("director", x)).toList());
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", body.body());
      m.put("entity", body.entity());
      m.put("kind", Labels.lower(body.kind()));
      m.put("seats", spans.tree());
      bodies.add(m);
    }
    root.put("bodies", bodies);
    List<Object> entities = new ArrayList<>();
    for (EntityFormed e : last.entities()) {
      Spans spans = new Spans();
      for (Instant t : moments) {
        StateView v = b.book().state(new Basis(t, recorded));
        spans.at(t, v.officers(e.entity()).entrySet().stream()
            .map(x -> new Held(Labels.lower(x.getKey()), x.getValue())).toList());
      }
      if (!spans.closed.isEmpty() || !spans.open.isEmpty()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("entity", e.entity());
        m.put("name", e.name());
        m.put("offices", spans.tree());
        entities.add(m);
      }
    }
    root.put("officers", entities);
    return root;
  }

  private record Held(String position, Tenure tenure) {
    String key() {
      return position + "|" + tenure.person();
    }
  }

  private record Span(Held held, Instant until, String endedBy) {}

  /** Spans being built: open ones by position and person, closed ones in the order they ended. */
  private final class Spans {
    final Map<String, Held> open = new LinkedHashMap<>();
    final List<Span> closed = new ArrayList<>();

    void at(Instant t, List<Held> now) {
      Map<String, Held> current = new LinkedHashMap<>();
      now.forEach(h -> current.put(h.key(), h));
      for (var it = open.entrySet().iterator(); it.hasNext(); ) {
        var e = it.next();
        if (!current.containsKey(e.getKey())) {
          closed.add(new Span(e.getValue(), t, endedBy(t, e.getValue())));
          it.remove();
        }
      }
      current.forEach(open::putIfAbsent);
    }

    List<Object> tree() {
      List<Span> all = new ArrayList<>(closed);
      open.values().forEach(h -> all.add(new Span(h, null, null)));
      all.sort((x, y) -> x.held().tenure().since().compareTo(y.held().tenure().since()));
      List<Object> out = new ArrayList<>();
      for (Span s : all) {
        Tenure t = s.held().tenure();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("position", s.held().position());
        m.put("person", t.person());
        m.put("name", last.person(t.person()).map(PersonDescribed::name).orElse(t.person()));
        m.put("since", Labels.iso(t.since(), b.zone()));
        m.put("until", s.until() == null ? null : Labels.iso(s.until(), b.zone()));
        m.put("basis_act", t.basis().actId());
        m.put("basis_verdict", t.basis().status(Register.ACTED) == null ? null : t.basis().status(Register.ACTED).label());
        m.put("ended_by", s.endedBy());
        out.add(m);
      }
      return out;
    }
  }

  /** The removal or resignation that ended a seat or office at {@code t}, if one is on record. */
  private String endedBy(Instant t, Held held) {
    String person = held.tenure().person();
    boolean seat = held.position().equals("director");
    for (Recorded r : b.book().timeline()) {
      Act a = r.act();
      if (!a.meta().validAt().equals(t) || a.meta().recordedAt().isAfter(recorded)) {
        continue;
      }
      if (ends(a, person, seat, held.position())) {
        return a.id();
      }
    }
    return null;
  }

  /** Whether an act ends the person's seat (a director's position) or the office named by {@code position}. */
  private static boolean ends(Act act, String person, boolean seat, String position) {
    return switch (act) {
      case DirectorRemoved x -> seat && x.person().equals(person);
      case DirectorResigned x -> seat && x.person().equals(person);
      case OfficerRemoved x -> !seat && x.person().equals(person) && Labels.lower(x.office()).equals(position);
      case OfficerResigned x -> !seat && x.person().equals(person) && Labels.lower(x.office()).equals(position);
      case EntityFormed x -> false;
      case ControlLinkSet x -> false;
      case EconomicInterestSet x -> false;
      case PersonDescribed x -> false;
      case BodyEstablished x -> false;
      case BylawsAdopted x -> false;
      case BylawsAmended x -> false;
      case DirectorElected x -> false;
      case DirectorAppointed x -> false;
      case VacancyFilled x -> false;
      case OfficerAppointed x -> false;
      case MeetingCalled x -> false;
      case NoticeGiven x -> false;
      case NoticeWaived x -> false;
      case MeetingHeld x -> false;
      case MotionVoted x -> false;
      case WrittenConsentSigned x -> false;
      case PetitionOpened x -> false;
      case PetitionSigned x -> false;
      case InterestClassDefined x -> false;
      case InvestmentMade x -> false;
      case InterestTransferred x -> false;
      case WaterfallTermsSet x -> false;
      case DistributionMade x -> false;
      case AgreementSigned x -> false;
      case ExceptionGranted x -> false;
      case DeterminationMade x -> false;
      case ComputePurchased x -> false;
      case TechnologyUsed x -> false;
      case StatementMade x -> false;
      case MarketMoved x -> false;
    };
  }
}
