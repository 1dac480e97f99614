package org.charter.server;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Query parameters a route does not know are refused, so that a typo is not silently ignored. */
final class Params {
  private Params() {}

  static void only(Context ctx, String... allowed) {
    Set<String> known = Set.of(allowed);
    List<String> unknown = ctx.queryParamMap().keySet().stream().filter(k -> !known.contains(k)).sorted().toList();
    if (!unknown.isEmpty()) {
      throw ApiException.badRequest("unknown query parameter " + String.join(", ", unknown)
          + (known.isEmpty() ? " (this route takes none)" : " (expected: " + String.join(", ", allowed) + ")"),
          Map.of("fields", unknown));
    }
  }
}
