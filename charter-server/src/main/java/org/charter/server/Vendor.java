package org.charter.server;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.webjars.WebJarVersionLocator;

/**
 * The front-end libraries the UI loads, served at {@code /vendor/FILE} without their version: the WebJar locator finds
 * the version on the class path, so bumping a library is one edit, in the parent POM.
 */
final class Vendor {
  private static final WebJarVersionLocator LOCATOR = new WebJarVersionLocator();
  // The page asks for these names; each maps to a WebJar and a file inside it.
  private static final Map<String, String[]> FILES =
      Map.of("echarts.min.js", new String[] {"echarts", "echarts.min.js"});

  private final Map<String, byte[]> bytes;

  Vendor() {
    var loaded = new HashMap<String, byte[]>();
    FILES.forEach((name, where) -> loaded.put(name, read(where[0], where[1])));
    this.bytes = Map.copyOf(loaded);
  }

  /** The versioned path of a WebJar's file, as the locator finds it; a missing WebJar is a build fault. */
  static String path(String webjar, String file) {
    String full = LOCATOR.fullPath(webjar, file);
    if (full == null) {
      throw new IllegalStateException("WebJar " + webjar + " with " + file + " is not on the class path");
    }
    return full;
  }

  void serve(Context ctx) {
    byte[] b = bytes.get(ctx.pathParam("file"));
    if (b == null) {
      throw new NotFoundResponse("no such file: " + ctx.path());
    }
    ctx.contentType("text/javascript; charset=utf-8").header("Cache-Control", "public, max-age=86400").result(b);
  }

  private static byte[] read(String webjar, String file) {
    String full = path(webjar, file);
    try (InputStream in = Vendor.class.getClassLoader().getResourceAsStream(full)) {
      if (in == null) {
        throw new IllegalStateException("cannot read " + full);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
