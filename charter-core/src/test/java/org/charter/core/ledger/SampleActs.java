package org.charter.core.ledger;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.charter.core.act.Act;
import org.charter.core.act.ActKind;
import org.charter.core.act.ActMeta;
import org.charter.core.act.Source;
import org.charter.core.act.Threshold;
import org.charter.core.act.VoteBase;
import org.charter.core.act.VoteRule;

/** Builds an instance of any act type with seeded random values, so tests can walk every act type. */
public final class SampleActs {
  private SampleActs() {}

  public static Act of(Class<? extends Act> type, Random r, String id) {
    return (Act) value(type, type, r, id);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object value(Type type, Class<?> owner, Random r, String id) {
    Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    if (raw == ActMeta.class) {
      Instant t = Instant.ofEpochSecond(1_400_000_000L + r.nextInt(400_000_000));
      return new ActMeta(id, t, t.plusSeconds(r.nextInt(1000)), "tester",
          List.of(new Source(Source.SourceKind.SEED, "00" + r.nextInt(5), r.nextBoolean() ? null : "q \"é\"\n")),
          r.nextBoolean() ? null : "note " + r.nextInt());
    } else if (raw == String.class) {
      return "s" + r.nextInt(1000) + (r.nextInt(10) == 0 ? "\u0001\\ü" : "");
    } else if (raw == Boolean.class || raw == boolean.class) {
      return r.nextBoolean();
    } else if (raw == Integer.class || raw == int.class) {
      return r.nextInt(100);
    } else if (raw == long.class || raw == Long.class) {
      return (long) r.nextInt(1_000_000);
    } else if (raw == BigDecimal.class) {
      return new BigDecimal(r.nextInt(100_000)).movePointLeft(2);
    } else if (raw == Instant.class) {
      return Instant.ofEpochSecond(1_500_000_000L + r.nextInt(1000));
    } else if (raw == Threshold.class) {
      return r.nextBoolean() ? Threshold.MAJORITY : Threshold.TWO_THIRDS;
    } else if (raw == org.charter.core.act.Office.class) {
      // A known office or one only the bylaws name.
      return r.nextBoolean() ? org.charter.core.act.Office.INTERIM_CEO : new org.charter.core.act.Office("evp-" + r.nextInt(9));
    } else if (raw.isEnum()) {
      Object[] values = raw.getEnumConstants();
      return values[r.nextInt(values.length)];
    } else if (raw == List.class) {
      Type elem = ((ParameterizedType) type).getActualTypeArguments()[0];
      return List.of(value(elem, owner, r, id), value(elem, owner, r, id));
    } else if (raw == Map.class) {
      return Map.of(ActKind.GENERAL, new VoteRule(VoteBase.PRESENT, Threshold.MAJORITY));
    } else if (raw.isRecord()) {
      RecordComponent[] comps = raw.getRecordComponents();
      Object[] args = new Object[comps.length];
      Class<?>[] types = new Class<?>[comps.length];
      for (int i = 0; i < comps.length; i++) {
        types[i] = comps[i].getType();
        boolean nullable = comps[i].isAnnotationPresent(org.charter.core.act.Nullable.class);
        args[i] = nullable && r.nextInt(3) == 0 ? null : value(comps[i].getGenericType(), raw, r, id);
      }
      try {
        return raw.getDeclaredConstructor(types).newInstance(args);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(raw + ": " + e, e);
      }
    }
    throw new IllegalArgumentException("no sample for " + type);
  }
}
