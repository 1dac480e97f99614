package org.charter.core.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import org.charter.core.act.Act;
import org.charter.core.act.ActTypes;
import org.charter.core.act.Office;

/**
 * A compact binary form of acts and of the records a book keeps beside them (verdicts), for snapshots: no text to
 * parse, each record's components in declared order, varints, and strings shared through a table of recent ones, so a
 * reader gets one copy of each repeated name. Not canonical and never hashed into the chain; every byte read and
 * written passes through a MAC, whose value {@link Out#finish} writes and {@link In#finish} checks.
 */
public final class BinaryValues {
  private BinaryValues() {}

  // A direct-mapped table of recent strings, the same on both sides: a string seen in its slot is written as the
  // slot's number.
  private static final int SLOT_BITS = 16;
  private static final int MAX_STRING = 16 << 20;
  private static final int MAX_COUNT = 1 << 26;
  private static final List<Class<? extends Act>> TYPES = ActTypes.all();

  private static int slot(String s) {
    return (s.hashCode() * 0x9E3779B9) >>> (32 - SLOT_BITS);
  }

  /** Writes values to a stream through a buffer, every byte into the MAC as well. */
  public static final class Out {
    private final OutputStream out;
    private final Mac mac;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private final String[] recent = new String[1 << SLOT_BITS];

    public Out(OutputStream out, Mac mac) {
      this.out = out;
      this.mac = mac;
    }

    private void room(int n) throws IOException {
      if (pos + n > buf.length) {
        flush();
      }
    }

    private void flush() throws IOException {
      mac.update(buf, 0, pos);
      out.write(buf, 0, pos);
      pos = 0;
    }

    public void bytes(byte[] b) throws IOException {
      if (b.length > buf.length - pos) {
        flush();
        mac.update(b);
        out.write(b);
        return;
      }
      System.arraycopy(b, 0, buf, pos, b.length);
      pos += b.length;
    }

    public void varLong(long v) throws IOException {
      room(10);
      while ((v & ~0x7FL) != 0) {
        buf[pos++] = (byte) ((v & 0x7F) | 0x80);
        v >>>= 7;
      }
      buf[pos++] = (byte) v;
    }

    public void zigzag(long v) throws IOException {
      varLong((v << 1) ^ (v >> 63));
    }

    public void string(String s) throws IOException {
      if (s == null) {
        varLong(0);
        return;
      }
      int slot = slot(s);
      if (s.equals(recent[slot])) {
        varLong(((long) slot << 2) | 1);
        return;
      }
      recent[slot] = s;
      varLong(((long) slot << 2) | 2);
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      varLong(b.length);
      bytes(b);
    }

    /** An act: its type's place in {@link ActTypes#all}, then its components. */
    public void act(Act act) throws IOException {
      varLong(TYPES.indexOf(act.getClass()));
      record(act);
    }

    /** A record, or null. */
    public void nullableRecord(Record r) throws IOException {
      varLong(r == null ? 0 : 1);
      if (r != null) {
        record(r);
      }
    }

    private void record(Object r) throws IOException {
      RecordShape shape = RecordShape.of(r.getClass());
      for (int i = 0; i < shape.names.length; i++) {
        value(shape.get(r, i), shape.types[i]);
      }
    }

    private void value(Object v, Type type) throws IOException {
      Kind kind = KINDS.get(raw(type));
      switch (kind) {
        case STRING -> string((String) v);
        case BOOL -> varLong((Boolean) v ? 1 : 0);
        case INT, LONG -> zigzag(((Number) v).longValue());
        default -> {
          if (v == null) {
            varLong(0);
          } else {
            present(v, type, kind);
          }
        }
      }
    }

