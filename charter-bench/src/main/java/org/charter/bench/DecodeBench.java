package org.charter.bench;

import java.util.List;
import java.util.function.Function;
import org.charter.bench.json.JacksonBindingReader;
import org.charter.core.act.Act;
import org.charter.core.ledger.Canonical;
import org.charter.core.ledger.LedgerEntry;

/**
 * Decoding canonical bytes into acts with Charter's reader (Jackson's streaming parser, sharing recent short strings)
 * against the same parser without the sharing, and against Jackson's record binding into the same acts; the three
 * are timed in turn.
 */
final class DecodeBench {
  private DecodeBench() {}

  static List<Figure> run(BenchOptions o, List<LedgerEntry> entries) throws Exception {
    byte[][] payloads = new byte[entries.size()][];
    long bytes = 0;
    for (int i = 0; i < payloads.length; i++) {
      payloads[i] = entries.get(i).payload();
      bytes += payloads[i].length;
      sameActs(payloads[i]);
    }
    long[] sink = new long[1];
    double[] m = Rounds.alternate(1, o.rounds(), new Rounds.Pass[] {
        pass(payloads, sink, Canonical::decode),
        pass(payloads, sink, Canonical::decodeUnshared),
        pass(payloads, sink, JacksonBindingReader::decode)});
    long avg = Math.round((double) bytes / payloads.length);
    String what = "decode canonical bytes to acts with Charter's reader (" + payloads.length
        + " acts of the generated mix, " + avg + " bytes each, one thread)";
    String note = String.format("the three readers give equal acts for every entry; Charter's %.0f MB/s,"
        + " sink %d", m[0] * avg / 1e6, sink[0] & 1);
    return List.of(
        Figure.rate("decode", what, m[0], "acts/s", "the same streaming parser without string sharing",
            m[1], 0.8, note),
        Figure.rate("decode.binding", what, m[0], "acts/s", "Jackson's record binding (ObjectMapper) into the same"
            + " records", m[2], 0.8, note));
  }

  /** Fails unless the three readers decode the bytes to equal acts. */
  static void sameActs(byte[] payload) {
    Act act = Canonical.decode(payload);
    if (!act.equals(Canonical.decodeUnshared(payload)) || !act.equals(JacksonBindingReader.decode(payload))) {
      throw new IllegalStateException("the readers decode act " + act.id() + " differently");
    }
  }

  private static Rounds.Pass pass(byte[][] payloads, long[] sink, Function<byte[], Act> reader) {
    return () -> {
      for (byte[] p : payloads) {
        sink[0] += reader.apply(p).id().length();
      }
      return payloads.length;
    };
  }
}
