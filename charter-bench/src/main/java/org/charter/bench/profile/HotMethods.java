package org.charter.bench.profile;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads a JFR recording's execution samples (jdk.ExecutionSample, JFR's async sampling of running Java threads) and
 * prints the methods that hold the most samples: on top of the stack (self time) and anywhere on it (total time); also
 * the allocation samples (jdk.ObjectAllocationSample) by the method that allocated. Usage: {@code HotMethods FILE.jfr
 * [TOP]}.
 */
public final class HotMethods {
  private HotMethods() {}

  public static void main(String[] args) throws IOException {
    print(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 25, System.out);
  }

  public static void print(Path jfr, int top, PrintStream out) throws IOException {
    Map<String, Long> self = new HashMap<>();
    Map<String, Long> total = new HashMap<>();
    Map<String, Long> allocated = new HashMap<>();
    long samples = 0;
    long allocatedBytes = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
      String type = e.getEventType().getName();
      RecordedStackTrace st = e.getStackTrace();
      if (st == null || st.getFrames().isEmpty()) {
        continue;
      }
      List<RecordedFrame> frames = st.getFrames();
      if (type.equals("jdk.ExecutionSample")) {
        samples++;
        self.merge(name(frames.get(0)), 1L, Long::sum);
        Set<String> seen = new HashSet<>();
        for (RecordedFrame f : frames) {
          if (seen.add(name(f))) {
            total.merge(name(f), 1L, Long::sum);
          }
        }
      } else if (type.equals("jdk.ObjectAllocationSample")) {
        long w = e.getLong("weight");
        allocatedBytes += w;
        allocated.merge(firstOwn(frames), w, Long::sum);
      }
    }
    out.printf("%d execution samples%n%nself:%n", samples);
    table(self, samples, top, out);
    out.printf("%ntotal (on the stack):%n");
    table(total, samples, top, out);
    out.printf("%nallocation (sampled bytes, by the first Charter frame):%n");
    table(allocated, allocatedBytes, top, out);
  }

  private static String name(RecordedFrame f) {
    return f.getMethod().getType().getName() + "." + f.getMethod().getName();
  }

  private static String firstOwn(List<RecordedFrame> frames) {
    for (RecordedFrame f : frames) {
      if (name(f).startsWith("org.charter.")) {
        return name(f);
      }
    }
    return name(frames.get(0));
  }

  private static void table(Map<String, Long> counts, long all, int top, PrintStream out) {
    counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
        .forEach(e -> out.printf("  %5.1f%%  %s%n", 100.0 * e.getValue() / Math.max(1, all), e.getKey()));
  }
}