    private void present(Object v, Type type, Kind kind) throws IOException {
      switch (kind) {
        case INSTANT -> {
          Instant t = (Instant) v;
          varLong(1 + t.getNano());
          zigzag(t.getEpochSecond());
        }
        case ENUM -> varLong(1 + ((Enum<?>) v).ordinal());
        case OFFICE -> {
          varLong(1);
          string(((Office) v).code());
        }
        case BOXED_INT, BOXED_LONG -> {
          varLong(1);
          zigzag(((Number) v).longValue());
        }
        case BOXED_BOOL -> varLong((Boolean) v ? 2 : 1);
        case DECIMAL -> {
          varLong(1);
          string(((BigDecimal) v).toString());
        }
        case LIST -> {
          List<?> l = (List<?>) v;
          Type elem = ((ParameterizedType) type).getActualTypeArguments()[0];
          varLong(1 + l.size());
          for (Object o : l) {
            value(o, elem);
          }
        }
        case MAP -> {
          Map<?, ?> m = (Map<?, ?>) v;
          Type[] kv = ((ParameterizedType) type).getActualTypeArguments();
          varLong(1 + m.size());
          for (Map.Entry<?, ?> e : m.entrySet()) {
            value(e.getKey(), kv[0]);
            value(e.getValue(), kv[1]);
          }
        }
        case RECORD -> {
          varLong(1);
          record(v);
        }
        default -> throw new IllegalArgumentException("no binary form for " + type);
      }
    }

    /** Writes what is buffered and then the MAC of everything written, unbuffered. */
    public void finish() throws IOException {
      flush();
      out.write(mac.doFinal());
      out.flush();
    }
  }

  /** Reads what {@link Out} wrote; every length and count is bounded, so damaged bytes fail instead of exhausting. */
  public static final class In {
    private final InputStream in;
    private final Mac mac;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private int macked;
    private final String[] recent = new String[1 << SLOT_BITS];

    public In(InputStream in, Mac mac) {
      this.in = in;
      this.mac = mac;
    }

    private void fill() throws IOException {
      mac.update(buf, macked, pos - macked);
      int n = in.readNBytes(buf, 0, buf.length);
      if (n <= 0) {
        throw new IOException("the snapshot ends early");
      }
      pos = 0;
      macked = 0;
      limit = n;
    }

    public int u8() throws IOException {
      if (pos == limit) {
        fill();
      }
      return buf[pos++] & 0xFF;
    }

    public byte[] bytes(int n) throws IOException {
      if (n < 0 || n > MAX_STRING) {
        throw new IOException("a length of " + n + " bytes is out of bounds");
      }
      byte[] out = new byte[n];
      int got = 0;
      while (got < n) {
        if (pos == limit) {
          fill();
        }
        int k = Math.min(n - got, limit - pos);
        System.arraycopy(buf, pos, out, got, k);
        pos += k;
        got += k;
      }
      return out;
    }

    public long varLong() throws IOException {
      long v = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        int b = u8();
        v |= (long) (b & 0x7F) << shift;
        if ((b & 0x80) == 0) {
          return v;
        }
      }
      throw new IOException("a varint runs past 10 bytes");
    }

    public long zigzag() throws IOException {
      long v = varLong();
      return (v >>> 1) ^ -(v & 1);
    }

    /** A count of things to follow, at most {@value #MAX_COUNT}. */
    public int count() throws IOException {
      long n = varLong();
      if (n < 0 || n > MAX_COUNT) {
        throw new IOException("a count of " + n + " is out of bounds");
      }
      return (int) n;
    }

    public String string() throws IOException {
      long tag = varLong();
      if (tag == 0) {
        return null;
      }
      int slot = (int) (tag >>> 2);
      if (slot >= recent.length || (tag & 3) == 0 || (tag & 3) == 3) {
        throw new IOException("a string tag " + tag + " is not one the writer makes");
      }
      if ((tag & 3) == 1) {
        String s = recent[slot];
        if (s == null) {
          throw new IOException("a string refers to an empty slot " + slot);
        }
        return s;
      }
      String s = new String(bytes(count()), StandardCharsets.UTF_8);
      recent[slot] = s;
      return s;
    }

    public Act act() throws IOException {
      int t = count();
      if (t >= TYPES.size()) {
        throw new IOException("act type " + t + " is not one this build knows");
      }
      return (Act) record(TYPES.get(t));
    }

    public <R extends Record> R nullableRecord(Class<R> type) throws IOException {
      return count() == 0 ? null : type.cast(record(type));
    }

