package org.charter.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.charter.testkit.Poppler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The documents from the web UI, in a real headless Chromium: one of each kind downloaded, and a print layout; and
 * the hypotheses panel.
 */
class DocumentBrowserTests extends OneBrowserPerClass {
  @Test
  void oneOfEachDocumentDownloads() throws IOException {
    moveTo("2023-12-01T00:00", "2023-12-01 00:00");
    WebElement openai = browser.findElement(By.cssSelector("#board .entity[data-entity='openai-inc']"));
    click(openai, "register", "csv");
    String csv = Files.readString(downloaded("openai-2023-register-openai-inc.csv"));
    // The register shown on the page, which opens as acted, is the one downloaded.
    assertThat(openai.findElement(By.cssSelector(".doc-links[data-doc='register'] .doc-label")).getText())
        .isEqualTo("Register (as acted)");
    assertThat(csv).startsWith("register,entity,entity_name,position").contains("\r\nacted,openai-inc,")
        .doesNotContain("legal,");
    click(openai, "certificate", "pdf");
    assertThat(Poppler.text(downloaded("openai-2023-certificate-openai-inc.pdf")).replaceAll("\\s+", " "))
        .contains("Incumbency certificate of OpenAI, Inc.").contains("chain head");

    openReport("r-2023-11-17-altman");
    WebElement report = browser.findElement(By.cssSelector("#verdict .report"));
    click(report, "verdict", "md");
    assertThat(Files.readString(downloaded("openai-2023-verdict-r-2023-11-17-altman.md")))
        .startsWith("# Verdict report: r-2023-11-17-altman").contains("| DE-notice | not met (void) |");
    click(report, "minutes", "pdf");
    assertThat(Poppler.text(downloaded("openai-2023-minutes-m-2023-11-17.pdf")).replaceAll("\\s+", " "))
        .contains("Draft minutes").contains("Resolution r-2023-11-17-murati");
    click(report, "notice", "html");
    assertThat(Files.readString(downloaded("openai-2023-notice-m-2023-11-17.html")))
        .contains("<h2>Latest delivery, by method</h2>");
    click(report, "agenda", "md");
    assertThat(Files.readString(downloaded("openai-2023-agenda-m-2023-11-17.md"))).contains("Order of business");

    openReport("r-2023-11-19-shear");
    click(browser.findElement(By.cssSelector("#verdict .report")), "consent", "pdf");
    assertThat(Poppler.text(downloaded("openai-2023-consent-r-2023-11-19-shear.pdf")).replaceAll("\\s+", " "))
        .contains("RESOLVED: Appoint Emmett Shear interim chief executive officer.");
  }

  @Test
  void thePrintLayoutOpensTheDocumentInANewTab() {
    openReport("r-2023-11-17-altman");
    String main = browser.getWindowHandle();
    Set<String> before = browser.getWindowHandles();
    click(browser.findElement(By.cssSelector("#verdict .report")), "minutes", "print");
    wait.until(b -> b.getWindowHandles().size() > before.size());
    String tab = browser.getWindowHandles().stream().filter(h -> !before.contains(h)).findFirst().orElseThrow();
    browser.switchTo().window(tab);
    try {
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Draft minutes"));
      assertThat(browser.findElement(By.tagName("body")).getText()).contains("Votes: tally not on record");
    } finally {
      browser.close();
      browser.switchTo().window(main);
    }
  }

  @Test
  void theHypothesesPanelShowsTheShearConsentAndWhatItTurnsOn() {
    moveTo("2023-11-20T12:00", "2023-11-20 12:00");
    // The panel is drawn again for the new moment: wait for that drawing, not the one before it.
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#hypotheses .compare-state"),
        "as of 2023-11-20 12:00"));
    WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("#hypotheses-panel tr[data-act='r-2023-11-19-shear']")));
    WebElement open = row.findElement(By.cssSelector("td.differs[data-variant='as-reported-2023']"));
    assertThat(open.getText()).contains("undetermined").contains("turns on as-reported-2023: replace openai-inc-bylaws");
    assertThat(row.findElement(By.cssSelector("td[data-variant='typical-delaware']")).getText())
        .contains("invalid (void)");
    assertThat(browser.findElement(By.cssSelector("#hypotheses .compare-state")).getText())
        .contains("interim-ceo of openai-inc (legal)");
  }

  @Test
  void theSensitivityPanel_onRequest_showsTheFlipsTheShearConsentTurnsOn() {
    WebElement run = browser.findElement(By.id("sensitivity-run"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", run);
    run.click();
    WebElement row = new WebDriverWait(browser, Duration.ofSeconds(60))
        .until(ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector("#sensitivity tr[data-act='r-2023-11-19-shear']")));
    assertThat(row.getText()).contains("invalid (void)");
    WebElement members = row.findElement(
        By.cssSelector("li[data-flip='as-reported-2023-members-replace-openai-inc-formed']"));
    assertThat(members.getText()).contains("hypothesis").contains("valid")
        .contains("DE-228-members-consent: none -> met");
    assertThat(browser.findElement(By.id("sensitivity")).getText()).contains("flips, each applied alone");
  }

  private static void click(WebElement within, String doc, String format) {
    WebElement b = within.findElement(By.cssSelector(".doc-links[data-doc='" + doc + "'] [data-format='" + format
        + "']"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", b);
    b.click();
  }

  /** The downloaded file, once the browser has finished writing it. */
  private static Path downloaded(String name) {
    Path f = downloads.resolve(name);
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> Files.isRegularFile(f)
        && !Files.exists(downloads.resolve(name + ".crdownload")) && size(f) > 0);
    return f;
  }

  private static long size(Path f) {
    try {
      return Files.size(f);
    } catch (IOException e) {
      return 0;
    }
  }
}
