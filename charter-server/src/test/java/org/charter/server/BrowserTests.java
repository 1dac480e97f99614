package org.charter.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in a real headless Chromium ({@link HeadlessChromium}), against a real server on the demo.
 */
class BrowserTests extends OneBrowserPerClass {
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @BeforeAll
  static void screenshots() throws IOException {
    Files.createDirectories(SCREENSHOTS);
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
  void timelineAndReport_ofTheBoardsAnnouncement_nameEachSourceByTheScenariosList() {
    String seed = "seed 002 \u2014 Musk called on OpenAI to announce the reason for firing Ultraman: If it is related to AI"
        + " safety, it will affect the world, The Paper (reporter Hu Hanyan), as carried by Enterprise-China Engineering"
        + " Network, undated (002_fc60cefff50cbd8c.txt)";
    WebElement entry = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("#timeline > li[data-act='board-announcement-2023-11-17']")));
    assertThat(entry.findElement(By.cssSelector(".sources")).getAttribute("textContent")).contains(seed)
        .contains("OpenAI, 17 Nov 2023 \u2014 OpenAI announces leadership transition, OpenAI, 2023-11-17");
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", entry);
    entry.click();
    WebElement report = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("#verdict .report[data-act='board-announcement-2023-11-17']")));
    List<String> sources = report.findElements(By.cssSelector("ul.sources > li .source-label")).stream()
        .map(e -> e.getAttribute("textContent")).toList();
    assertThat(sources).contains(seed);
    // The words the act quotes from a source, from its parts, under its label.
    assertThat(report.findElement(By.cssSelector("ul.sources > li:nth-child(2) .quote")).getAttribute("textContent"))
        .startsWith("He has not always been candid");
  }

  @Test
  void hypothesesPanel_namesEachHypothesissSourcesAndWhatAVerdictTurnsOnByTheScenariosList() {
    String wired = "reported: Wired, 19 Nov 2023 \u2014 Wired, 2023-11-19: the 11-page bylaws of January 2016";
    WebElement variant = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("#hypotheses li[data-variant='as-reported-2023'] .variant-sources li")));
    assertThat(variant.getAttribute("textContent")).isEqualTo(wired + ", as Wired reported them");
    List<String> turns = browser.findElements(By.cssSelector(
        "#hypotheses tr[data-act='r-2023-11-19-shear'] td[data-variant='as-reported-2023'] li.turns-on")).stream()
        .map(e -> e.getAttribute("textContent")).toList();
    assertThat(turns).anyMatch(t -> t.contains("replace openai-inc-bylaws (" + wired + ", which Wired had seen)"));
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
    // Each act once; the timeline's order (valid time by default) has its own test.
    assertThat(shown).hasSize(ids.size()).containsExactlyInAnyOrderElementsOf(ids);
  }

  @Test
  void anActDatedOnlyByASpan_showsTheSpan_andTheBoardOf2022_showsItsNineDirectorsSinceThen() {
    WebElement entry = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("#timeline > li[data-act='reid-hoffman-elected']")));
    assertThat(entry.findElement(By.cssSelector(".when")).getAttribute("textContent"))
        .startsWith("2018\u20132019, day not on record");
    WebElement asOf = browser.findElement(By.id("asof"));
    asOf.clear();
    asOf.sendKeys("2022-06-01T00:00", Keys.ENTER);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("asof-label"), "2022-06-01 00:00"));
    List<WebElement> directors = browser.findElements(By.cssSelector("[data-body='openai-board'] li.director"));
    assertThat(directors.stream().map(d -> d.findElement(By.cssSelector(".name")).getText()).toList())
        .containsExactlyInAnyOrder("Sam Altman", "Greg Brockman", "Ilya Sutskever", "Reid Hoffman", "Shivon Zilis",
            "Tasha McCauley", "Adam D'Angelo", "Helen Toner", "Will Hurd");
    WebElement hoffman = directors.stream().filter(d -> d.getText().contains("Reid Hoffman")).findFirst().orElseThrow();
    assertThat(hoffman.findElement(By.cssSelector(".since")).getText())
        .isEqualTo("since 2018\u20132019, day not on record");
  }

  @Test
  void signInForm_withoutAToken_showsNoPanelUnderIt() throws IOException {
    browser.get(server.base() + "/");
    ((JavascriptExecutor) browser).executeScript("sessionStorage.clear()");
    browser.navigate().refresh();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login")));
    assertThat(browser.findElement(By.id("app")).isDisplayed()).isFalse();
    assertThat(browser.findElements(By.cssSelector(".panel")).stream().filter(WebElement::isDisplayed)).isEmpty();
    screenshot("sign-in-without-token.png");
  }

  @Test
  void verdictPanel_scrolledDownToTheWaterfall_neverDrawsOverIt() throws IOException {
    HeadlessChromium.size(browser, 1440, 900);
    try {
      openReport("mira-murati-interim-ceo");
      JavascriptExecutor js = (JavascriptExecutor) browser;
      long height = (Long) js.executeScript("return document.scrollingElement.scrollHeight");
      for (long y = 0; y < height; y += 150) {
        js.executeScript("window.scrollTo(0, arguments[0])", y);
        @SuppressWarnings("unchecked")
        List<Number> overlap = (List<Number>) js.executeScript("""
            const v = document.getElementById('verdict-panel').getBoundingClientRect();
            const w = document.getElementById('waterfall-panel').getBoundingClientRect();
            return [Math.min(v.bottom, w.bottom) - Math.max(v.top, w.top), v.bottom, w.top];""");
        assertThat(overlap.get(0).doubleValue()).as("verdict panel over the waterfall at scroll %d: %s", y, overlap)
            .isLessThanOrEqualTo(0);
      }
      js.executeScript("document.getElementById('waterfall-panel').scrollIntoView({block: 'center'})");
      screenshot("verdict-panel-beside-the-waterfall.png");
    } finally {
      HeadlessChromium.size(browser, 1440, 2200);
    }
  }

  @Test
  void at800PixelsWide_thePageDoesNotScrollSideways() throws IOException {
    HeadlessChromium.size(browser, 800, 2200);
    try {
      waitForStandings();
      openReport("sam-altman-removed-director");
      JavascriptExecutor js = (JavascriptExecutor) browser;
      assertThat(((Number) js.executeScript("return window.innerWidth")).intValue()).isBetween(780, 800);
      @SuppressWarnings("unchecked")
      List<Number> widths = (List<Number>) js.executeScript(
          "const s = document.scrollingElement; return [s.scrollWidth, s.clientWidth]");
      assertThat(widths.get(0).intValue()).as("scroll width against client width").isLessThanOrEqualTo(
          widths.get(1).intValue());
      screenshot("page-at-800px.png");
    } finally {
      HeadlessChromium.size(browser, 1440, 2200);
    }
  }

  @Test
  void previousAndNextAct_steppedThroughTheBook_visitEveryActOnceInValidTimeOrder() throws IOException {
    List<JsonNode> acts = byValidTime(server.get("/api/books/" + TestServer.BOOK + "/acts?limit=" + Page.MAX_LIMIT).json().get("acts"));
    moveTo("2015-12-10", "2015-12-10 00:00");
    assertThat(browser.findElements(By.cssSelector("#timeline > li.current"))).isEmpty();
    List<String> forth = new ArrayList<>();
    for (int i = 0; i < acts.size(); i++) {
      forth.add(stepTo("next", forth.isEmpty() ? null : forth.get(forth.size() - 1)));
      assertThat(browser.findElement(By.id("asof-label")).getText()).isEqualTo(label(acts.get(i)));
      if (i == 60) {
        screenshot("stepping-act-by-act.png");
      }
    }
    assertThat(forth).containsExactlyElementsOf(acts.stream().map(a -> a.get("id").asText()).toList());
    List<String> back = new ArrayList<>();
    String at = forth.get(forth.size() - 1);
    for (int i = acts.size() - 2; i >= 0; i--) {
      at = stepTo("prev", at);
      back.add(at);
      assertThat(browser.findElement(By.id("asof-label")).getText()).isEqualTo(label(acts.get(i)));
    }
    assertThat(back).containsExactlyElementsOf(forth.reversed().subList(1, forth.size()));
  }

  @Test
  void controlGraph_namesInsideTheirBoxes_arrowLabelsClearOfEveryBox_longNameWhole() throws IOException {
    moveTo("2024-06-12", "2024-06-12 00:00");
    JavascriptExecutor js = (JavascriptExecutor) browser;
    wait.until(b -> (Boolean) js.executeScript(
        "return !!document.querySelector('#graph svg') && [...document.querySelectorAll('#graph svg text')]"
            + ".some((t) => t.textContent === 'Oracle Corporation')"));
    @SuppressWarnings("unchecked")
    Map<String, Object> drawn = (Map<String, Object>) js.executeScript("""
        const chart = echarts.getInstanceByDom(document.getElementById('graph'));
        const series = chart.getOption().series[0];
        const svg = document.querySelector('#graph svg').getBoundingClientRect();
        const texts = [...document.querySelectorAll('#graph svg text')]
          .map((t) => ({ text: t.textContent, r: t.getBoundingClientRect() }));
        const boxes = series.data.filter((d) => !d.id.startsWith('#corner')).map((d) => {
          const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, [d.x, d.y]);
          const [w, h] = d.symbolSize;
          return { id: d.id, name: d.name, lines: d.label.formatter.split('\\n'),
            left: svg.left + x - w / 2, right: svg.left + x + w / 2, top: svg.top + y - h / 2, bottom: svg.top + y + h / 2 };
        });
        const inside = (r, b) => r.left >= b.left - 1 && r.right <= b.right + 1 && r.top >= b.top - 1 && r.bottom <= b.bottom + 1;
        const meets = (r, b) => Math.min(r.right, b.right) > Math.max(r.left, b.left) + 0.5
          && Math.min(r.bottom, b.bottom) > Math.max(r.top, b.top) + 0.5;
        const problems = [];
        const names = {};
        const used = new Set();
        for (const b of boxes) {
          const cx = (b.left + b.right) / 2, cy = (b.top + b.bottom) / 2;
          names[b.id] = [];
          for (const line of b.lines) {
            const near = texts.filter((t) => t.text === line && !used.has(t)).sort((p, q) =>
              Math.hypot(p.r.x + p.r.width / 2 - cx, p.r.y + p.r.height / 2 - cy)
                - Math.hypot(q.r.x + q.r.width / 2 - cx, q.r.y + q.r.height / 2 - cy))[0];
            if (!near) { problems.push(b.id + ': line "' + line + '" not drawn'); continue; }
            used.add(near);
            names[b.id].push(line);
            if (!inside(near.r, b)) problems.push(b.id + ': "' + line + '" outside its box');
          }
        }
        const arrowLabels = new Set(series.links.map((l) => l.label.formatter));
        let labels = 0;
        for (const t of texts.filter((t) => !used.has(t) && arrowLabels.has(t.text))) {
          labels++;
          for (const b of boxes) if (meets(t.r, b)) problems.push('arrow label "' + t.text + '" over the box of ' + b.id);
        }
        return { problems, names, labels, boxes: boxes.length };""");
    assertThat((List<?>) drawn.get("problems")).isEmpty();
    assertThat(((Number) drawn.get("boxes")).intValue()).isGreaterThanOrEqualTo(8);
    assertThat(((Number) drawn.get("labels")).intValue()).isGreaterThanOrEqualTo(5);
    @SuppressWarnings("unchecked")
    Map<String, List<String>> names = (Map<String, List<String>>) drawn.get("names");
    assertThat(String.join(" ", names.get("other-holders"))).isEqualTo("Other investors and employees (aggregate)");
    assertThat(String.join(" ", names.get("openai-global"))).isEqualTo("OpenAI Global, LLC");
    Files.write(SCREENSHOTS.resolve("control-graph-2024-06-12.png"),
        browser.findElement(By.id("graph-panel")).getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void tenureChart_onlyBarsRestingOnAnInvalidAct_carryTheDefectiveMark_andALegendSaysSo() throws IOException {
    JsonNode tenures = server.get("/api/books/" + TestServer.BOOK + "/tenures?limit=" + Page.MAX_LIMIT).json();
    List<JsonNode> spans = new ArrayList<>();
    tenures.get("bodies").forEach(b -> b.get("seats").forEach(spans::add));
    tenures.get("officers").forEach(e -> e.get("offices").forEach(spans::add));
    List<String> invalid = spans.stream().filter(s -> s.get("basis_verdict").asText("").startsWith("invalid"))
        .map(s -> s.get("basis_act").asText()).sorted().toList();
    assertThat(invalid).isNotEmpty();
    browser.findElement(By.id("zoom-all")).click();
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#gantt .g-bar"), spans.size()));
    List<String> marked = browser.findElements(By.cssSelector("#gantt .g-bar.defective")).stream()
        .map(e -> e.getAttribute("data-act")).sorted().toList();
    assertThat(marked).isEqualTo(invalid);
    assertThat(browser.findElements(By.cssSelector("#gantt .g-bar:not(.defective)"))).hasSize(spans.size() - invalid.size());
    WebElement legend = browser.findElement(By.id("gantt-legend"));
    assertThat(legend.findElement(By.cssSelector(".g-key.defective")).findElement(By.xpath("..")).getText())
        .isEqualTo("rests on an invalid act");
    assertThat(legend.getText()).contains("director", "CEO", "interim CEO", "undetermined", "still held",
        "the \"as of\" moment");
    for (WebElement bar : browser.findElements(By.cssSelector("#gantt .g-bar"))) {
      String position = bar.getAttribute("class").replaceAll(".*\\bpos-(\\S+).*", "$1");
      if (List.of("director", "chair", "ceo", "interim-ceo", "president").contains(position)) {
        assertThat(legend.findElements(By.cssSelector(".g-key.pos-" + position))).as(position).hasSize(1);
      }
    }
    Files.write(SCREENSHOTS.resolve("tenures-whole-history.png"),
        browser.findElement(By.id("tenures-panel")).getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void timeline_byValidTimeFirst_recordedOrderOnRequest_lateRecordedActsMarked() throws IOException {
    JsonNode acts = server.get("/api/books/" + TestServer.BOOK + "/acts?limit=" + Page.MAX_LIMIT).json().get("acts");
    List<String> late = lateRecorded(acts);
    assertThat(late).contains("r-2023-11-17-altman", "sam-altman-removed-director");
    assertThat(timelineIds()).containsExactlyElementsOf(byValidTime(acts).stream().map(a -> a.get("id").asText())
        .toList());
    assertThat(browser.findElements(By.cssSelector("#timeline > li.late")).stream()
        .map(e -> e.getAttribute("data-act")).toList()).containsExactlyInAnyOrderElementsOf(late);
    WebElement mark = browser.findElement(By.cssSelector("#timeline > li[data-act='r-2023-11-17-altman'] .late-mark"));
    assertThat(mark.getText()).isEqualTo("recorded late");
    assertThat(mark.getAttribute("title")).contains("notice-brockman-2023-11-17", "2023-11-17 12:19");
    assertThat(browser.findElements(By.cssSelector("#timeline > li[data-act='notice-brockman-2023-11-17'] .late-mark")))
        .isEmpty();
    moveTo("2023-11-17T13:00", "2023-11-17 13:00");
    panelScreenshot("timeline-panel", "timeline-by-valid-time.png");
    new Select(browser.findElement(By.id("order"))).selectByValue("recorded");
    List<String> bySeq = new ArrayList<>();
    acts.forEach(a -> bySeq.add(a.get("id").asText()));
    wait.until(b -> timelineIds().equals(bySeq));
    assertThat(browser.getCurrentUrl()).contains("order=recorded");
    panelScreenshot("timeline-panel", "timeline-as-recorded.png");
  }

  @Test
  void address_reloadedInAFreshTab_showsTheSameMomentBoardAndReport() throws IOException {
    moveTo("2023-11-18T12:00", "2023-11-18 12:00");
    openReport("sam-altman-removed-director");
    String address = browser.getCurrentUrl();
    assertThat(address).contains("at=2023-11-18T12%3A00-08%3A00", "view=acted", "act=sam-altman-removed-director");
    List<String> board = directors();
    String original = browser.getWindowHandle();
    browser.switchTo().newWindow(WindowType.TAB);
    try {
      // A fresh tab holds no token: the link is opened as a colleague would, signing in through the address.
      browser.get(address + "#token=" + TestServer.ADMIN_TOKEN);
      wait.until(ExpectedConditions.presenceOfElementLocated(
          By.cssSelector("#verdict .report[data-act='sam-altman-removed-director']")));
      assertThat(browser.findElement(By.id("asof-label")).getText()).isEqualTo("2023-11-18 12:00 \u221208:00");
      assertThat(directors()).containsExactlyInAnyOrderElementsOf(board).hasSize(4);
      assertThat(browser.getCurrentUrl()).isEqualTo(address);
      screenshot("address-reloaded.png");
    } finally {
      browser.close();
      browser.switchTo().window(original);
    }
  }

  @Test
  void registerSwitch_on18November_underTheRulesShowsAltmanAndBrockman_asActedDoesNot() throws IOException {
    moveTo("2023-11-18T12:00-08:00", "2023-11-18 12:00");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-switch")));
    JsonNode state = server.get("/api/books/" + TestServer.BOOK + "/state?at=2023-11-18T12:00:00-08:00").json();
    showRegister("acted");
    assertThat(directors()).doesNotContain("Sam Altman", "Greg Brockman");
    assertThat(browser.findElements(By.cssSelector("#differences li"))).hasSize(state.get("differences").size());
    assertThat(browser.findElement(By.id("differences")).getText()).contains("Sam Altman", "Greg Brockman");
    assertThat(browser.findElements(By.cssSelector("[data-body='openai-board'] li.differs[data-person='sam-altman']")))
        .hasSize(1);
    panelScreenshot("board-panel", "register-as-acted-2023-11-18.png");
    showRegister("legal");
    assertThat(directors()).contains("Sam Altman", "Greg Brockman").hasSize(6);
    assertThat(browser.findElement(By.cssSelector("[data-body='openai-board'] .director-count")).getText())
        .isEqualTo("6 directors");
    assertThat(browser.findElements(By.cssSelector("[data-body='openai-board'] li.director.differs"))).hasSize(2);
    String address = browser.getCurrentUrl();
    assertThat(address).contains("view=legal");
    panelScreenshot("board-panel", "register-under-the-rules-2023-11-18.png");
    browser.get("about:blank");
    browser.get(address);
    wait.until(ExpectedConditions.attributeToBe(By.cssSelector("#view-switch [data-view='legal']"), "aria-pressed",
        "true"));
    wait.until(b -> directors().contains("Sam Altman"));
    assertThat(directors()).hasSize(6);
  }

  /** Presses a register's button and waits until the board shows it. */
  private static void showRegister(String view) {
    browser.findElement(By.cssSelector("#view-switch [data-view='" + view + "']")).click();
    wait.until(ExpectedConditions.attributeToBe(By.cssSelector("#view-switch [data-view='" + view + "']"),
        "aria-pressed", "true"));
  }



  /** Clicks ◀ or ▶ and answers the act the time control then stands on, once it is another than before. */
  private static String stepTo(String button, String before) {
    browser.findElement(By.id(button)).click();
    return wait.until(b -> {
      List<WebElement> current = b.findElements(By.cssSelector("#timeline > li.current"));
      String id = current.size() == 1 ? current.get(0).getAttribute("data-act") : null;
      return id != null && !id.equals(before) ? id : null;
    });
  }

  private static List<String> directors() {
    return browser.findElements(By.cssSelector("[data-body='openai-board'] li.director .name")).stream()
        .map(WebElement::getText).toList();
  }

  private static List<String> timelineIds() {
    return browser.findElements(By.cssSelector("#timeline > li")).stream().map(e -> e.getAttribute("data-act")).toList();
  }

  /** The acts in valid-time order, ties in ledger order. */
  private static List<JsonNode> byValidTime(JsonNode acts) {
    List<JsonNode> list = new ArrayList<>();
    acts.forEach(list::add);
    list.sort(Comparator.comparing((JsonNode a) -> OffsetDateTime.parse(a.get("valid_at").asText()).toInstant())
        .thenComparingLong(a -> a.get("seq").asLong()));
    return list;
  }

  /** Acts with an act of a lower sequence and a later valid time. */
  private static List<String> lateRecorded(JsonNode acts) {
    List<String> late = new ArrayList<>();
    Instant latest = Instant.MIN;
    for (JsonNode a : acts) {
      Instant valid = OffsetDateTime.parse(a.get("valid_at").asText()).toInstant();
      if (valid.isBefore(latest)) {
        late.add(a.get("id").asText());
      }
      latest = valid.isAfter(latest) ? valid : latest;
    }
    return late;
  }

  /** An act's valid time as the page shows it: "2023-11-17 12:00 −08:00". */
  private static String label(JsonNode act) {
    String iso = act.get("valid_at").asText();
    return iso.substring(0, 10) + " " + iso.substring(11, 16) + " " + iso.substring(16).replace('-', '\u2212');
  }

  private static void waitForStandings() {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#standings tr[data-holder='microsoft']")));
  }

  private static String standing(String holder, String cell) {
    return browser.findElement(By.cssSelector("#standings tr[data-holder='" + holder + "'] " + cell)).getText();
  }

  private static void panelScreenshot(String name) throws IOException {
    panelScreenshot("waterfall-panel", name);
  }

  private static void panelScreenshot(String id, String name) throws IOException {
    WebElement panel = browser.findElement(By.id(id));
    // Bottom to the window's bottom: the top then clears the sticky header.
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'end'})", panel);
    Files.write(SCREENSHOTS.resolve(name), panel.getScreenshotAs(OutputType.BYTES));
  }

  private static void screenshot(String name) throws IOException {
    byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    Files.write(SCREENSHOTS.resolve(name), png);
  }
}
