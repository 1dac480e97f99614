package org.charter.server;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
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
 *
 * <p>In pages, on the seq of the act each span rests on ({@code basis_act}): a page holds the spans that rest on the
 * next {@code limit} such acts after {@code after}, so that the spans of one act are never split across pages; its
 * {@code next} is the seq of the last of those acts, or null when no span rests on a later one. A body or entity is on
 * a page when one of its spans is, each page's spans in the order the whole history lists them (by {@code since}).
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

  static Map<String, Object> of(LiveBook b, Instant recorded, Page page) {
    return new TenureHistory(b, recorded).build(page);
  }

  private Map<String, Object> build(Page page) {
    TreeSet<Instant> moments = new TreeSet<>();
    for (Recorded r : b.book().timeline()) {
      if (!r.act().meta().recordedAt().isAfter(recorded)) {
        moments.add(r.act().meta().validAt());
      }
    }
    List<Group> bodies = new ArrayList<>();
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
      bodies.add(new Group(m, "seats", spans.all()));
    }
    List<Group> entities = new ArrayList<>();
    for (EntityOnRecord e : last.entities()) {
      Spans spans = new Spans();
      for (Instant t : moments) {
        StateView v = b.book().state(new Basis(t, recorded));
        spans.at(t, v.officers(e.entity()).entrySet().stream()
            .map(x -> new Held(x.getKey().name(), x.getValue())).toList());
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("entity", e.entity());
      m.put("name", e.name());
      entities.add(new Group(m, "offices", spans.all()));
    }
    // The page: the spans resting on the first `limit` basis acts after the cursor.
    TreeSet<Long> seqs = new TreeSet<>();
    for (Group g : bodies) {
      g.spans().forEach(x -> seqs.add(x.seq()));
    }
    for (Group g : entities) {
      g.spans().forEach(x -> seqs.add(x.seq()));
    }
    long lastOnPage = page.after();
    int taken = 0;
    for (long seq : seqs.tailSet(page.after(), false)) {
      if (taken == page.limit()) {
        break;
      }
      lastOnPage = seq;
      taken++;
    }
    long upTo = lastOnPage;
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("book", b.id());
    root.put("from", moments.isEmpty() ? null : Labels.iso(moments.first(), b.zone()));
    root.put("to", moments.isEmpty() ? null : Labels.iso(moments.last(), b.zone()));
    root.put("bodies", page(bodies, page, upTo));
    root.put("officers", page(entities, page, upTo));
    root.put("next", seqs.higher(upTo) == null ? null : upTo);
    return root;
  }

  /** The groups with a span on the page, each with its spans on the page. */
  private List<Object> page(List<Group> groups, Page page, long upTo) {
    List<Object> out = new ArrayList<>();
    for (Group g : groups) {
      List<Object> spans = new ArrayList<>();
      for (Span s : g.spans()) {
        if (page.fromHere(s.seq()) && s.seq() <= upTo) {
          spans.add(tree(s));
        }
      }
      if (!spans.isEmpty()) {
        Map<String, Object> m = new LinkedHashMap<>(g.head());
        m.put(g.key(), spans);
        out.add(m);
      }
    }
    return out;
  }

  private Map<String, Object> tree(Span s) {
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
    return m;
  }

  /** A body or an entity: its fields, the name of its list of spans, and every span of its history. */
  private record Group(Map<String, Object> head, String key, List<Span> spans) {}

  private record Held(String position, Tenure tenure) {
    String key() {
      return position + "|" + tenure.person();
    }
  }

  /** A span and the seq of the act it rests on: its place in the pages. */
  private record Span(Held held, Instant until, String endedBy, long seq) {}

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
          closed.add(span(e.getValue(), t, endedBy(t, e.getValue())));
          it.remove();
        }
      }
      current.forEach(open::putIfAbsent);
    }

    /** Every span, closed and open, by the time it began. */
    List<Span> all() {
      List<Span> all = new ArrayList<>(closed);
      open.values().forEach(h -> all.add(span(h, null, null)));
      all.sort((x, y) -> x.held().tenure().since().compareTo(y.held().tenure().since()));
      return all;
    }
  }

  private Span span(Held held, Instant until, String endedBy) {
    String basis = held.tenure().basis().actId();
    long seq = b.book().find(basis).map(Recorded::seq).orElseThrow(
        () -> new IllegalStateException("book " + b.id() + " has a tenure resting on act " + basis + ", which it lacks"));
    return new Span(held, until, endedBy, seq);
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
      case OfficerRemoved x -> !seat && x.person().equals(person) && x.office().name().equals(position);
      case OfficerResigned x -> !seat && x.person().equals(person) && x.office().name().equals(position);
      case EntityOnRecord x -> false;
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
      case ActRatified x -> false;
      case CourtValidated x -> false;
      case ActCorrected x -> false;
      case ActRetracted x -> false;
      case StatementMade x -> false;
      case MarketMoved x -> false;
    };
  }
}
