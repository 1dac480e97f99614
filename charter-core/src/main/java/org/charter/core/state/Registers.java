package org.charter.core.state;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.charter.core.act.Office;

/**
 * The registers folded from the seat and office timelines: who holds each seat and office, and which were emptied by
 * acts not shown valid. The timelines checkpoint these folds, so an as-of query steps over a few entries only.
 */
final class Registers {
  private Registers() {}

  /** A body's seats: the directors in the order they took their seats, and seats vacated by defective acts. */
  static final class Seats {
    final LinkedHashMap<String, Tenure> seated;
    // Null while no seat was emptied by a defective act, as in most books: a query then copies one map, not two.
    LinkedHashMap<String, Vacated> vacated;

    Seats(LinkedHashMap<String, Tenure> seated, LinkedHashMap<String, Vacated> vacated) {
      this.seated = seated;
      this.vacated = vacated;
    }

    List<Vacated> vacated() {
      return vacated == null ? List.of() : List.copyOf(vacated.values());
    }
  }

  /** An entity's offices: one holder per office, and offices vacated by defective acts. */
  static final class Offices {
    final EnumMap<Office, Tenure> held;
    EnumMap<Office, Vacated> vacated;

    Offices(EnumMap<Office, Tenure> held, EnumMap<Office, Vacated> vacated) {
      this.held = held;
      this.vacated = vacated;
    }

    List<Vacated> vacated() {
      return vacated == null ? List.of() : List.copyOf(vacated.values());
    }
  }

  static final Timeline.Fold<Projection.SeatEvent, Seats> SEATS = new Timeline.Fold<>() {
    @Override
    public Seats start() {
      return new Seats(new LinkedHashMap<>(), null);
    }

    @Override
    public Seats copy(Seats s) {
      return new Seats(new LinkedHashMap<>(s.seated), s.vacated == null ? null : new LinkedHashMap<>(s.vacated));
    }

    @Override
    public void step(Seats s, Timeline.Entry<Projection.SeatEvent> e) {
      Projection.SeatEvent ev = e.value();
      if (ev.start()) {
        s.seated.putIfAbsent(ev.person(), new Tenure(ev.person(), e.stamp().validAt(), ev.act()));
        remove(s.vacated, ev.person());
      } else {
        s.seated.remove(ev.person());
        if (ev.act().defective()) {
          if (s.vacated == null) {
            s.vacated = new LinkedHashMap<>();
          }
          s.vacated.put(ev.person(), new Vacated(ev.person(), "director", e.stamp().validAt(), ev.act()));
        }
      }
    }
  };

  static final Timeline.Fold<Projection.OfficeEvent, Offices> OFFICES = new Timeline.Fold<>() {
    @Override
    public Offices start() {
      return new Offices(new EnumMap<>(Office.class), null);
    }

    @Override
    public Offices copy(Offices s) {
      return new Offices(new EnumMap<>(s.held), s.vacated == null ? null : new EnumMap<>(s.vacated));
    }

    @Override
    public void step(Offices s, Timeline.Entry<Projection.OfficeEvent> e) {
      Projection.OfficeEvent ev = e.value();
      if (ev.start()) {
        s.held.put(ev.office(), new Tenure(ev.person(), e.stamp().validAt(), ev.act()));
        // An interim CEO serves until a CEO is appointed.
        if (ev.office() == Office.CEO) {
          s.held.remove(Office.INTERIM_CEO);
        }
        remove(s.vacated, ev.office());
      } else {
        Tenure t = s.held.get(ev.office());
        if (t != null && t.person().equals(ev.person())) {
          s.held.remove(ev.office());
        }
        if (ev.act().defective()) {
          if (s.vacated == null) {
            s.vacated = new EnumMap<>(Office.class);
          }
          s.vacated.put(ev.office(), new Vacated(ev.person(), ev.office().name(), e.stamp().validAt(), ev.act()));
        }
      }
    }
  };

  private static <K> void remove(Map<K, Vacated> vacated, K key) {
    if (vacated != null) {
      vacated.remove(key);
    }
  }
}
