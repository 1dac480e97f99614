package org.charter.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.charter.core.act.Act;
import org.charter.core.book.Book;
import org.charter.documents.DocumentFormat;
import org.charter.documents.DocumentKind;
import org.charter.documents.DocumentRequest;
import org.charter.documents.Documents;
import org.charter.scenario.Scenario;
import org.charter.scenario.ScenarioLoader;
import org.charter.testkit.Poppler;
import org.junit.jupiter.api.Test;

/** The documents over the API: each kind in its format and content type, the same bytes as the command line. */
class DocumentsApiTests extends OneServerPerClass {
  private static final String DOCS = "/api/books/openai-2023/documents/";

  private static HttpResponse<byte[]> fetch(String pathAndQuery) throws Exception {
    HttpRequest req = HttpRequest.newBuilder(URI.create(server.base() + DOCS + pathAndQuery))
        .header("Authorization", "Bearer " + TestServer.ADMIN_TOKEN).GET().build();
    return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofByteArray());
  }

  private static Book replayed() {
    Scenario s = new ScenarioLoader().load(TestServer.OPENAI);
    Book b = new Book(s.id(), s.zone());
    for (Act a : s.acts()) {
      b.replay(a);
    }
    return b;
  }

  @Test
  void eachKindComesWithTheContentTypeOfItsFormat() throws Exception {
    String[][] cases = {
        {"notice?meeting=m-2023-11-17", "text/markdown; charset=utf-8", "Notice of special meeting"},
        {"agenda?meeting=m-2023-11-17&format=html", "text/html; charset=utf-8", "Order of business"},
        {"minutes?meeting=m-2023-11-17&format=md", "text/markdown; charset=utf-8", "Votes: tally not on record"},
        {"consent?act=r-2023-11-19-shear&format=html", "text/html; charset=utf-8", "RESOLVED: Appoint Emmett Shear"},
        {"register?at=2023-12-01&format=csv", "text/csv; charset=utf-8", "register,entity,entity_name"},
        {"certificate?at=2023-12-01&entity=openai-inc", "text/markdown; charset=utf-8", "chain head"},
        {"verdict?act=r-2023-11-17-altman", "text/markdown; charset=utf-8", "DE-notice"}};
    for (String[] c : cases) {
      HttpResponse<byte[]> r = fetch(c[0]);
      String body = new String(r.body(), StandardCharsets.UTF_8);
      assertThat(r.statusCode()).as(c[0] + ": " + body).isEqualTo(200);
      // Jetty writes a charset it knows without the space after the semicolon.
      assertThat(r.headers().firstValue("Content-Type").map(t -> t.replace(" ", ""))).as(c[0])
          .hasValue(c[1].replace(" ", ""));
      assertThat(body).as(c[0]).contains(c[2]);
    }
    HttpResponse<byte[]> csv = fetch("register?at=2023-12-01&format=csv");
    assertThat(csv.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"openai-2023-register.csv\"");
  }

  @Test
  void theMinutesAreTheBytesTheCommandLineWritesAndThePdfIsText() throws Exception {
    HttpResponse<byte[]> md = fetch("minutes?meeting=m-2023-11-17");
    Instant all = Instant.MAX;
    byte[] expected = Documents.issue(replayed(), "OpenAI, November 2023", new DocumentRequest(DocumentKind.MINUTES,
        all, "m-2023-11-17", null, null, null, null, null), DocumentFormat.MD);
    assertThat(new String(md.body(), StandardCharsets.UTF_8)).isEqualTo(new String(expected, StandardCharsets.UTF_8));

    HttpResponse<byte[]> pdf = fetch("minutes?meeting=m-2023-11-17&format=pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(pdf.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"openai-2023-minutes-m-2023-11-17.pdf\"");
    Path f = dir.resolve("minutes.pdf");
    Files.write(f, pdf.body());
    assertThat(Poppler.text(f).replaceAll("\\s+", " ")).contains("Resolution r-2023-11-17-altman")
        .contains("DE-141b-quorum unknown");
  }

  @Test
  void aBadRequestNamesItsFieldAndAMissingThingIs404() throws Exception {
    String[][] cases = {
        {"minutes", "400", "meeting: the minutes document needs a meeting"},
        {"minutes?meeting=m-nope", "404", "no meeting m-nope"},
        {"register?at=2023-12-01&meeting=m-2023-11-17", "400", "meeting: the register document takes no meeting"},
        {"minutes?meeting=m-2023-11-17&format=csv", "400", "format: csv is for the register"},
        {"minutes?meeting=m-2023-11-17&format=docx", "400", "format: docx is not one of"},
        {"register?at=yesterday", "400", "at: 'yesterday' is not a time"},
        {"register?at=2023-12-01&view=both", "400", "view: legal or acted"},
        {"certificate?at=2023-12-01&entity=openai-inc&checkpoint="
            + URLEncoder.encode("not a checkpoint", StandardCharsets.UTF_8), "400", "checkpoint: "},
        {"minutes?meeting=", "400", "meeting: empty"},
        {"minutes?meeting=m-2023-11-17&colour=red", "400", "unknown query parameter colour"},
        {"letters", "404", "kind: no document letters"}};
    for (String[] c : cases) {
      HttpResponse<byte[]> r = fetch(c[0]);
      String body = new String(r.body(), StandardCharsets.UTF_8);
      assertThat(r.statusCode()).as(c[0] + ": " + body).isEqualTo(Integer.parseInt(c[1]));
      assertThat(body).as(c[0]).contains(c[2]);
    }
  }
}
