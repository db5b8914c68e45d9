package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.annalist.web.Library;
import org.annalist.web.Routes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web reader in a real headless Chromium (Debian chromium + chromium-driver): reader,
 * note, entity page, timeline, network, and a hostile source that must show as text.
 * Screenshots go to cli/target/screenshots.
 */
class ServeBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots");

    private static Library library;
    private static Javalin app;
    private static WebDriver driver;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian chromium and chromium-driver (apt-get install -y chromium chromium-driver)");
        library = WebFixture.library();
        app = Routes.create(library).start(Routes.LOOPBACK, 0);
        base = "http://127.0.0.1:" + app.port() + "/";
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,1000",
                "--user-data-dir=" + Files.createTempDirectory("annalist-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (app != null) app.stop();
        if (library != null) library.close();
    }

    private static WebDriverWait await() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** Waits until the page named by {@code hash} has rendered. */
    private static void rendered(String hash) {
        await().until(d -> hash.equals(d.findElement(By.id("view")).getAttribute("data-ready")));
    }

    private static void shot(String name) throws IOException {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    private static void openDocument(String nameStart) {
        driver.get(base);
        rendered("/");
        driver.findElements(By.cssSelector("a.doc-link")).stream()
                .filter(a -> a.getText().startsWith(nameStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no document " + nameStart + "* on the home page")).click();
        await().until(ExpectedConditions.presenceOfElementLocated(By.id("reader")));
    }

    private static void assertNoAlert() {
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    @Test
    void aReaderGoesFromTheTextToANoteAnEntityItsTimelineAndTheNetwork() throws IOException {
        driver.get(base);
        rendered("/");
        assertThat(driver.findElements(By.cssSelector("#documents a.doc-link"))).hasSize(3);
        List<WebElement> people = driver.findElements(By.cssSelector("#people a"));
        assertThat(people).isNotEmpty();
        assertThat(people.get(0).getText()).matches(".+ \\(\\d+\\)");
        shot("home");

        String seed = WebFixture.SEEDS.toFile().list((d, n) -> n.endsWith(".txt"))[0];
        openDocument(seed.substring(0, 4));
        WebElement reader = driver.findElement(By.id("reader"));
        assertThat(reader.findElements(By.cssSelector(".ent"))).hasSizeGreaterThan(10);
        assertThat(reader.findElements(By.cssSelector(".quote"))).isNotEmpty();
        List<WebElement> dates = reader.findElements(By.cssSelector(".date"));
        assertThat(dates).isNotEmpty();
        assertThat(dates.get(0).getAttribute("title")).matches("(?s)value \\S+; interval \\d{4}-\\d{2}-\\d{2} .. .*");
        shot("reader");

        WebElement call = reader.findElements(By.cssSelector(".note-call")).get(0);
        String marker = call.getText().replaceAll("\\D", "");
        call.click();
        await().until(ExpectedConditions.visibilityOfElementLocated(By.id("side")));
        assertThat(driver.findElement(By.id("side-title")).getText()).isEqualTo("Note " + marker);
        assertThat(driver.findElement(By.id("note-text")).getText()).isNotBlank();

        WebElement name = reader.findElements(By.cssSelector(".ent-PERSON[data-entity]")).get(0);
        String key = name.getAttribute("data-entity");
        String title = name.getAttribute("title");
        name.click();
        await().until(ExpectedConditions.presenceOfElementLocated(By.id("entity-meta")));
        assertThat(driver.getCurrentUrl()).endsWith("#/entity/" + key.replace(":", "%3A").replace("#", "%23"));
        assertThat(title).startsWith(driver.findElement(By.tagName("h1")).getText() + " (PERSON");
        assertThat(driver.findElement(By.id("entity-meta")).getText()).startsWith("PERSON, ");
        assertThat(driver.findElement(By.id("side")).isDisplayed()).as("the note closes on leaving the reader").isFalse();
        assertThat(driver.findElements(By.cssSelector("#mentions tbody tr"))).isNotEmpty();
        shot("entity");

        driver.findElement(By.id("entity-timeline")).click();
        await().until(d -> d.getCurrentUrl().contains("#/timeline?entity="));
        await().until(ExpectedConditions.presenceOfElementLocated(By.id("timeline")));
        List<WebElement> rows = driver.findElements(By.cssSelector("#timeline tbody tr"));
        assertThat(rows).isNotEmpty();
        assertThat(rows.get(0).findElements(By.tagName("td")).get(1).getText())
                .matches("\\d{4}-\\d{2}-\\d{2} .. \\d{4}-\\d{2}-\\d{2}");
        driver.findElement(By.id("nav-timeline")).click();
        rendered("/timeline");
        assertThat(driver.findElements(By.cssSelector("#timeline tbody tr"))).hasSizeGreaterThan(rows.size());
        shot("timeline");

        driver.findElement(By.id("nav-network")).click();
        rendered("/network");
        List<WebElement> links = driver.findElements(By.cssSelector("#network tbody tr"));
        assertThat(links).isNotEmpty();
        assertThat(links.get(0).findElements(By.tagName("td")).get(3).getText()).matches("\\d+");
        shot("network");

        driver.findElement(By.id("search-box")).sendKeys("army");
        driver.findElement(By.cssSelector("#search-form button")).click();
        rendered("/search?q=army");
        assertThat(driver.findElements(By.cssSelector("#hits li"))).isNotEmpty();
        assertNoAlert();
    }

    @Test
    void aHostileSourceShowsAsTextAndRunsNothing() throws IOException {
        openDocument("hostile");
        WebElement reader = driver.findElement(By.id("reader"));
        assertNoAlert();
        assertThat(reader.getText()).contains(WebFixture.SCRIPT).contains(WebFixture.IMG);
        assertThat(reader.findElements(By.cssSelector("script, img, b"))).isEmpty();
        reader.findElement(By.cssSelector(".note-call")).click();
        await().until(ExpectedConditions.visibilityOfElementLocated(By.id("note-text")));
        assertThat(driver.findElement(By.id("note-text")).getText()).contains(WebFixture.NOTE_SCRIPT).contains("<b>Smith</b>");
        assertThat(driver.findElements(By.cssSelector("#side script, #side b"))).isEmpty();
        assertNoAlert();
        shot("hostile");
        driver.findElement(By.id("search-box")).sendKeys("onerror");
        driver.findElement(By.cssSelector("#search-form button")).click();
        rendered("/search?q=onerror");
        assertThat(driver.findElement(By.id("hits")).getText()).contains("<img");
        assertThat(driver.findElements(By.cssSelector("#hits img"))).isEmpty();
        assertNoAlert();
    }
}
