package org.charter.server;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.Optional;
import org.charter.core.access.Grant;
import org.charter.core.access.Principal;
import org.charter.core.access.Role;
import org.charter.core.access.TokenInfo;
import org.charter.core.access.TokenStore;

/** Who is asking: the bearer token of a request, looked up by its hash, and what its roles let it see and do. */
final class Access {
  private static final String PRINCIPAL = "charter.principal";
  private static final String TOKEN = "charter.token";
  private static final String READING = "charter.reading";
  private final TokenStore tokens;
  private final Library library;
  private final Clock clock;

  Access(TokenStore tokens, Library library, Clock clock) {
    this.tokens = tokens;
    this.library = library;
    this.clock = clock;
  }

  /** Before every API request: a known bearer token, or 401. */
  void authenticate(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() <= 7) {
      throw ApiException.unauthorized("send an API token as 'Authorization: Bearer <token>'");
    }
    TokenInfo t = tokens.find(Tokens.hash(header.substring(7).strip()))
        .orElseThrow(() -> ApiException.unauthorized("unknown API token"));
    if (t.revokedAt() != null) {
      throw ApiException.unauthorized("this API token was revoked at " + t.revokedAt());
    }
    if (!t.liveAt(clock.instant())) {
      throw ApiException.unauthorized("this API token expired at " + t.expiresAt());
    }
    ctx.attribute(PRINCIPAL, t.principal());
    ctx.attribute(TOKEN, t.id());
  }

  static Principal principal(Context ctx) {
    return ctx.attribute(PRINCIPAL);
  }

  /** The public id of the token the request came with. */
  static String tokenId(Context ctx) {
    return ctx.attribute(TOKEN);
  }

  /** The book named by the path and the caller's grant on it; a book the caller has no role on does not exist. */
  Visible visible(Context ctx) {
    String id = ctx.pathParam("book");
    Principal p = principal(ctx);
    var grant = p.on(id);
    var reading = grant.isEmpty() ? Optional.<Shelf.Reading>empty() : library.read(id);
    if (reading.isEmpty()) {
      throw ApiException.notFound("no book " + id);
    }
    // The request reads this copy of the book until it is answered (held); a writer never changes it meanwhile.
    Shelf.Reading previous = ctx.attribute(READING);
    if (previous != null) {
      previous.close();
    }
    ctx.attribute(READING, reading.get());
    return new Visible(reading.get().live(), grant.get(), p);
  }

  /** Releases the request's hold on its book, if it took one; the writer may then bring that copy up to date. */
  static void release(Context ctx) {
    Shelf.Reading r = ctx.attribute(READING);
    if (r != null) {
      r.close();
    }
  }

  /** {@code handler}, releasing the hold on the book it read when it returns or throws. */
  static io.javalin.http.Handler held(io.javalin.http.Handler handler) {
    return ctx -> {
      try {
        handler.handle(ctx);
      } finally {
        release(ctx);
      }
    };
  }

  /** A book the caller may see, with the caller's grant on it. */
  record Visible(LiveBook book, Grant grant, Principal principal) {
    Visible requireAtLeast(Role role, String what) {
      if (!grant.role().atLeast(role)) {
        throw ApiException.forbidden(principal.name() + " is " + grant.role().name().toLowerCase(java.util.Locale.ROOT)
            + " of book " + book.id() + " and may not " + what);
      }
      return this;
    }
  }
}
