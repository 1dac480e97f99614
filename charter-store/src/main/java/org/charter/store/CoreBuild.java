package org.charter.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** The build of charter-core this process runs, as the tag a snapshot carries ({@code BookSnapshot}). */
public final class CoreBuild {
  private CoreBuild() {}

  private static volatile byte[] digest;

  /**
   * SHA-256 over the names and bytes of this build's charter-core classes, in name order: the verdicts a snapshot keeps
   * are what this code judged, so any change to it (a rule, a profile, a finding's wording) makes old snapshots stale.
   */
  public static byte[] digest() {
    byte[] d = digest;
    if (d == null) {
      d = computeCodeDigest();
      digest = d;
    }
    return d;
  }

  private static byte[] computeCodeDigest() {
    String prefix = "org/charter/core/";
    TreeMap<String, byte[]> classes = new TreeMap<>();
    try {
      Path source = Path.of(org.charter.core.book.Book.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(source)) {
        try (Stream<Path> files = Files.walk(source.resolve(prefix))) {
          for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
            classes.put(source.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
          }
        }
      } else {
        try (JarFile jar = new JarFile(source.toFile())) {
          for (JarEntry e : (Iterable<JarEntry>) jar.stream()::iterator) {
            if (e.getName().startsWith(prefix) && e.getName().endsWith(".class")) {
              try (InputStream in = jar.getInputStream(e)) {
                classes.put(e.getName(), in.readAllBytes());
              }
            }
          }
        }
      }
    } catch (IOException | URISyntaxException | RuntimeException e) {
      throw new IllegalStateException("cannot read this build's charter-core classes to tag a snapshot", e);
    }
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (Map.Entry<String, byte[]> e : classes.entrySet()) {
        md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(e.getValue());
      }
      return md.digest();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }
}
