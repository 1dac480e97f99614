package org.charter.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.charter.core.book.Book;
import org.charter.core.book.Recorded;
import org.charter.scenario.ScenarioLoader;

/**
 * Conditional reads: an answer that is a function of the book's chain and the request carries a weak {@code ETag}, and
 * a request whose {@code If-None-Match} holds it gets {@code 304 Not Modified} with no body, before the answer is built.
 *
 * <p>The tag is a SHA-256, cut to 128 bits, of: the build of the server, the book's id, title, zone, chain head and
 * length, the request's path, every query parameter with every value (sorted by name, so their order does not matter,
 * and all of them, so that a parameter added later is in the key without anyone remembering it), and the caller's
 * grant. A write moves the head, so it changes every tag of the book. The head itself is not in the tag, which is only
 * sent to callers who may read the book, and a caller who may not gets the same 404 whatever it sends.
 *
 * <p>Weak ({@code W/"..."}): the same tag stands for the answer gzipped or not, which are the same JSON.
 */
final class Etags {
  static final String ETAG = "ETag";
  static final String IF_NONE_MATCH = "If-None-Match";

  private Etags() {}

  /**
   * Answers with the tree {@code answer} builds, tagged; or, when the request already holds the tag, 304 without
   * building it. The tag is set only on a 200 or 304, never on an error the building throws.
   */
  static void send(Context ctx, Access.Visible v, Supplier<Object> answer) {
    String tag = tag(ctx, v);
    if (matches(ctx.header(IF_NONE_MATCH), tag)) {
      ctx.status(304).header(ETAG, tag);
      return;
    }
    Object tree = answer.get();
    ctx.header(ETAG, tag);
    Json.send(ctx, tree);
  }

  static String tag(Context ctx, Access.Visible v) {
    LiveBook b = v.book();
    Book book = b.book();
    MessageDigest d = sha256();
    field(d, Build.FINGERPRINT);
    field(d, b.id());
    field(d, b.title());
    field(d, b.zone().getId());
    field(d, book.last().map(Recorded::hashHex).orElse("-"));
    field(d, Integer.toString(book.size()));
    field(d, ctx.path());
    for (Map.Entry<String, List<String>> p : new TreeMap<>(ctx.queryParamMap()).entrySet()) {
      field(d, p.getKey());
      field(d, Integer.toString(p.getValue().size()));
      p.getValue().forEach(x -> field(d, x));
    }
    field(d, v.grant().book());
    field(d, v.grant().role().name());
    field(d, v.grant().person() == null ? "-" : v.grant().person());
    byte[] h = d.digest();
    return "W/\"" + HexFormat.of().formatHex(h, 0, 16) + "\"";
  }

  /** Whether an {@code If-None-Match} header holds the tag, by the weak comparison GET uses (RFC 9110 13.1.2). */
  static boolean matches(String header, String tag) {
    if (header == null) {
      return false;
    }
    String opaque = opaque(tag);
    for (String part : header.split(",", -1)) {
      String p = part.strip();
      if (p.equals("*") || opaque(p).equals(opaque)) {
        return true;
      }
    }
    return false;
  }

  private static String opaque(String tag) {
    return tag.startsWith("W/") ? tag.substring(2) : tag;
  }

  // Each field with its length first, so that no two different keys run together into the same bytes.
  private static void field(MessageDigest d, String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    d.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
    d.update(bytes);
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /**
   * The build of the server, so that a new build (other rules, other verdicts, another report) never answers 304 for
   * a tag an older one gave: the SHA-256 of the jars that hold the server, the core and the scenario reader. Every
   * instance started from the same jars agrees on it. Run from class directories (a test, an IDE) there are no jars to
   * hash, and each process takes a random value instead, so its tags last as long as it does.
   */
  private static final class Build {
    static final String FINGERPRINT = fingerprint();

    private static String fingerprint() {
      Set<Path> jars = new LinkedHashSet<>();
      for (Class<?> c : List.of(CharterServer.class, Book.class, ScenarioLoader.class)) {
        Path p = location(c);
        if (p == null || !Files.isRegularFile(p)) {
          byte[] random = new byte[16];
          new SecureRandom().nextBytes(random);
          return "process-" + HexFormat.of().formatHex(random);
        }
        jars.add(p);
      }
      MessageDigest d = sha256();
      byte[] buf = new byte[1 << 16];
      for (Path jar : new ArrayList<>(jars)) {
        try (InputStream in = Files.newInputStream(jar)) {
          for (int n; (n = in.read(buf)) > 0; ) {
            d.update(buf, 0, n);
          }
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + jar + " to fingerprint the build", e);
        }
      }
      return "jars-" + HexFormat.of().formatHex(d.digest());
    }

    private static Path location(Class<?> c) {
      CodeSource s = c.getProtectionDomain().getCodeSource();
      if (s == null || s.getLocation() == null) {
        return null;
      }
      try {
        return Path.of(s.getLocation().toURI());
      } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
        return null;
      }
    }
  }
}
