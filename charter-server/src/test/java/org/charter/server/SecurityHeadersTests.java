package org.charter.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The headers every answer carries: a strict policy for the page, no caching and no sniffing for the API. */
class SecurityHeadersTests extends OneServerPerClass {
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void page_andItsScripts_carryAStrictPolicyWithNoInlineScript() throws Exception {
    for (String path : new String[] {"/", "/app.js", "/vendor/echarts.min.js"}) {
      HttpResponse<String> r = get(path, null);
      assertThat(r.statusCode()).as(path).isEqualTo(200);
      String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
      assertThat(csp).as(path).contains("script-src 'self';").contains("frame-ancestors 'none'")
          .contains("default-src 'none'").doesNotContain("unsafe-eval");
      assertThat(csp.substring(csp.indexOf("script-src"), csp.indexOf(';', csp.indexOf("script-src"))))
          .doesNotContain("unsafe-inline");
      assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
      assertThat(r.headers().firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
      assertThat(r.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
    }
  }

  @Test
  void apiAnswers_whetherAllowedOrNot_areNeverCachedNorSniffed() throws Exception {
    for (String token : new String[] {TestServer.ADMIN_TOKEN, null}) {
      HttpResponse<String> r = get("/api/books", token);
      assertThat(r.statusCode()).isEqualTo(token == null ? 401 : 200);
      assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
      assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }
  }

  @Test
  void vendorFile_unknown_isNotFoundAsJson() throws Exception {
    HttpResponse<String> r = get("/vendor/nothing.js", null);
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).contains("\"error\"");
  }

  private static HttpResponse<String> get(String path, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.base() + path)).GET();
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
