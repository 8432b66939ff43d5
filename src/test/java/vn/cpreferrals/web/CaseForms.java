package vn.cpreferrals.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import vn.cpreferrals.support.TestAccounts;

/**
 * Works Camunda Forms in the Vietnamese Tasklist the way staff do: by the labels they read, never by variable names.
 */
final class CaseForms implements AutoCloseable {

  private final Browser browser;
  private final String tasklist;

  CaseForms(Browser browser, int port) {
    this.browser = browser;
    this.tasklist = "http://localhost:" + port + "/camunda/app/tasklist/default/";
  }

  void login(String user) {
    browser.go(tasklist);
    browser.login(user, TestAccounts.STAFF_PASSWORD);
    browser.waitForText("Việc chưa nhận của cơ quan");
  }

  void logout() {
    browser.driver.manage().deleteAllCookies();
  }

  /** Opens, from the filter, the task whose card shows {@code cardText} and whose name starts with {@code name}. */
  void open(String filter, String cardText, String name) {
    browser.click(By.xpath("//a[contains(., '" + filter + "')]"));
    browser.click(By.xpath("//li[contains(@class,'task')][contains(., '" + cardText + "')]//h4//a[starts-with("
        + "normalize-space(.), '" + name + "')]"));
    browser.visible(By.cssSelector(".fjs-container"));
  }

  /** Finds the task among the agency's unclaimed work and claims it. */
  void take(String caseNumber, String name) {
    open("Việc chưa nhận của cơ quan", caseNumber, name);
    claim();
  }

  /** Checks the screen is clean, keeps a screenshot of the filled form, and completes it. */
  void finish(String screenshot) throws java.io.IOException {
    assertClean();
    browser.screenshot(screenshot);
    complete();
  }

  void claim() {
    browser.click(By.cssSelector("button.claim"));
    browser.wait.until(d -> d.findElements(By.cssSelector("button.claim")).isEmpty());
  }

  void complete() {
    dismissNotices();
    String before = browser.driver.getCurrentUrl();
    browser.click(By.xpath("//button[contains(., 'Hoàn thành')]"));
    browser.wait.until(d -> d.findElements(By.cssSelector(".fjs-container")).isEmpty()
        && !d.getCurrentUrl().equals(before));
  }

  /** Closes the notices in the corner, as a person does before reaching the button underneath. */
  void dismissNotices() {
    browser.driver.executeScript("document.querySelectorAll('.notifications .close, .notification .close, "
        + "[class*=notification] button.close').forEach(b => b.click());");
    browser.wait.until(d -> d.findElements(By.cssSelector("[class*=notification] button.close")).stream()
        .noneMatch(WebElement::isDisplayed));
  }

  private static String field(String label) {
    return "//div[contains(concat(' ', normalize-space(@class), ' '), ' fjs-form-field ')]"
        + "[.//label[starts-with(normalize-space(.), '" + label + "')]]";
  }

  /** The text input of the form field with that label. */
  private static By input(String label) {
    return By.xpath(field(label) + "//*[self::input or self::textarea]");
  }

  void fill(String label, String text) {
    browser.type(input(label), text);
  }

  /**
   * Types and then watches the field for a second: a start form that Tasklist has just opened can still be rendered
   * once more, which empties what was typed before (seen on Operaton's Tasklist). A person would type it again.
   */
  void fillAndKeep(String label, String text) {
    By input = input(label);
    browser.wait.until(d -> {
      browser.type(input, text);
      for (int look = 0; look < 5; look++) {
        pause(200);
        if (!text.equals(browser.driver.findElement(input).getAttribute("value"))) {
          return false;
        }
      }
      return true;
    });
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A read-only field's value, as the person sees it. */
  String shown(String label) {
    return browser.value(input(label));
  }

  /** Picks an option of a radio group or a checklist by its visible text. */
  void choose(String label, String option) {
    browser.click(By.xpath(field(label) + "//label[normalize-space(.)='" + option + "']"));
  }

  /** The options of a radio group that are selected. */
  List<String> checked(String label) {
    return browser.driver.findElements(By.xpath(field(label) + "//label[.//input[@type='radio']]")).stream()
        .filter(l -> l.findElement(By.tagName("input")).isSelected()).map(WebElement::getText).toList();
  }

  void check(String label) {
    browser.click(By.xpath("//label[starts-with(normalize-space(.), '" + label + "')]"));
  }

  /** Types into a searchable list and returns the options it then offers (the list stays open, filtered). */
  List<String> search(String label, String text) {
    browser.click(By.xpath(field(label) + "//div[contains(@class,'fjs-input-group')]"));
    WebElement search = browser.visible(By.xpath(field(label) + "//input[contains(concat(' ', @class, ' '), ' fjs-input ')]"));
    search.sendKeys(text);
    List<String> offered = browser.driver.findElements(By.xpath(field(label)
        + "//div[contains(@class,'fjs-dropdownlist-item')]")).stream().map(WebElement::getText).toList();
    return offered;
  }

  /** Opens a drop-down list and picks the option that contains {@code option}; a searchable list is searched first. */
  void select(String label, String option) {
    browser.click(By.xpath(field(label) + "//div[contains(@class,'fjs-input-group')]"));
    List<WebElement> search = browser.driver.findElements(By.xpath(field(label) + "//input[contains(concat(' ', @class, ' '), ' fjs-input ')]"));
    if (!search.isEmpty()) {
      search.get(0).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
      search.get(0).sendKeys(option);
    }
    browser.click(By.xpath(field(label) + "//div[contains(@class,'fjs-dropdownlist-item')][contains(., '"
        + option + "')]"));
  }

  void date(String label, String ddMMyyyy) {
    typeAndLeave(By.xpath("//label[starts-with(normalize-space(.), '" + label + "')]/following::input[1]"), ddMMyyyy);
  }

  void time(String label, String hhmm) {
    typeAndLeave(By.xpath("//label[starts-with(normalize-space(.), '" + label + "')]/following::input[1]"), hhmm);
  }

  private void typeAndLeave(By by, String text) {
    WebElement input = browser.visible(by);
    input.click();
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.ENTER);
    browser.driver.findElement(By.tagName("body")).click();
  }

  /**
   * Nothing on the page or in a form field is a raw code, an agency id or an English word staff would have to guess.
   */
  void assertClean() {
    String text = browser.bodyText();
    @SuppressWarnings("unchecked")
    List<String> values = (List<String>) browser.driver.executeScript(
        "return Array.from(document.querySelectorAll('.fjs-container input, .fjs-container textarea'))"
            + ".filter(e => e.type !== 'radio' && e.type !== 'checkbox').map(e => e.value);");
    for (String value : values) {
      assertThat(value).doesNotContainPattern(CaseFromIntakeToClosureBrowserTests.RAW);
    }
    assertThat(text).doesNotContainPattern(CaseFromIntakeToClosureBrowserTests.RAW);
    for (String english : CaseFromIntakeToClosureBrowserTests.ENGLISH) {
      assertThat(text).doesNotContainPattern("\\b" + english + "\\b");
    }
  }

  @Override
  public void close() {
    // The browser is closed by its owner.
  }
}
