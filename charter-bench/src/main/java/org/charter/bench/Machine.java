package org.charter.bench;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The machine a run is taken on, as the figures must name it. */
public final class Machine {
  private Machine() {}

  /** The 1-minute load average, or NaN where the platform does not give it. */
  public static double load() {
    double l = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return l < 0 ? Double.NaN : l;
  }

  /** CPU model, cores, memory, JVM, collector and heap limit, on one line. */
  public static String describe() {
    Runtime rt = Runtime.getRuntime();
    return cpu().orElse(System.getProperty("os.arch")) + ", " + rt.availableProcessors() + " cores, "
        + memory().map(m -> m + " RAM, ").orElse("") + "JDK " + System.getProperty("java.version") + " ("
        + System.getProperty("java.vm.name") + "), " + collector() + ", max heap " + gib(rt.maxMemory()) + ", "
        + System.getProperty("os.name") + " " + System.getProperty("os.version");
  }

  /** The garbage collector this JVM runs, and whether object headers are compact (JDK 24 and later). */
  public static String collector() {
    String gc = flag("UseZGC") ? "ZGC" : flag("UseG1GC") ? "G1" : flag("UseParallelGC") ? "Parallel GC"
        : flag("UseSerialGC") ? "Serial GC" : flag("UseShenandoahGC") ? "Shenandoah" : "another collector";
    return gc + (flag("UseCompactObjectHeaders") ? " with compact object headers" : "");
  }

  private static boolean flag(String name) {
    try {
      return Boolean.parseBoolean(ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
          .getVMOption(name).getValue());
    } catch (IllegalArgumentException e) {
      return false; // this JVM has no such option
    }
  }

  static String gib(long bytes) {
    return String.format("%.1f GiB", bytes / (1024.0 * 1024 * 1024));
  }

  /** The heap in use after a full collection, as near as the JVM will say. */
  static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    long before = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      long used = rt.totalMemory() - rt.freeMemory();
      if (used >= before - (1 << 20)) {
        return used;
      }
      before = used;
    }
    return before;
  }

  private static Optional<String> cpu() {
    return line(Path.of("/proc/cpuinfo"), "model name").map(l -> l.substring(l.indexOf(':') + 1).strip());
  }

  private static Optional<String> memory() {
    return line(Path.of("/proc/meminfo"), "MemTotal").map(l -> {
      long kib = Long.parseLong(l.replaceAll("[^0-9]", ""));
      return gib(kib * 1024);
    });
  }

  private static Optional<String> line(Path file, String prefix) {
    try {
      return Files.readAllLines(file).stream().filter(l -> l.startsWith(prefix)).findFirst();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
