package dev.pledge.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.server.access.ApiTokens;
import dev.pledge.server.access.People;
import dev.pledge.server.breach.BreachCases;
import dev.pledge.server.system.Role;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * The web UI in a real browser: Debian's chromium, headless, driven through chromedriver. These
 * tests fail (never skip) when chromium or chromedriver is missing, saying how to install them.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "logging.level.root=warn",
      "spring.main.banner-mode=off",
      // The page fetches fresh figures every 2 seconds here (30 by default), so a test sees it.
      "pledge.portal.refresh-seconds=2"
    })
class BrowserIntegrationTests {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final String PASSWORD = "a browser's password";
  private static final String LONG_ACTION =
      "replace the uplink optics on both core switches, keep two spare optics on site and check"
          + " every optic's receive power in the monthly inspection from now on";

  @LocalServerPort int port;
  @Autowired ApiTokens tokens;
  @Autowired People people;
  @Autowired BreachCases breachCases;
  @Autowired TransactionTemplate transactions;

  private Api api;
  private Path profile;
  private WebDriver browser;
  private WebDriverWait wait;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add(
        "spring.datasource.url",
        () ->
            "jdbc:h2:mem:pledge-"
                + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                + ";DB_CLOSE_DELAY=-1");
  }

  @BeforeAll
  static void chromiumIsInstalled() {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new IllegalStateException(
          "the browser tests need Debian's chromium and chromedriver at "
              + CHROMIUM
              + " and "
              + CHROMEDRIVER
              + "; install them with: apt-get install -y chromium chromium-driver");
    }
  }

  @BeforeEach
  void startBrowser() throws IOException {
    api = new Api(port);
    profile = Files.createTempDirectory("pledge-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--lang=en",
        "--user-data-dir=" + profile);
    // The driver is given, so Selenium Manager never looks for one on the network.
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  @AfterEach
  void stopBrowser() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    FileSystemUtils.deleteRecursively(profile);
  }

  @Test
  void signInSeeTheCountdownAndOpenATicket() {
    String customer = "northwind-" + UUID.randomUUID();
    String ticket = runningTicket(customer);
    String email = person(Role.CUSTOMER_USER, customer);

    signIn(email, PASSWORD);

    wait.until(ExpectedConditions.titleIs("Open tickets"));
    WebElement countdown =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".countdown")));
    wait.until(d -> countdown.getText().matches("\\d+:\\d\\d:\\d\\d"));
    String first = countdown.getText();
    // It counts down in the browser, between the server's refreshes.
    wait.until(d -> !countdown.getText().equals(first));
    assertThat(browser.getPageSource()).contains(ticket);
    assertThat(
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return typeof htmx"))
        .isEqualTo("object");

    browser.findElement(By.linkText(ticket)).click();

    wait.until(ExpectedConditions.titleIs("Ticket " + ticket));
    WebElement clocks = browser.findElement(By.id("clocks"));
    assertThat(clocks.getText()).contains("response").contains("running").contains("in progress");
    assertThat(browser.findElement(By.id("timeline")).getText()).contains("reported");
    assertThat(clocks.findElement(By.cssSelector(".countdown")).getText())
        .matches("\\d+:\\d\\d:\\d\\d");
  }

  @Test
  void aWrongPasswordShowsTheError() {
    String email = person(Role.AGENT, null);

    signIn(email, "not " + PASSWORD);

    WebElement error =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signin-error")));
    assertThat(error.getText()).isEqualTo("Wrong email address or password.");
    assertThat(browser.getTitle()).isEqualTo("Sign in");
  }

  @Test
  void anAgentRecordsACorrectiveActionAndTheCustomerApprovesAWindow() {
    // A customer id as short as real ones, so the list's width is the long texts' doing.
    String customer = "nw-" + UUID.randomUUID().toString().substring(0, 8);
    String ticket = runningTicket(customer);
    transactions.executeWithoutResult(
        s ->
            breachCases.open(
                ticket,
                customer,
                "response",
                1,
                Instant.now(),
                "Response breached for " + ticket,
                null));
    String window = "mw-" + UUID.randomUUID();
    send(
        managerToken(),
        "POST",
        "/api/customers/" + customer + "/maintenance",
        "application/json",
        """
        {"id": "%s", "guarantee": "%s", "start": "2026-12-05T01:00+08:00",
         "end": "2026-12-05T03:00+08:00"}
        """
            .formatted(window, guaranteeOf(customer)));

    signIn(person(Role.AGENT, null), PASSWORD);
    wait.until(ExpectedConditions.titleIs("Open tickets"));
    browser.findElement(By.linkText("Breach cases")).click();
    find(By.cssSelector("tr[data-case] a")).click();
    find(By.id("corrective_action")).sendKeys(LONG_ACTION);
    browser.findElement(By.id("save-case")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("saved")));
    assertThat(browser.findElement(By.id("case-action")).getText()).isEqualTo(LONG_ACTION);
    // At 1280 px the list fits the window: the action is clipped there, whole on its page.
    browser.manage().window().setSize(new Dimension(1280, 900));
    browser.findElement(By.linkText("All breach cases")).click();
    WebElement list = find(By.id("cases"));
    assertThat(overflow(list)).as(widths(list)).isZero();
    assertThat(
            list.findElement(By.cssSelector("tr[data-case] .clip[title]")).getDomAttribute("title"))
        .isEqualTo(LONG_ACTION);

    browser.findElement(By.cssSelector("form.signout button")).click();
    signIn(person(Role.CUSTOMER_USER, customer), PASSWORD);
    wait.until(ExpectedConditions.titleIs("Open tickets"));
    browser.findElement(By.linkText("Maintenance")).click();
    WebElement row = find(By.cssSelector("tr[data-window='" + window + "']"));
    assertThat(row.findElement(By.className("decision")).getText())
        .isEqualTo("awaiting the customer's decision");
    row.findElement(By.className("approve")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("saved")));
    assertThat(
            browser
                .findElement(By.cssSelector("tr[data-window='" + window + "'] .decision"))
                .getText())
        .isEqualTo("approved");
  }

  @Test
  void aCustomerUserOpensATicketAndSeesItCountDown() {
    String customer = "northwind-" + UUID.randomUUID();
    storeGuarantee(managerToken(), customer);
    signIn(person(Role.CUSTOMER_USER, customer), PASSWORD);
    wait.until(ExpectedConditions.titleIs("Open tickets"));

    browser.findElement(By.id("new-ticket")).click();
    find(By.id("service")).sendKeys("network");
    new Select(browser.findElement(By.id("severity"))).selectByValue("sev1");
    // "Reported at" offers now, in the guarantee's zone: the response clock starts then.
    assertThat(browser.findElement(By.id("reported_at")).getDomProperty("value"))
        .endsWith("+08:00");
    browser.findElement(By.id("open")).click();

    wait.until(ExpectedConditions.titleContains("Ticket " + customer + "-"));
    WebElement countdown = find(By.cssSelector("#clocks .countdown"));
    wait.until(d -> countdown.getText().matches("\\d+:\\d\\d:\\d\\d"));
    String first = countdown.getText();
    wait.until(d -> !countdown.getText().equals(first));
    assertThat(browser.findElement(By.id("saved")).getText()).isEqualTo("Saved.");
  }

  @Test
  void aCustomerUserReadsAReportUnderThePagesHeaderAndGoesBack() {
    String customer = "nw-" + UUID.randomUUID().toString().substring(0, 8);
    runningTicket(customer);
    signIn(person(Role.CUSTOMER_USER, customer), PASSWORD);
    wait.until(ExpectedConditions.titleIs("Open tickets"));
    browser.findElement(By.linkText("Reports")).click();
    find(By.className("report-link")).click();

    wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.cssSelector("iframe.report")));
    String heading = find(By.tagName("h1")).getText();
    // The report's own stylesheet applies inside the frame: its policy lets it in by its hash.
    String width = browser.findElement(By.tagName("body")).getCssValue("max-width");
    browser.switchTo().defaultContent();
    browser.findElement(By.id("back")).click();

    assertThat(heading).isNotBlank();
    assertThat(width).isEqualTo("960px");
    wait.until(ExpectedConditions.titleIs("Reports"));
  }

  /** How many pixels wider than the window's page the element's scrolling box is. */
  private long overflow(WebElement inside) {
    return (Long)
        script(
            "var box = arguments[0].closest('.scroll'); return box.scrollWidth - box.clientWidth;",
            inside);
  }

  /** Each column's header and width, to say which column is too wide. */
  private String widths(WebElement table) {
    return (String)
        script(
            "return Array.from(arguments[0].querySelectorAll('th'))"
                + ".map(th => th.textContent + ' ' + th.offsetWidth).join(', ');",
            table);
  }

  /** What the script returns, run in the page on the element (its {@code arguments[0]}). */
  private Object script(String script, WebElement on) {
    return ((JavascriptExecutor) browser).executeScript(script, on);
  }

  /** An element of the page the last click leads to, once it is there. */
  private WebElement find(By by) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(by));
  }

  private void signIn(String email, String password) {
    browser.get("http://127.0.0.1:" + port + "/login");
    browser.findElement(By.id("email")).sendKeys(email);
    browser.findElement(By.id("password")).sendKeys(password);
    browser.findElement(By.id("signin")).click();
  }

  private String person(Role role, String organisation) {
    String email = "person-" + UUID.randomUUID() + "@example.com";
    people.create(email, "Ann", organisation, role, "en", PASSWORD);
    return email;
  }

  /** A customer's guarantee with a 15-minute response, and a ticket reported just now. */
  private String runningTicket(String customer) {
    String token = managerToken();
    String g = storeGuarantee(token, customer);
    String t = "INC-" + UUID.randomUUID().toString().substring(0, 8);
    send(
        token,
        "POST",
        "/api/tickets",
        "application/json",
        """
        {"id": "%s", "guarantee": "%s", "service": "network", "type": "incident",
         "severity": "sev1"}
        """
            .formatted(t, g));
    send(
        token,
        "POST",
        "/api/tickets/" + t + "/events",
        "application/json",
        """
        {"at": "%s", "event": "reported"}
        """
            .formatted(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
    return t;
  }

  /** The customer's guarantee with a 15-minute response, in Shanghai's zone; its id. */
  private String storeGuarantee(String token, String customer) {
    String g = guaranteeOf(customer);
    send(
        token,
        "PUT",
        "/api/guarantees/" + g,
        "application/yaml",
        ApiIntegrationTests.guarantee(g, customer));
    return g;
  }

  private String managerToken() {
    return tokens.issue(null, Role.SERVICE_MANAGER, "browser tests").token();
  }

  /** The id of the customer's guarantee, which {@link #runningTicket} stores. */
  private static String guaranteeOf(String customer) {
    return "net-" + customer;
  }

  /** Sends as the API does, and expects the thing created. */
  private void send(String token, String method, String path, String type, String body) {
    Api.Answer a = api.send(token, method, path, type, body, null);
    assertThat(a.status()).as(a.text()).isEqualTo(201);
  }
}
