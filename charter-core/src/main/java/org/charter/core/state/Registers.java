package org.charter.core.state;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.charter.core.act.Office;

/**
 * The registers folded from the seat and office timelines: who holds each seat and office, and which were emptied by
 * acts not shown valid. The timelines checkpoint these folds, so an as-of query steps over a few entries only.
 */
final class Registers {
  private Registers() {}

  /**
   * A body's seats: the directors in the order they took their seats, and seats vacated by defective acts. The
   * directors are a plain array (a board is a handful of people), so a query copies one array from its checkpoint
   * instead of a map's nodes scattered over the heap.
   */
  static final class Seats {
    Tenure[] seated;
    int count;
    // Null while no seat was emptied by a defective act, as in most books: a query then copies one array, not more.
    LinkedHashMap<String, Vacated> vacated;

    Seats(Tenure[] seated, int count, LinkedHashMap<String, Vacated> vacated) {
      this.seated = seated;
      this.count = count;
      this.vacated = vacated;
    }

    List<Tenure> directors() {
      return List.of(java.util.Arrays.copyOf(seated, count));
    }

    private int indexOf(String person) {
      for (int i = 0; i < count; i++) {
        if (seated[i].person().equals(person)) {
          return i;
        }
      }
      return -1;
    }

    void take(Tenure t) {
      if (indexOf(t.person()) >= 0) {
        return;
      }
      if (count == seated.length) {
        seated = java.util.Arrays.copyOf(seated, count * 2 + 2);
      }
      seated[count++] = t;
    }

    void leave(String person) {
      int i = indexOf(person);
      if (i >= 0) {
        System.arraycopy(seated, i + 1, seated, i, count - i - 1);
        seated[--count] = null;
      }
    }

    List<Vacated> vacated() {
      return vacated == null ? List.of() : List.copyOf(vacated.values());
    }
  }

  /** An entity's offices: one holder per office, and offices vacated by defective acts. */
  static final class Offices {
    final TreeMap<Office, Tenure> held;
    TreeMap<Office, Vacated> vacated;

    Offices(TreeMap<Office, Tenure> held, TreeMap<Office, Vacated> vacated) {
      this.held = held;
      this.vacated = vacated;
    }

    List<Vacated> vacated() {
      return vacated == null ? List.of() : List.copyOf(vacated.values());
    }
  }

  static final Timeline.Fold<Projection.SeatEvent, Seats> SEATS = new SeatFold(Register.ACTED);
  static final Timeline.Fold<Projection.SeatEvent, Seats> LEGAL_SEATS = new SeatFold(Register.LEGAL);
  static final Timeline.Fold<Projection.OfficeEvent, Offices> OFFICES = new OfficeFold(Register.ACTED);
  static final Timeline.Fold<Projection.OfficeEvent, Offices> LEGAL_OFFICES = new OfficeFold(Register.LEGAL);

  /** Whether the register gives this entry's act no effect: the legal one, for an act void under the rules. */
  private static boolean noEffect(Register r, Timeline.Entry<?> e) {
    return r == Register.LEGAL && e.stamp().judged().voidInLaw();
  }

  /** Who holds each seat, folded in one register. */
  private record SeatFold(Register register) implements Timeline.Fold<Projection.SeatEvent, Seats> {
    @Override
    public Seats start() {
      return new Seats(new Tenure[4], 0, null);
    }

    @Override
    public Seats copy(Seats s) {
      return new Seats(java.util.Arrays.copyOf(s.seated, Math.max(4, s.count + 2)), s.count,
          s.vacated == null ? null : new LinkedHashMap<>(s.vacated));
    }

    @Override
    public void step(Seats s, Timeline.Entry<Projection.SeatEvent> e) {
      if (noEffect(register, e)) {
        return;
      }
      Projection.SeatEvent ev = e.value();
      if (ev.start()) {
        s.take(ev.tenure());
        remove(s.vacated, ev.person());
      } else {
        s.leave(ev.person());
        if (ev.act().defective(register)) {
          if (s.vacated == null) {
            s.vacated = new LinkedHashMap<>();
          }
          s.vacated.put(ev.person(), new Vacated(ev.person(), "director", e.stamp().validAt(), ev.act()));
        }
      }
    }
  }

  /** Who holds each office, folded in one register. */
  private record OfficeFold(Register register) implements Timeline.Fold<Projection.OfficeEvent, Offices> {
    @Override
    public Offices start() {
      return new Offices(new TreeMap<>(), null);
    }

    @Override
    public Offices copy(Offices s) {
      return new Offices(new TreeMap<>(s.held), s.vacated == null ? null : new TreeMap<>(s.vacated));
    }

    @Override
    public void step(Offices s, Timeline.Entry<Projection.OfficeEvent> e) {
      if (noEffect(register, e)) {
        return;
      }
      Projection.OfficeEvent ev = e.value();
      if (ev.start()) {
        s.held.put(ev.office(), ev.tenure());
        // An interim CEO serves until a CEO is appointed.
        if (ev.office().equals(Office.CEO)) {
          s.held.remove(Office.INTERIM_CEO);
        }
        remove(s.vacated, ev.office());
      } else {
        Tenure t = s.held.get(ev.office());
        if (t != null && t.person().equals(ev.person())) {
          s.held.remove(ev.office());
        }
        if (ev.act().defective(register)) {
          if (s.vacated == null) {
            s.vacated = new TreeMap<>();
          }
          s.vacated.put(ev.office(), new Vacated(ev.person(), ev.office().name(), e.stamp().validAt(), ev.act()));
        }
      }
    }
  }

  private static <K> void remove(Map<K, Vacated> vacated, K key) {
    if (vacated != null) {
      vacated.remove(key);
    }
  }
}