    private Object record(Class<?> type) throws IOException {
      RecordShape shape = RecordShape.of(type);
      Object[] args = new Object[shape.names.length];
      for (int i = 0; i < args.length; i++) {
        args[i] = value(shape.types[i]);
      }
      return shape.construct(args);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object value(Type type) throws IOException {
      Class<?> raw = raw(type);
      Kind kind = KINDS.get(raw);
      switch (kind) {
        case STRING:
          return string();
        case BOOL:
          return varLong() != 0;
        case INT:
          return (int) zigzag();
        case LONG:
          return zigzag();
        default:
          break;
      }
      long tag = varLong();
      if (tag == 0) {
        return null;
      }
      switch (kind) {
        case INSTANT:
          if (tag > 1_000_000_000L) {
            throw new IOException("an instant's nanoseconds are out of bounds");
          }
          return Instant.ofEpochSecond(zigzag(), tag - 1);
        case ENUM:
          Object[] values = raw.getEnumConstants();
          if (tag > values.length) {
            throw new IOException("enum " + raw.getSimpleName() + " has no constant " + (tag - 1));
          }
          return values[(int) tag - 1];
        case OFFICE:
          return Office.ofCode(string());
        case BOXED_INT:
          return (int) zigzag();
        case BOXED_LONG:
          return zigzag();
        case BOXED_BOOL:
          return tag == 2;
        case DECIMAL:
          return new BigDecimal(string());
        case LIST: {
          Type elem = ((ParameterizedType) type).getActualTypeArguments()[0];
          int n = bounded(tag - 1);
          Object[] out = new Object[Math.min(n, 1024)];
          int k = 0;
          for (int i = 0; i < n; i++) {
            if (k == out.length) {
              out = java.util.Arrays.copyOf(out, out.length * 2);
            }
            out[k++] = value(elem);
          }
          return List.of(java.util.Arrays.copyOf(out, k));
        }
        case MAP: {
          Type[] kv = ((ParameterizedType) type).getActualTypeArguments();
          Class<?> keyType = (Class<?>) kv[0];
          Map<Object, Object> out = keyType.isEnum() ? new EnumMap(keyType) : new TreeMap<>();
          int n = bounded(tag - 1);
          for (int i = 0; i < n; i++) {
            out.put(value(kv[0]), value(kv[1]));
          }
          return out;
        }
        case RECORD:
          return record(raw);
        default:
          throw new IOException("no binary form for " + type);
      }
    }

    private static int bounded(long n) throws IOException {
      if (n < 0 || n > MAX_COUNT) {
        throw new IOException("a count of " + n + " is out of bounds");
      }
      return (int) n;
    }

    /**
     * Checks the MAC of everything read against the one that follows it, and that nothing follows that.
     *
     * @throws IOException if they differ or bytes follow: the snapshot was damaged or written with another key
     */
    public void finish() throws IOException {
      mac.update(buf, macked, pos - macked);
      macked = pos;
      byte[] expected = mac.doFinal();
      byte[] stored = bytes(expected.length);
      if (!java.security.MessageDigest.isEqual(expected, stored)) {
        throw new IOException("the snapshot's MAC does not match its content");
      }
      if (pos < limit || in.read() >= 0) {
        throw new IOException("bytes follow the snapshot's MAC");
      }
    }
  }

  /** How a component of a record type is written, worked out once per class. */
  private enum Kind { STRING, BOOL, INT, LONG, INSTANT, ENUM, OFFICE, BOXED_INT, BOXED_LONG, BOXED_BOOL, DECIMAL, LIST,
    MAP, RECORD, NONE }

  private static final ClassValue<Kind> KINDS = new ClassValue<>() {
    @Override
    protected Kind computeValue(Class<?> c) {
      if (c == String.class) {
        return Kind.STRING;
      } else if (c == boolean.class) {
        return Kind.BOOL;
      } else if (c == int.class) {
        return Kind.INT;
      } else if (c == long.class) {
        return Kind.LONG;
      } else if (c == Instant.class) {
        return Kind.INSTANT;
      } else if (c.isEnum()) {
        return Kind.ENUM;
      } else if (c == Office.class) {
        return Kind.OFFICE;
      } else if (c == Integer.class) {
        return Kind.BOXED_INT;
      } else if (c == Long.class) {
        return Kind.BOXED_LONG;
      } else if (c == Boolean.class) {
        return Kind.BOXED_BOOL;
      } else if (c == BigDecimal.class) {
        return Kind.DECIMAL;
      } else if (c == List.class) {
        return Kind.LIST;
      } else if (c == Map.class) {
        return Kind.MAP;
      } else if (c.isRecord()) {
        return Kind.RECORD;
      }
      return Kind.NONE;
    }
  };

  private static Class<?> raw(Type type) {
    return type instanceof ParameterizedType pt ? (Class<?>) pt.getRawType() : (Class<?>) type;
  }
}
