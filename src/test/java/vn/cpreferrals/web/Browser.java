package vn.cpreferrals.web;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver. Nothing is downloaded. Where the browser is not
 * installed the test is skipped, except in CI ({@code CI=true}), whose {@code .ci/run} installs it: there it fails.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  final ChromeDriver driver;
  final WebDriverWait wait;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
    // Angular re-renders parts of the page while it loads; a stale element is retried, not a failure.
    // A notice sliding over a button is retried too: the click lands once the notice has gone.
    this.wait = (WebDriverWait) new WebDriverWait(driver, Duration.ofSeconds(20))
        .ignoring(StaleElementReferenceException.class)
        .ignoring(ElementClickInterceptedException.class);
  }

  static Browser open() throws IOException {
    return open("vi-VN");
  }

  /** A browser whose language is {@code language} (for example "en-US"), as the operator's might be. */
  static Browser open(String language) throws IOException {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed && "true".equals(System.getenv("CI"))) {
      fail("CI must have Debian chromium and chromium-driver (.ci/run installs them)");
    }
    Assumptions.assumeTrue(installed, "Debian chromium and chromium-driver are not installed");
    Path profile = Files.createTempDirectory("cp-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--window-size=1366,900", "--lang=" + language, "--user-data-dir=" + profile);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    ChromeDriver driver = new ChromeDriver(service, options);
    // Staff browsers run in Vietnam time; the CI machine does not.
    driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Asia/Ho_Chi_Minh"));
    return new Browser(driver, profile);
  }

  void go(String url) {
    driver.get(url);
  }

  WebElement visible(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /** Clicks once the element is there, scrolled to the middle (the Tasklist footer covers the bottom edge). */
  void click(By by) {
    wait.until(d -> {
      WebElement element = d.findElement(by);
      driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
      element.click();
      return true;
    });
  }

  /** Types into the field once it is stable (forms re-render after a claim). */
  void type(By by, String text) {
    try {
      wait.until(d -> {
        WebElement field = d.findElement(by);
        if (!field.isDisplayed()) {
          return false;
        }
        // Select and overwrite, as a person does: clear() does not reach form-js' controlled number fields.
        field.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
            org.openqa.selenium.Keys.DELETE);
        field.sendKeys(text);
        return text.equals(field.getAttribute("value"));
      });
    } catch (org.openqa.selenium.TimeoutException e) {
      shootQuietly("failed-typing-" + text);
      throw e;
    }
  }

  /** The value shown in a form field (read-only fields keep their text in the value, not in the page's text). */
  String value(By by) {
    return wait.until(d -> {
      String v = d.findElement(by).getAttribute("value");
      return v == null || v.isEmpty() ? null : v;
    });
  }

  /** Waits for the text; if it never comes, the page as it was is kept in target/screenshots/failed-*.png. */
  void waitForText(String text) {
    try {
      wait.until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    } catch (org.openqa.selenium.TimeoutException e) {
      shootQuietly("failed-" + text);
      throw e;
    }
  }

  String bodyText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  void login(String user, String password) {
    visible(By.cssSelector("input[ng-model=username]")).sendKeys(user);
    driver.findElement(By.cssSelector("input[ng-model=password]")).sendKeys(password);
    driver.findElement(By.cssSelector("button[type=submit]")).click();
  }

  private void shootQuietly(String name) {
    try {
      screenshot(name.replaceAll("[^\\p{L}\\p{N}]+", "-"));
    } catch (IOException ignored) {
      // the timeout is what matters
    }
  }

  void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
