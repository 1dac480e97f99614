package org.charter.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium and chromium-driver, headless, for the browser tests. Without them a test fails naming what is
 * missing: it never skips.
 */
final class HeadlessChromium {
  private HeadlessChromium() {}

  static WebDriver start() {
    return start(null);
  }

  /** A browser that saves downloads into {@code downloads} without asking (null: the browser's default). */
  static WebDriver start(Path downloads) {
    Path chromium = Path.of(env("CHARTER_CHROMIUM", "/usr/bin/chromium"));
    Path driver = Path.of(env("CHARTER_CHROMEDRIVER", "/usr/bin/chromedriver"));
    if (!Files.isExecutable(chromium) || !Files.isExecutable(driver)) {
      throw new AssertionError("the browser tests need Chromium at " + chromium + " and its driver at " + driver
          + " (Debian: apt-get install chromium chromium-driver; ./run-tests installs them and sets CHARTER_CHROMIUM"
          + " and CHARTER_CHROMEDRIVER)");
    }
    ChromeOptions options = new ChromeOptions().setBinary(chromium.toFile()).addArguments("--headless",
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-dev-shm-usage", "--window-size=1440,2200");
    if (downloads != null) {
      options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
          "download.prompt_for_download", false, "download.directory_upgrade", true));
    }
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
        .usingAnyFreePort().build();
    WebDriver browser = new ChromeDriver(service, options);
    browser.manage().window().setSize(new Dimension(1440, 2200));
    return browser;
  }

  /** Resizes the window, and with it the page's viewport. */
  static void size(WebDriver browser, int width, int height) {
    browser.manage().window().setSize(new Dimension(width, height));
  }

  /** Generous: a browser's first start on a fresh machine builds its font cache before it draws anything. */
  static WebDriverWait patiently(WebDriver browser) {
    return new WebDriverWait(browser, Duration.ofSeconds(90));
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }
}
