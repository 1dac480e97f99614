package org.charter.server;

import io.javalin.http.Context;

/**
 * The headers every answer carries. The page may run only its own scripts (no inline script, no other origin), may not
 * be framed, and sends no referrer; API answers are never cached and never sniffed as another type.
 */
final class SecurityHeaders {
  // ECharts styles its tooltips inline, so styles may be inline; scripts may not.
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline';"
      + " img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self';"
      + " frame-ancestors 'none'";

  private SecurityHeaders() {}

  static void add(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    if (ctx.path().startsWith("/api/")) {
      ctx.header("Cache-Control", "no-store");
    } else {
      ctx.header("Content-Security-Policy", CSP);
      ctx.header("X-Frame-Options", "DENY");
    }
  }
}
