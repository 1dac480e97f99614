package org.charter.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in a real headless Chromium ({@link HeadlessChromium}), against a real server on the demo.
 */
class BrowserTests {
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  @TempDir static Path dir;
  static TestServer server;
  static WebDriver browser;
  static WebDriverWait wait;

  @BeforeAll
  static void start() throws IOException {
    Files.createDirectories(SCREENSHOTS);
    server = TestServer.start(dir);
    browser = HeadlessChromium.start();
    wait = HeadlessChromium.patiently(browser);
  }

  @AfterAll
  static void stop() {
    try {
      if (browser != null) {
        browser.quit();
      }
    } finally {
      if (server != null) {
        server.close();
      }
    }
  }

  @BeforeEach
  void loadTheDemo() {
    // Through a blank page: the UI drops the token from the address, so the same address again would not reload.
    browser.get("about:blank");
    browser.get(server.base() + "/#token=" + TestServer.ADMIN_TOKEN);
    try {
      wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#timeline > li"), 50));
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-body='openai-board']")));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError("the demo did not load; the page says: "
          + browser.findElement(By.tagName("body")).getText(), e);
    }
  }

  @Test
  void timeMovedTo18November_showsFourDirectorsOnTheBoard() throws IOException {
    WebElement asOf = browser.findElement(By.id("asof"));
    asOf.clear();
    asOf.sendKeys("2023-11-18T12:00", Keys.ENTER);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("asof-label"), "2023-11-18 12:00"));
    List<String> names = browser.findElements(By.cssSelector("[data-body='openai-board'] li.director .name"))
        .stream().map(WebElement::getText).toList();
    assertThat(names).containsExactlyInAnyOrder("Ilya Sutskever", "Adam D'Angelo", "Tasha McCauley", "Helen Toner");
    assertThat(browser.findElement(By.cssSelector("[data-body='openai-board'] .director-count")).getText())
        .isEqualTo("4 directors");
    // Altman's and Brockman's seats show as emptied by the noon acts, with their verdicts.
    assertThat(browser.findElement(By.cssSelector("[data-body='openai-board']")).getText())
        .contains("by sam-altman-removed-director (invalid)");
    assertThat(browser.findElement(By.id("message")).isDisplayed()).isFalse();
    screenshot("board-as-of-2023-11-18.png");
  }

  @Test
  void the17NovemberRemovalOpened_showsItsFindingsWithRulesAndNumbers() throws IOException {
    browser.findElement(By.id("asof")).clear();
    browser.findElement(By.id("asof")).sendKeys("2023-11-17T13:00", Keys.ENTER);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("asof-label"), "2023-11-17 13:00"));
    browser.findElement(By.cssSelector("#timeline > li[data-act='sam-altman-removed-director']")).click();
    WebElement report = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("#verdict .report[data-act='sam-altman-removed-director']")));
    assertThat(report.getText()).contains("invalid (void)");
    WebElement basis = report.findElement(By.cssSelector("tr.finding[data-rule='CH-basis']"));
    assertThat(basis.findElement(By.cssSelector(".outcome")).getText()).isEqualTo("not met (void)");
    assertThat(report.findElements(By.cssSelector("tr.finding"))).hasSizeGreaterThanOrEqualTo(2);
    screenshot("removal-2023-11-17.png");
  }

  @Test
  void waterfallOfFourTimes100Billion_showsMicrosoftAndTheOtherInvestorsStoppedAtTheirCaps() throws IOException {
    waitForStandings();
    WebElement amount = browser.findElement(By.id("wf-amount"));
    assertThat(amount.getAttribute("value")).isEqualTo("1,000,000,000");
    panelScreenshot("waterfall-default-1bn.png");
    amount.clear();
    amount.sendKeys("100000000000");
    WebElement count = browser.findElement(By.id("wf-count"));
    count.clear();
    count.sendKeys("4", Keys.ENTER);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(
        By.cssSelector("#standings tr[data-holder='microsoft'] .status"), "stopped at cap"));
    assertThat(browser.findElement(By.id("wf-amount")).getAttribute("value")).isEqualTo("100,000,000,000");
    assertThat(standing("microsoft", ".status")).isEqualTo("stopped at cap");
    assertThat(standing("other-holders", ".status")).isEqualTo("stopped at cap");
    assertThat(standing("microsoft", ".received")).isEqualTo("$130,000,000,000");
    assertThat(standing("openai-inc", ".status")).startsWith("uncapped");
    Object bars = ((JavascriptExecutor) browser).executeScript(
        "return echarts.getInstanceByDom(document.getElementById('waterfall-chart')).getOption().xAxis[0].data.length");
    assertThat(bars).isEqualTo(4L);
    panelScreenshot("waterfall-4x100bn.png");
  }

  @Test
  void waterfallWithTheTimeMovedBeforeTheTerms_saysSoAndAfterThemShowsMicrosoftsInvestment() throws IOException {
    waitForStandings();
    WebElement asOf = browser.findElement(By.id("asof"));
    asOf.clear();
    asOf.sendKeys("2022-06-01", Keys.ENTER);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("waterfall-error"),
        "has waterfall terms on record by 2022-06-01"));
    assertThat(browser.findElement(By.id("standings")).isDisplayed()).isFalse();
    panelScreenshot("waterfall-before-terms.png");
    asOf = browser.findElement(By.id("asof"));
    asOf.clear();
    asOf.sendKeys("2023-11-18", Keys.ENTER);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("waterfall-about"), "as of 2023-11-18"));
    assertThat(browser.findElement(By.id("waterfall-error")).isDisplayed()).isFalse();
    assertThat(standing("microsoft", "td:nth-child(2)")).isEqualTo("$13,000,000,000");
  }

  @Test
  void timeline_ofABookLargerThanOnePage_listsEveryActOnceInOrder() {
    int size = server.get("/api/books/openai-2023").json().get("acts").asInt();
    assertThat(size).as("the OpenAI book is larger than one page").isGreaterThan(Page.DEFAULT_LIMIT);
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#timeline > li"), size));
    List<String> shown = browser.findElements(By.cssSelector("#timeline > li")).stream()
        .map(e -> e.getAttribute("data-act")).toList();
    List<String> ids = new java.util.ArrayList<>();
    server.get("/api/books/openai-2023/acts?limit=" + Page.MAX_LIMIT).json().get("acts")
        .forEach(a -> ids.add(a.get("id").asText()));
    assertThat(shown).containsExactlyElementsOf(ids);
  }

  private static void waitForStandings() {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#standings tr[data-holder='microsoft']")));
  }

  private static String standing(String holder, String cell) {
    return browser.findElement(By.cssSelector("#standings tr[data-holder='" + holder + "'] " + cell)).getText();
  }

  private static void panelScreenshot(String name) throws IOException {
    WebElement panel = browser.findElement(By.id("waterfall-panel"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", panel);
    Files.write(SCREENSHOTS.resolve(name), panel.getScreenshotAs(OutputType.BYTES));
  }

  private static void screenshot(String name) throws IOException {
    byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    Files.write(SCREENSHOTS.resolve(name), png);
  }
}
