package org.charter.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
 * Stored markup in a book never runs in a viewer's browser: an entity named with an image tag whose error handler
 * would set a flag is recorded through the API, then its node's tooltip is shown in a real headless Chromium.
 */
class XssProbeTests {
  private static final String MARKUP = "<img src=x onerror=\"window.__xss=1\">";
  private static final String ENTITY = """
      - act: entity-formed
        id: xss-corp-formed
        at: 2024-06-01
        sources:
          - public: "probe"
        entity: xss-corp
        name: '%s'
        kind: corporation
        jurisdiction: Delaware
        profile: delaware-stock
      """.formatted(MARKUP);

  @TempDir static Path dir;
  static TestServer server;
  static WebDriver browser;
  static WebDriverWait wait;

  @BeforeAll
  static void start() {
    server = TestServer.start(dir);
    TestServer.Answer a = server.post("/api/books/" + TestServer.BOOK + "/acts", TestServer.ADMIN_TOKEN,
        "application/yaml", ENTITY);
    assertThat(a.status()).as(a.toString()).isEqualTo(201);
    browser = HeadlessChromium.start();
    wait = HeadlessChromium.patiently(browser);
  }

  @AfterAll
  static void stop() {
    try {
      browser.quit();
    } finally {
      server.close();
    }
  }

  @Test
  void entityNamedWithMarkup_itsGraphTooltip_showsTheTextAndRunsNothing() {
    browser.get(server.base() + "/#token=" + TestServer.ADMIN_TOKEN);
    wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#timeline > li"), 50));
    WebElement asOf = browser.findElement(By.id("asof"));
    asOf.clear();
    asOf.sendKeys("2024-06-02T12:00", Keys.ENTER);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("asof-label"), "2024-06-02 12:00"));
    JavascriptExecutor js = (JavascriptExecutor) browser;
    Object index = wait.until(b -> js.executeScript("""
        const chart = echarts.getInstanceByDom(document.getElementById('graph'));
        const data = chart && chart.getOption().series[0].data;
        const i = data ? data.findIndex((d) => d.id === 'xss-corp') : -1;
        if (i < 0) return null;
        chart.dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: i });
        return i;"""));
    assertThat(index).isNotNull();
    wait.until(b -> (Boolean) js.executeScript(
        "return document.getElementById('graph').textContent.includes(arguments[0])", MARKUP));
    assertThat(js.executeScript("return document.querySelectorAll('#graph img').length")).isEqualTo(0L);
    assertThat(js.executeScript("return window.__xss === undefined")).isEqualTo(true);
  }

  @Test
  void markupInsertedIntoThePage_inlineHandler_isBlockedByThePolicy() throws InterruptedException {
    browser.get(server.base() + "/#token=" + TestServer.ADMIN_TOKEN);
    wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#timeline > li"), 50));
    JavascriptExecutor js = (JavascriptExecutor) browser;
    // As a formatter that forgot to escape would: the policy, not the escaping, must stop this one.
    js.executeScript("document.body.insertAdjacentHTML('beforeend',"
        + " '<img id=probe src=x onerror=\"window.__inline=1\">')");
    wait.until(b -> (Boolean) js.executeScript("const i = document.getElementById('probe'); return i.complete"));
    Thread.sleep(200);
    assertThat(js.executeScript("return window.__inline === undefined")).isEqualTo(true);
  }
}
