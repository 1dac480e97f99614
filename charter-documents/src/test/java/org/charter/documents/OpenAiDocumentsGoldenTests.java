package org.charter.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.charter.core.act.Act;
import org.charter.core.book.Book;
import org.charter.scenario.Variant;
import org.charter.scenario.VariantLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The OpenAI documents of issue 14, compared with the golden files a person has read (src/test/resources/golden). To
 * accept a change, run with -Dgolden.update=true and review the diff; a missing golden file fails.
 */
class OpenAiDocumentsGoldenTests {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "openai-2023");

  static Stream<Arguments> documents() {
    var dec1 = OpenAi.local("2023-12-01T00:00");
    return Stream.of(
        Arguments.of("notice-m-2023-11-17-typical-delaware.md", OpenAi.request(DocumentKind.NOTICE, "m-2023-11-17",
            null, null, null), DocumentFormat.MD),
        Arguments.of("agenda-m-2023-11-17.md", OpenAi.request(DocumentKind.AGENDA, "m-2023-11-17", null, null, null),
            DocumentFormat.MD),
        Arguments.of("minutes-m-2023-11-17.md", OpenAi.request(DocumentKind.MINUTES, "m-2023-11-17", null, null,
            null), DocumentFormat.MD),
        Arguments.of("consent-r-2023-11-19-shear.md", OpenAi.request(DocumentKind.CONSENT, null, "r-2023-11-19-shear",
            null, null), DocumentFormat.MD),
        Arguments.of("register-2023-12-01.md", OpenAi.request(DocumentKind.REGISTER, null, null, dec1, null),
            DocumentFormat.MD),
        Arguments.of("register-2023-12-01.csv", OpenAi.request(DocumentKind.REGISTER, null, null, dec1, null),
            DocumentFormat.CSV),
        Arguments.of("certificate-2023-12-01.md", OpenAi.request(DocumentKind.CERTIFICATE, null, null, dec1,
            "openai-inc"), DocumentFormat.MD),
        Arguments.of("verdict-r-2023-11-17-altman.md", OpenAi.request(DocumentKind.VERDICT, null,
            "r-2023-11-17-altman", null, null), DocumentFormat.MD));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void matchesTheGoldenFile(String file, DocumentRequest request, DocumentFormat format) throws Exception {
    String got = new String(Documents.issue(OpenAi.BOOK, OpenAi.SCENARIO.title(), request, format),
        StandardCharsets.UTF_8);
    compare(file, got);
  }

  /** The notice that was due for the meeting of 17 November, under each hypothesis of the scenario. */
  static Stream<String> hypotheses() {
    return new VariantLoader().hypotheses(OpenAi.SCENARIO).stream().map(Variant::id)
        .filter(id -> !id.equals("typical-delaware"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hypotheses")
  void theNoticeUnderEachHypothesisMatchesItsGoldenFile(String id) throws Exception {
    Variant v = new VariantLoader().hypotheses(OpenAi.SCENARIO).stream().filter(h -> h.id().equals(id)).findFirst()
        .orElseThrow();
    Book b = new Book(OpenAi.SCENARIO.id(), OpenAi.SCENARIO.zone());
    for (Act a : v.apply(OpenAi.SCENARIO.acts())) {
      b.replay(a);
    }
    String got = new String(Documents.issue(b, OpenAi.SCENARIO.title() + ", under hypothesis " + id + ": "
        + v.title(), OpenAi.request(DocumentKind.NOTICE, "m-2023-11-17", null, null, null), DocumentFormat.MD),
        StandardCharsets.UTF_8);
    compare("notice-m-2023-11-17-" + id + ".md", got);
  }

  private static void compare(String file, String got) throws Exception {
    Path golden = GOLDEN.resolve(file);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, got);
    }
    assertThat(golden).as("golden file; run with -Dgolden.update=true to write it").exists();
    assertThat(got).isEqualTo(Files.readString(golden));
  }
}
