package org.charter.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.charter.core.act.Act;
import org.charter.core.book.Book;
import org.charter.core.state.Register;
import org.charter.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** What a secretary reads on each document, checked on the OpenAI book and on a hypothetical proper meeting. */
class DocumentContentTests {
  private static final String TITLE = OpenAi.SCENARIO.title();

  private static String md(Book book, DocumentRequest r) {
    return new String(Documents.issue(book, TITLE, r, DocumentFormat.MD), StandardCharsets.UTF_8);
  }

  /** The OpenAI book with the hypothetical meeting of checks/removal-proper.yaml: board size six, all noticed. */
  static Book withProperMeeting() {
    Book b = new Book(OpenAi.SCENARIO.id(), OpenAi.SCENARIO.zone());
    for (Act a : OpenAi.SCENARIO.acts()) {
      b.replay(a);
    }
    for (Act a : new ScenarioLoader().loadActs(OpenAi.DIR.resolve("checks/removal-proper.yaml"), OpenAi.SCENARIO)) {
      b.replay(a);
    }
    return b;
  }

  @Test
  void minutesOfAProperMeetingCountTheQuorumAndEachVote() {
    String m = md(withProperMeeting(), OpenAi.request(DocumentKind.MINUTES, "check-m-2023-11-10-proper", null, null,
        null));
    assertThat(m).contains("present 6 of 6 authorized").contains("quorum 4: met")
        .contains("| Greg Brockman | yes | no |").contains("| Sam Altman | no | no |")
        .contains("| Helen Toner | abstain | no |")
        .contains("Result under the rules: valid")
        .contains("Purpose: Remove Sam Altman as chief executive officer.")
        .contains("| Sam Altman | no | 8 Nov 2023 09:00 PST (-08:00) by email; check-proper-notice-altman");
  }

  @Test
  void minutesOfTheOpenAiMeetingStateEveryUnknownAsUnknown() {
    String m = md(OpenAi.BOOK, OpenAi.request(DocumentKind.MINUTES, "m-2023-11-17", null, null, null));
    assertThat(m).contains("Votes: tally not on record").contains("DE-141b-quorum unknown")
        .contains("joined 17 Nov 2023 12:23 PST (-08:00)").contains("Objected to the call")
        .contains("| Ilya Sutskever | yes | none on record | none on record |")
        .contains("Result under the rules: invalid (void).")
        .contains("| Sam Altman removed as ceo | invalid (void) | sam-altman-removed-ceo (entry #78) |");
  }

  @Test
  void theNoticeGivesTheLatestDeliveryByEachMethod() {
    String n = md(OpenAi.BOOK, OpenAi.request(DocumentKind.NOTICE, "m-2023-11-17", null, null, null));
    // 24 hours before noon on 17 Nov, under the bylaw terms assumed on record.
    assertThat(n).contains("| email | 16 Nov 2023 12:00 PST (-08:00) |").contains("| mail | 16 Nov 2023 12:00 PST")
        .contains("notice 24 hours before the meeting")
        .contains("To each director in office at the call: Sam Altman, Greg Brockman, Ilya Sutskever, Tasha McCauley,"
            + " Adam D'Angelo, Helen Toner.")
        .contains("Place or link: not on record.");
  }

  @Test
  void theConsentCarriesEachSignersPayload() {
    String c = md(OpenAi.BOOK, OpenAi.request(DocumentKind.CONSENT, null, "r-2023-11-19-shear", null, null));
    assertThat(c).contains("RESOLVED: Appoint Emmett Shear interim chief executive officer.")
        .contains("charter-signature-v1\nhelen-toner\nCONSENT\n{")
        .contains("DE-141f-consent NOT MET");
  }

  @Test
  void theRegisterIsEitherRegister() {
    Instant dec1 = OpenAi.local("2023-12-01T00:00");
    String legal = md(OpenAi.BOOK, OpenAi.request(DocumentKind.REGISTER, null, null, dec1, "openai-inc"));
    String acted = md(OpenAi.BOOK, new DocumentRequest(DocumentKind.REGISTER, Instant.MAX, null, null, dec1,
        "openai-inc", Register.ACTED, null));
    // Under the rules the void removals of 17 Nov leave Altman and Brockman seated; as acted they are gone.
    assertThat(legal).contains("| Greg Brockman |").contains("register legal");
    assertThat(acted).doesNotContain("| Greg Brockman |").contains("register acted").contains("| Bret Taylor |");
  }

  @Test
  void aFieldTheKindDoesNotTakeIsRefusedNotDropped() {
    assertThatThrownBy(() -> OpenAi.request(DocumentKind.REGISTER, "m-2023-11-17", null, Instant.EPOCH, null))
        .isInstanceOf(DocumentException.class).hasMessage("meeting: the register document takes no meeting");
    assertThatThrownBy(() -> Documents.issue(OpenAi.BOOK, TITLE, OpenAi.request(DocumentKind.MINUTES, "m-2023-11-17",
        null, null, null), DocumentFormat.CSV)).hasMessageContaining("format: csv is for the register");
    assertThatThrownBy(() -> md(OpenAi.BOOK, OpenAi.request(DocumentKind.MINUTES, null, null, null, null)))
        .hasMessage("meeting: the minutes document needs a meeting");
  }

  @Test
  void anUnknownMeetingActOrEntityIsNotFoundAndSaysWhatIs() {
    assertThatThrownBy(() -> md(OpenAi.BOOK, OpenAi.request(DocumentKind.MINUTES, "m-nope", null, null, null)))
        .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(e.notFound()).isTrue())
        .hasMessageContaining("no meeting m-nope in book openai-2023; meetings called on record: m-2023-11-17");
    assertThatThrownBy(() -> md(OpenAi.BOOK, OpenAi.request(DocumentKind.VERDICT, null, "nope", null, null)))
        .hasMessage("act: no act nope in book openai-2023");
    assertThatThrownBy(() -> md(OpenAi.BOOK, OpenAi.request(DocumentKind.CONSENT, null, "r-2023-11-17-altman", null,
        null))).hasMessage("act: r-2023-11-17-altman is a motion-voted, not a written-consent-signed");
    assertThatThrownBy(() -> md(OpenAi.BOOK, OpenAi.request(DocumentKind.CERTIFICATE, null, null,
        OpenAi.local("2023-12-01T00:00"), null))).hasMessageStartingWith("entity: book openai-2023 holds");
  }

  @Test
  void aValueIsTextInEveryFormatNeverMarkup() {
    assertThat(Templates.escape("a | b *c* <script>x</script> [l](javascript:x)"))
        .isEqualTo("a \\| b \\*c\\* \\<script\\>x\\</script\\> [l]\\(javascript:x)");
    var doc = new Document(DocumentKind.VERDICT, "<b>t</b>", "s & t", List.of("basis"),
        List.of(new Block.Paragraph("<script>alert(1)</script>")), List.of());
    String html = Templates.html(doc);
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>")
        .contains("&lt;b&gt;t&lt;/b&gt;").contains("s &amp; t");
  }

  @Test
  void csvQuotesWhatWouldShiftAColumnAndDefusesFormulas() {
    assertThat(RegisterCsv.field("OpenAI, Inc.")).isEqualTo("\"OpenAI, Inc.\"");
    assertThat(RegisterCsv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(RegisterCsv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(RegisterCsv.field(null)).isEmpty();
  }
}
