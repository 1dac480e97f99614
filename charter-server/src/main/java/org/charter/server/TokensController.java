package org.charter.server;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.charter.core.access.Grant;
import org.charter.core.access.Principal;
import org.charter.core.access.Role;
import org.charter.core.access.TokenInfo;
import org.charter.core.access.TokenStore;

/**
 * Who am I, and the tokens' lifecycle: an admin of a book issues tokens with roles on it (only an admin of every book
 * grants on "*"), each expiring after a number of days; tokens are listed without their secrets and can be revoked.
 */
final class TokensController {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** Days a token lives when the request does not say, and the most it may ask for. */
  static final int DEFAULT_DAYS = 90;
  static final int MAX_DAYS = 3650;
  // recorded_by carries the principal's name: one line of plain characters, and none that Charter itself writes.
  private static final Pattern PRINCIPAL_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._@+-]{0,63}");
  private static final Pattern RESERVED = Pattern.compile("(?i)(admin|root|system|anonymous|charter.*)");
  private final TokenStore tokens;
  private final Clock clock;
  private final long maxBody;

  TokensController(TokenStore tokens, Clock clock, long maxBody) {
    this.tokens = tokens;
    this.clock = clock;
    this.maxBody = maxBody;
  }

  /** What a request to issue a token holds. */
  record TokenRequest(String principal, List<GrantRequest> grants,
      @JsonProperty("expires_in_days") Integer expiresInDays) {}

  /** One role on one book in a request; a director's names the person who signs. */
  record GrantRequest(String book, String role, String person) {}

  void me(Context ctx) {
    Params.only(ctx);
    Json.send(ctx, tree(Access.principal(ctx)));
  }

  void issue(Context ctx) {
    Params.only(ctx);
    Principal caller = Access.principal(ctx);
    String body = Bodies.read(ctx, maxBody);
    TokenRequest req = parse(body);
    String name = req.principal();
    if (name == null || !PRINCIPAL_NAME.matcher(name).matches() || name.endsWith(" ")) {
      throw ApiException.badRequest("principal: a name of 1 to 64 letters, digits, spaces and . _ @ + -, starting"
          + " with a letter or digit, is required (it becomes recorded_by)", Map.of("fields", List.of("principal")));
    }
    if (RESERVED.matcher(name).matches()) {
      throw ApiException.badRequest("principal: '" + name + "' is reserved (admin, root, system, anonymous and names"
          + " starting with charter are Charter's own)", Map.of("fields", List.of("principal")));
    }
    int days = req.expiresInDays() == null ? DEFAULT_DAYS : req.expiresInDays();
    if (days < 1 || days > MAX_DAYS) {
      throw ApiException.badRequest("expires_in_days: a whole number of days from 1 to " + MAX_DAYS,
          Map.of("fields", List.of("expires_in_days")));
    }
    if (req.grants() == null || req.grants().isEmpty()) {
      throw ApiException.badRequest("grants: at least one {book, role} is required");
    }
    List<Grant> grants = new ArrayList<>();
    for (GrantRequest g : req.grants()) {
      grants.add(grant(g));
    }
    for (Grant g : grants) {
      boolean allowed = g.book().equals(Grant.ALL_BOOKS) ? caller.isAdminOfAll()
          : caller.on(g.book()).map(x -> x.role() == Role.ADMIN).orElse(false);
      if (!allowed) {
        throw ApiException.forbidden(caller.name() + " is not an admin of "
            + (g.book().equals(Grant.ALL_BOOKS) ? "every book" : "book " + g.book()) + " and may not grant roles on it");
      }
    }
    Principal p = new Principal(name, grants);
    String token = Tokens.generate();
    String hash = Tokens.hash(token);
    Instant now = clock.instant();
    tokens.create(hash, p, now, now.plus(Duration.ofDays(days)));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("token", token);
    m.putAll(tree(tokens.find(hash).orElseThrow(), now));
    // Never gzipped: the secret beside names the caller chose is what a compression side channel (BREACH) measures.
    ctx.disableCompression();
    Json.send(ctx, 201, m);
  }

  /** The tokens the caller may manage (see {@link #manages}), without their secrets. */
  void list(Context ctx) {
    Params.only(ctx);
    Instant now = clock.instant();
    List<Object> out = new ArrayList<>();
    for (TokenInfo t : tokens.list()) {
      if (manages(ctx, t)) {
        out.add(tree(t, now));
      }
    }
    Json.send(ctx, Map.of("tokens", out));
  }

  /** Revokes a token from now on: 204; a token the caller may not manage does not exist for it (404). */
  void revoke(Context ctx) {
    Params.only(ctx);
    String id = ctx.pathParam("id");
    TokenInfo t = tokens.list().stream().filter(x -> x.id().equals(id)).findFirst()
        .filter(x -> manages(ctx, x)).orElseThrow(() -> ApiException.notFound("no token " + id));
    tokens.revoke(t.id(), clock.instant());
    ctx.status(204);
  }

  /** A token is managed by its own holder, by an admin of every book, and by an admin of every book it grants on. */
  private static boolean manages(Context ctx, TokenInfo t) {
    Principal caller = Access.principal(ctx);
    if (t.id().equals(Access.tokenId(ctx)) || caller.isAdminOfAll()) {
      return true;
    }
    return !t.principal().grants().isEmpty() && t.principal().grants().stream().allMatch(g -> !g.book().equals(
        Grant.ALL_BOOKS) && caller.on(g.book()).map(x -> x.role() == Role.ADMIN).orElse(false));
  }

  private static TokenRequest parse(String body) {
    try {
      TokenRequest r = MAPPER.readValue(body, TokenRequest.class);
      if (r == null) {
        throw ApiException.badRequest("the request body is empty: expected {principal, grants}");
      }
      return r;
    } catch (UnrecognizedPropertyException e) {
      throw ApiException.badRequest("unknown field '" + e.getPropertyName() + "' (expected one of: "
          + String.join(", ", e.getKnownPropertyIds().stream().map(Object::toString).sorted().toList()) + ")",
          Map.of("fields", List.of(e.getPropertyName())));
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      throw ApiException.badRequest("malformed JSON" + (loc == null ? "" : " at line " + loc.getLineNr() + ", column "
          + loc.getColumnNr()) + ": " + ParseErrors.message(e));
    }
  }

  private static Grant grant(GrantRequest g) {
    if (g == null || g.book() == null || g.book().isBlank()) {
      throw ApiException.badRequest("grants: every grant names a book (or \"*\" for every book)");
    }
    Role role;
    try {
      role = Role.valueOf(String.valueOf(g.role()).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("grants: role '" + g.role() + "' is not one of viewer, director, secretary,"
          + " admin");
    }
    if (role == Role.DIRECTOR && (g.person() == null || g.person().isBlank())) {
      throw ApiException.badRequest("grants: a director's grant names the person whose signatures it records");
    }
    return new Grant(g.book(), role, role == Role.DIRECTOR ? g.person() : null);
  }

  static Map<String, Object> tree(TokenInfo t, Instant now) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", t.id());
    m.putAll(tree(t.principal()));
    m.put("created_at", t.createdAt().toString());
    m.put("expires_at", t.expiresAt() == null ? null : t.expiresAt().toString());
    m.put("revoked_at", t.revokedAt() == null ? null : t.revokedAt().toString());
    m.put("live", t.liveAt(now));
    return m;
  }

  static Map<String, Object> tree(Principal p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("principal", p.name());
    List<Object> grants = new ArrayList<>();
    for (Grant g : p.grants()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("book", g.book());
      x.put("role", g.role().name().toLowerCase(Locale.ROOT));
      x.put("person", g.person());
      grants.add(x);
    }
    m.put("grants", grants);
    return m;
  }
}
