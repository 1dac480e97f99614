package org.charter.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.charter.core.access.Grant;
import org.charter.core.access.Principal;
import org.charter.core.access.Role;
import org.charter.core.access.TokenStore;

/** Who am I, and issuing tokens: an admin of a book grants roles on it; only an admin of every book grants on "*". */
final class TokensController {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final TokenStore tokens;
  private final Clock clock;
  private final long maxBody;

  TokensController(TokenStore tokens, Clock clock, long maxBody) {
    this.tokens = tokens;
    this.clock = clock;
    this.maxBody = maxBody;
  }

  /** What a request to issue a token holds. */
  record TokenRequest(String principal, List<GrantRequest> grants) {}

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
    if (req.principal() == null || req.principal().isBlank() || req.principal().length() > 200) {
      throw ApiException.badRequest("principal: a name of 1 to 200 characters is required (it becomes recorded_by)");
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
    Principal p = new Principal(req.principal().strip(), grants);
    String token = Tokens.generate();
    tokens.create(Tokens.hash(token), p, clock.instant());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("token", token);
    m.putAll(tree(p));
    Json.send(ctx, 201, m);
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
          + loc.getColumnNr()) + ": " + e.getOriginalMessage().lines().findFirst().orElse("").strip());
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
