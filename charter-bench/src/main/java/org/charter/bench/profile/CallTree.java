package org.charter.bench.profile;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads a JFR recording's execution samples and prints, for the samples whose stack holds a method (a substring of
 * {@code Class.method}, such as {@code RecordController.post}), the share of them under each call path below it, to
 * {@code DEPTH} calls: where one request's time goes, which {@link HotMethods}' flat lists do not show. Paths under 1%
 * are left out. Usage: {@code CallTree FILE.jfr METHOD [DEPTH]}.
 */
public final class CallTree {
  private CallTree() {}

  public static void main(String[] args) throws IOException {
    print(Path.of(args[0]), args[1], args.length > 2 ? Integer.parseInt(args[2]) : 2, System.out);
  }

  public static void print(Path jfr, String root, int depth, PrintStream out) throws IOException {
    Map<String, Integer> paths = new TreeMap<>();
    int all = 0;
    int under = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
      if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
        continue;
      }
      all++;
      List<RecordedFrame> frames = e.getStackTrace().getFrames();
      // The outermost frame of the method: a recursive call's samples count once, under the first call.
      int r = -1;
      for (int i = frames.size() - 1; i >= 0 && r < 0; i--) {
        if (name(frames.get(i).getMethod(), true).contains(root)) {
          r = i;
        }
      }
      if (r < 0) {
        continue;
      }
      under++;
      StringBuilder path = new StringBuilder();
      for (int d = 1; d <= depth && r - d >= 0; d++) {
        path.append(" > ").append(name(frames.get(r - d).getMethod(), false));
        paths.merge(path.toString(), 1, Integer::sum);
      }
    }
    out.printf("%,d execution samples, %,d (%.1f%%) with %s on the stack; below it:%n", all, under,
        all == 0 ? 0.0 : 100.0 * under / all, root);
    for (Map.Entry<String, Integer> p : paths.entrySet()) {
      if (p.getValue() * 100 >= under) {
        out.printf("%6.1f%% %s%n", 100.0 * p.getValue() / under, p.getKey());
      }
    }
  }

  private static String name(RecordedMethod m, boolean qualified) {
    String type = m.getType().getName();
    return (qualified ? type : type.substring(type.lastIndexOf('.') + 1)) + "." + m.getName();
  }
}
