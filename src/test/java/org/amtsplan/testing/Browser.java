package org.amtsplan.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium through Debian's chromedriver (both installed by
 * .ci/run; nothing is downloaded at test time). Also injects axe-core (fetched from the npm
 * registry by the build) to check a page for accessibility problems, and keeps a screenshot of
 * every page it checks in target/page-screenshots.
 */
public final class Browser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final WebDriver driver;
    private final String base;

    private Browser(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** A fresh browser (own profile, nothing remembered) for the application at {@code base}. */
    public static Browser open(java.net.URL deploymentUrl) {
        // 127.0.0.1 is a secure context for the browser (WebCrypto), as HTTPS is in production
        return open("http://127.0.0.1:" + deploymentUrl.getPort());
    }

    /**
     * A fresh browser whose clock stands at {@code now}, as the server's does under {@link
     * Deployments#atFixedTime}: the pages take "today" from {@code Date}, and must agree with the
     * server on it. Only {@code Date} is frozen; timers run as usual.
     */
    public static Browser openAt(java.net.URL deploymentUrl, java.time.Instant now) {
        Browser browser = open(deploymentUrl);
        long millis = now.toEpochMilli();
        ((ChromeDriver) browser.driver)
                .executeCdpCommand(
                        "Page.addScriptToEvaluateOnNewDocument",
                        Map.of(
                                "source",
                                "(() => { const RealDate = Date; const fixed = "
                                        + millis
                                        + ";"
                                        + " class FixedDate extends RealDate { constructor(...a) { super(...(a.length ? a : [fixed])); } static now() { return fixed; } }"
                                        + " globalThis.Date = FixedDate; })();"));
        return browser;
    }

    /**
     * A fresh browser with further Chromium switches, say a fake camera ({@code
     * --use-fake-device-for-media-stream}).
     */
    public static Browser open(java.net.URL deploymentUrl, String... extraArguments) {
        return open("http://127.0.0.1:" + deploymentUrl.getPort(), extraArguments);
    }

    /**
     * Cuts the browser off the network (as a pulled cable or a dead router does: requests fail,
     * {@code navigator.onLine} turns false), or connects it again.
     */
    public void offline(boolean offline) {
        org.openqa.selenium.chromium.ChromiumNetworkConditions conditions =
                new org.openqa.selenium.chromium.ChromiumNetworkConditions();
        conditions.setOffline(offline);
        ((ChromeDriver) driver).setNetworkConditions(conditions);
    }

    /** Runs an asynchronous script (it calls its last argument with the answer). */
    public Object asyncScript(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeAsyncScript(javascript, arguments);
    }

    public static Browser open(String base, String... extraArguments) {
        boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!installed && !"true".equals(System.getenv("CI"))) {
            Assumptions.abort(
                    "Debian's chromium and chromium-driver are not installed; .ci/run installs them");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--window-size=1280,1000",
                "--lang=de-DE",
                "--disable-search-engine-choice-screen",
                "--no-first-run");
        options.addArguments(extraArguments);
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(new File(CHROMEDRIVER))
                        .usingAnyFreePort()
                        .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return new Browser(driver, base);
    }

    /**
     * Shows the pages as a phone does: a viewport 390 px wide (an iPhone 12 to 15), touch and the
     * page's own viewport meta.
     */
    public void phone() {
        ((ChromeDriver) driver)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of(
                                "width", 390,
                                "height", 844,
                                "deviceScaleFactor", 1,
                                "mobile", true));
    }

    /** Draws the page as for printing (its print stylesheet applies), or back as for the screen. */
    public void printMedia(boolean print) {
        ((ChromeDriver) driver)
                .executeCdpCommand(
                        "Emulation.setEmulatedMedia", Map.of("media", print ? "print" : ""));
    }

    /** How wide the page is drawn; more than the viewport means scrolling sideways. */
    public long pageWidth() {
        return ((Number) script("return document.documentElement.scrollWidth")).longValue();
    }

    /** Presses keys where the focus is, as a keyboard user does. */
    public void press(CharSequence... keys) {
        driver.switchTo().activeElement().sendKeys(keys);
    }

    /** The element that has the focus now. */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Answers the page's confirm() dialog with OK, once it is shown. */
    public void acceptDialog() {
        waitUntil(ExpectedConditions.alertIsPresent()).accept();
    }

    /** The text a person reads on the page now (hidden parts left out). */
    public String visibleText() {
        return (String) script("return document.body.innerText");
    }

    public void go(String path) {
        driver.get(base + path);
    }

    public WebElement find(String css) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /**
     * Clicks the element once it is clickable; a page that redraws the element between finding and
     * clicking (a list refreshed by polling) is asked again rather than failing the test.
     */
    public void click(String css) {
        for (int attempt = 1; ; attempt++) {
            try {
                waitUntil(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
                return;
            } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
                if (attempt == 3) throw redrawn;
            }
        }
    }

    public void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Picks an option of a select element by its value, as a person would (the page sees a change
     * event).
     */
    /** Picks an option of a list, waiting until the page has filled the list with it. */
    public void choose(String css, String value) {
        WebElement list = find(css);
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(
                        d ->
                                !list.findElements(By.cssSelector("option[value='" + value + "']"))
                                        .isEmpty());
        new org.openqa.selenium.support.ui.Select(list).selectByValue(value);
    }

    /** Sets a date or time field, whose typed format depends on the browser's locale. */
    public void setValue(String css, String value) {
        script(
                "const f = document.querySelector(arguments[0]); f.value = arguments[1]; f.dispatchEvent(new Event('change', {bubbles: true}));",
                css,
                value);
    }

    /** Waits until the element's text contains {@code text}; answers the element's whole text. */
    public String awaitText(String css, String text) {
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
        return driver.findElement(By.cssSelector(css)).getText();
    }

    public Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    public <T> T waitUntil(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(condition);
    }

    public String title() {
        return driver.getTitle();
    }

    /**
     * Runs axe-core on the page as it is now (WCAG 2.0/2.1 A and AA rules) and answers the serious
     * and critical violations, each as "rule: nodes"; keeps a screenshot named {@code name}.
     */
    @SuppressWarnings("unchecked")
    public List<String> accessibilityProblems(String name) throws IOException {
        screenshot(name);
        String axe =
                Files.readString(
                        Path.of(
                                System.getProperty(
                                        "amtsplan.axe", "target/axe-core/package/axe.min.js")));
        script(axe);
        Object result =
                ((JavascriptExecutor) driver)
                        .executeAsyncScript(
                                "const done = arguments[arguments.length - 1];"
                                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                                        + ".then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                                        + ".map(v => ({rule: v.id, nodes: v.nodes.map(n => n.target.join(' ')).join(', ')}))))"
                                        + ".catch(e => done([{rule: 'axe failed', nodes: String(e)}]));");
        return ((List<Map<String, Object>>) result)
                .stream().map(v -> v.get("rule") + ": " + v.get("nodes")).toList();
    }

    public void screenshot(String name) throws IOException {
        Path folder =
                Path.of(System.getProperty("amtsplan.screenshots", "target/page-screenshots"));
        Files.createDirectories(folder);
        Files.write(
                folder.resolve(name + ".png"),
                ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
