package org.charter.server;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A browser test class: one real server (a fresh SQLite file holding the OpenAI scenario) and one headless Chromium,
 * saving downloads into {@link #downloads}, for all its tests; each test starts on the demo as loaded. Classes run one
 * after another, so the statics are always the running class's.
 */
abstract class OneBrowserPerClass {
  @TempDir static Path dir;
  @TempDir static Path downloads;
  static TestServer server;
  static WebDriver browser;
  static WebDriverWait wait;

  @BeforeAll
  static void startServerAndBrowser() {
    server = TestServer.start(dir);
    browser = HeadlessChromium.start(downloads);
    wait = HeadlessChromium.patiently(browser);
  }

  @AfterAll
  static void stopServerAndBrowser() {
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

  /** Moves the page to a moment and waits until the label shows it. */
  static void moveTo(String typed, String shown) {
    WebElement asOf = browser.findElement(By.id("asof"));
    asOf.clear();
    asOf.sendKeys(typed, Keys.ENTER);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("asof-label"), shown));
  }

  /** Opens an act's report from the timeline and waits for it. */
  static void openReport(String act) {
    WebElement li = browser.findElement(By.cssSelector("#timeline > li[data-act='" + act + "']"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", li);
    li.click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#verdict .report[data-act='" + act + "']")));
  }
}
