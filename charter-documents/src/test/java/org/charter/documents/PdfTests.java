package org.charter.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.charter.testkit.Poppler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDFs as a reader gets them: text that pdftotext extracts, fonts embedded, pages that pdftoppm renders. */
class PdfTests {
  @TempDir Path dir;

  private Path pdf(org.charter.core.book.Book book, DocumentRequest r) throws Exception {
    Path f = dir.resolve(r.kind().label() + ".pdf");
    Files.write(f, Documents.issue(book, OpenAi.SCENARIO.title(), r, DocumentFormat.PDF));
    return f;
  }

  @Test
  void minutesAreRealTextInAnEmbeddedFont() throws Exception {
    Path f = pdf(DocumentContentTests.withProperMeeting(), OpenAi.request(DocumentKind.MINUTES,
        "check-m-2023-11-10-proper", null, null, null));
    assertThat(Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
    String text = Poppler.text(f).replaceAll("\\s+", " ");
    assertThat(text).contains("Attendance").contains("Greg Brockman").contains("Tasha McCauley")
        .contains("quorum 4: met").contains("Resolution check-removal-proper")
        .contains("Result under the rules: valid").contains("DE-141b-quorum met").contains("DE-notice met");
    String fonts = Poppler.fonts(f);
    // Every font line (after the two header lines) says emb "yes": nothing falls back to an unembedded font.
    var lines = fonts.lines().skip(2).toList();
    assertThat(lines).isNotEmpty().allSatisfy(l -> assertThat(l).contains("LiberationSans").contains(" yes "));
    var page = Poppler.firstPage(f, 50);
    assertThat(page.getWidth()).isBetween(380, 440);
    assertThat(Poppler.inked(page)).isGreaterThan(0.005);
  }

  @Test
  void theOpenAiMinutesShowEachMotionWithItsVerdictAndRules() throws Exception {
    Path f = pdf(OpenAi.BOOK, OpenAi.request(DocumentKind.MINUTES, "m-2023-11-17", null, null, null));
    String text = Poppler.text(f).replaceAll("\\s+", " ");
    assertThat(text).contains("Ilya Sutskever").contains("joined 17 Nov 2023 12:23 PST (-08:00)")
        .contains("DE-141b-quorum unknown").contains("met if the board has at most 9 seats");
    for (String motion : new String[] {"r-2023-11-17-altman", "r-2023-11-17-brockman", "r-2023-11-17-murati"}) {
      assertThat(text).contains("Resolution " + motion);
    }
    assertThat(text).contains("Result under the rules: invalid (void).").contains("DE-notice NOT MET (void)")
        .contains("Votes: tally not on record");
  }
}
