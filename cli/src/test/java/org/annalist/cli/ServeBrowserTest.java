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
import java.util.Map;
import org.annalist.web.Library;
import org.annalist.testsupport.SeedStores.Backend;
import org.annalist.web.Routes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web reader in a real headless Chromium (Debian chromium + chromium-driver): reader,
 * note, entity page, timeline, network, and a hostile source that must show as text.
 * Screenshots go to cli/target/screenshots. The store is SQLite here; {@link ServeBrowserPostgresTest}
 * takes the same journeys over PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServeBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots");

    private static Library library;
    private static Javalin app;
    private static WebDriver driver;
    private static String base;

    /** {@return where the store under test lives} */
    Backend backend() {
        return Backend.SQLITE;
    }

    @BeforeAll
    void start() throws IOException {
        boolean browser = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String why = "needs Debian chromium and chromium-driver (apt-get install -y chromium chromium-driver)";
        // CI installs the browser: there a missing one is a failure, not a skip
        if (System.getenv("CI") != null && !browser) throw new IllegalStateException(why);
        assumeTrue(browser, why);
        library = WebFixture.library(backend());
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
    void stop() {
        if (driver != null) driver.quit();
        if (app != null) app.stop();
        if (library != null) library.close();
    }

    private static WebDriverWait await() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
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

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** {@return how many items the vis-timeline of the page holds}, once it has been drawn */
    private static int timelineItems() {
        await().until(d -> d.findElement(By.id("view")).getAttribute("data-ready").startsWith("/timeline")
                && !d.findElements(By.cssSelector("#timeline-chart .vis-item")).isEmpty()
                && d.findElement(By.cssSelector("#timeline-chart .vis-timeline")).isDisplayed());
        return ((Long) js("return window.annalistTimeline.itemsData.length")).intValue();
    }

    /** {@return the days the timeline's visible window spans} */
    private static double windowDays() {
        return ((Number) js("const w = window.annalistTimeline.getWindow(); return (w.end - w.start) / 86400000"))
                .doubleValue();
    }

    private static boolean inside(Rectangle r, Rectangle box) {
        return r.getWidth() > 0 && r.getX() >= box.getX() && r.getY() >= box.getY()
                && r.getX() + r.getWidth() <= box.getX() + box.getWidth()
                && r.getY() + r.getHeight() <= box.getY() + box.getHeight();
    }

    private static String entityHash(String key) {
        return "#/entity/" + key.replace(":", "%3A").replace("#", "%23");
    }

    /** Clicks the network node {@code id} where Cytoscape drew it, as a reader would. */
    private static void clickNode(String id) {
        WebElement box = driver.findElement(By.id("network-chart"));
        @SuppressWarnings("unchecked")
        Map<String, Number> at = (Map<String, Number>) js("return window.annalistNetwork.getElementById(arguments[0])"
                + ".renderedPosition()", id);
        int x = (int) Math.round(at.get("x").doubleValue() - box.getSize().getWidth() / 2.0);
        int y = (int) Math.round(at.get("y").doubleValue() - box.getSize().getHeight() / 2.0);
        new Actions(driver).moveToElement(box, x, y).click().perform();
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
        assertThat(driver.findElements(By.cssSelector(".pager"))).as("one page needs no pager").isEmpty();
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
        assertThat(driver.getCurrentUrl()).endsWith(entityHash(key));
        assertThat(title).startsWith(driver.findElement(By.tagName("h1")).getText() + " (PERSON");
        assertThat(driver.findElement(By.id("entity-meta")).getText()).startsWith("PERSON, ");
        assertThat(driver.findElement(By.id("side")).isDisplayed()).as("the note closes on leaving the reader").isFalse();
        assertThat(driver.findElements(By.cssSelector("#mentions tbody tr"))).isNotEmpty();
        shot("entity");

        driver.findElement(By.id("entity-timeline")).click();
        await().until(d -> d.getCurrentUrl().contains("#/timeline?entity="));
        int theirs = timelineItems();
        assertThat(theirs).isPositive();
        List<WebElement> rows = driver.findElements(By.cssSelector("#timeline tbody tr"));
        assertThat(rows).isNotEmpty();
        assertThat(rows.get(0).findElements(By.tagName("td")).get(1).getText())
                .matches("\\d{4}-\\d{2}-\\d{2} .. \\d{4}-\\d{2}-\\d{2}");

        driver.findElement(By.id("nav-timeline")).click();
        rendered("/timeline");
        int all = timelineItems();
        assertThat(all).isGreaterThan(theirs);
        await().until(d -> !d.findElements(By.cssSelector("#timeline-chart .vis-item.tl-date")).isEmpty()
                && !d.findElements(By.cssSelector("#timeline-chart .vis-item.tl-message")).isEmpty());
        // events (an arrest, an appointment, an order …) in their own group, with who took part
        driver.findElement(By.id("zoom-fit")).click();
        assertThat(((Number) js("return window.annalistTimeline.itemsData.get().filter(i => i.group === 'events').length"))
                .intValue()).isPositive();
        assertThat(driver.findElement(By.id("timeline-count")).getText()).containsPattern("[1-9]\\d* dated events");
        double span = windowDays();
        driver.findElement(By.id("zoom-in")).click();
        await().until(d -> windowDays() < span * 0.8);
        driver.findElement(By.id("zoom-fit")).click();
        double every = ((Number) js("const a = window.annalistTimeline.annalistAll; return (a.end - a.start) / 86400000"))
                .doubleValue();
        await().until(d -> Math.abs(windowDays() - every) < 1);

        new Select(driver.findElement(By.id("timeline-entity"))).selectByValue(key);
        await().until(d -> d.getCurrentUrl().contains("#/timeline?entity="));
        await().until(d -> timelineItems() == theirs);
        driver.findElement(By.id("nav-timeline")).click();
        rendered("/timeline");
        await().until(d -> timelineItems() == all);

        // the densest stretch: from 300 days before the median item to 200 days after it
        js("const t = window.annalistTimeline; const s = t.itemsData.get().map(i => +i.start).sort((a, b) => a - b);"
                + "const m = s[Math.floor(s.length / 2)]; t.setWindow(m - 300 * 86400000, m + 200 * 86400000, {animation: false})");
        Rectangle chart = driver.findElement(By.cssSelector("#timeline-chart .vis-panel.vis-center")).getRect();
        WebElement item = driver.findElements(By.cssSelector("#timeline-chart .vis-item.tl-date .vis-item-content"))
                .stream().filter(e -> inside(e.getRect(), chart)).findFirst()
                .orElseThrow(() -> new AssertionError("no dated expression in sight on the timeline"));
        String expression = item.getText();
        shot("timeline");
        item.click();
        await().until(ExpectedConditions.visibilityOfElementLocated(By.id("item-sentence")));
        assertThat(driver.findElement(By.id("side-title")).getText()).startsWith(expression + " (");
        assertThat(driver.findElement(By.id("item-sentence")).getText()).contains(expression);
        driver.findElement(By.cssSelector("#side .source-link")).click();
        await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#reader .target")));
        assertThat(driver.findElement(By.cssSelector("#reader .target")).getText()).isEqualTo(expression);

        driver.findElement(By.id("nav-network")).click();
        rendered("/network");
        long nodes = (Long) js("return window.annalistNetwork.nodes().length");
        long edges = (Long) js("return window.annalistNetwork.edges().length");
        assertThat(nodes).isGreaterThan(2);
        assertThat(edges).isPositive();
        assertThat((String) js("return window.annalistNetwork.edges()[0].data('label')")).matches("(\\d{4}|undated).*");
        List<WebElement> links = driver.findElements(By.cssSelector("#network tbody tr"));
        assertThat(links).hasSizeGreaterThanOrEqualTo((int) edges);
        shot("network");
        String node = (String) js("return window.annalistNetwork.nodes().max(n => n.degree()).ele.id()");
        clickNode(node);
        await().until(d -> d.getCurrentUrl().endsWith(entityHash(node)));
        await().until(ExpectedConditions.presenceOfElementLocated(By.id("entity-meta")));
        driver.findElement(By.id("entity-network")).click();
        await().until(d -> d.getCurrentUrl().contains("#/network?entity="));
        await().until(d -> driver.findElement(By.id("view")).getAttribute("data-ready").startsWith("/network?entity="));
        long own = (Long) js("return window.annalistNetwork.nodes().length");
        assertThat(own).isPositive().isLessThanOrEqualTo(nodes);
        assertThat((Boolean) js("return window.annalistNetwork.getElementById(arguments[0]).nonempty()", node)).isTrue();

        driver.findElement(By.id("search-box")).sendKeys("army");
        driver.findElement(By.cssSelector("#search-form button")).click();
        rendered("/search?q=army");
        assertThat(driver.findElements(By.cssSelector("#hits li"))).isNotEmpty();
        assertNoAlert();
    }

    @Test
    void aLongDocumentIsReadPageByPageAndATimelineItemOpensItsPage() throws IOException {
        try (Library small = Library.open(WebFixture.store(backend()), 1500)) {
            Javalin paged = Routes.create(small).start(Routes.LOOPBACK, 0);
            try {
                String at = "http://127.0.0.1:" + paged.port() + "/";
                driver.get(at);
                rendered("/");
                WebElement doc = driver.findElements(By.cssSelector("#documents tbody tr")).stream()
                        .filter(r -> Integer.parseInt(r.findElements(By.tagName("td")).get(2).getText()) > 2)
                        .findFirst().orElseThrow(() -> new AssertionError("no document of three pages or more"));
                int pages = Integer.parseInt(doc.findElements(By.tagName("td")).get(2).getText());
                doc.findElement(By.cssSelector("a.doc-link")).click();
                await().until(ExpectedConditions.presenceOfElementLocated(By.id("reader")));
                assertThat(driver.findElement(By.cssSelector("#pager-top .page-of")).getText())
                        .isEqualTo("Page 1 of " + pages);
                String first = driver.findElement(By.id("reader")).getText();
                assertThat(first.length()).isBetween(500, 3000);
                driver.findElement(By.cssSelector("#pager-bottom a.next")).click();
                await().until(d -> d.findElement(By.cssSelector("#pager-top .page-of")).getText()
                        .equals("Page 2 of " + pages));
                String second = driver.findElement(By.id("reader")).getText();
                assertThat(second).isNotEqualTo(first).isNotBlank();
                assertThat(driver.findElements(By.cssSelector("#reader .ent"))).isNotEmpty();
                shot("reader-pages");
                driver.findElement(By.cssSelector("#pager-top a.prev")).click();
                await().until(d -> d.findElement(By.cssSelector("#pager-top .page-of")).getText()
                        .equals("Page 1 of " + pages));

                // the last dated expression of the timeline opens the reader on the page holding it
                driver.get(at + "#/timeline");
                assertThat(timelineItems()).isPositive();
                String last = (String) js("const t = window.annalistTimeline; const all = t.itemsData.get()"
                        + ".filter(i => i.row).sort((a, b) => b.row.source.start - a.row.source.start); "
                        + "t.setSelection([all[0].id]); t.emit('select', {items: [all[0].id]}); return all[0].row.text");
                await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#side .source-link")));
                driver.findElement(By.cssSelector("#side .source-link")).click();
                await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#reader .target")));
                assertThat(driver.findElement(By.cssSelector("#reader .target")).getText()).isEqualTo(last);
                assertThat(driver.findElement(By.cssSelector("#pager-top .page-of")).getText()).doesNotStartWith("Page 1 ");
            } finally {
                paged.stop();
            }
        }
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

        openDocument("hostile");
        String smith = driver.findElements(By.cssSelector("#reader .ent-PERSON[data-entity]")).get(0).getAttribute("data-entity");
        driver.get(base + "#/timeline?entity=" + smith);
        assertThat(timelineItems()).isPositive();
        for (WebElement item : driver.findElements(By.cssSelector("#timeline-chart .vis-item .vis-item-content"))) {
            if (!item.isDisplayed()) continue;
            item.click();
            await().until(ExpectedConditions.visibilityOfElementLocated(By.id("item-sentence")));
            assertThat(driver.findElement(By.id("item-sentence")).getText()).contains(WebFixture.SCRIPT);
        }
        assertThat(driver.findElement(By.id("timeline")).getText()).contains(WebFixture.SCRIPT);
        assertThat(driver.findElements(By.cssSelector("#view script, #view img, #side script, #side img"))).isEmpty();
        assertNoAlert();

        driver.get(base + "#/network?entity=" + smith);
        await().until(d -> d.findElement(By.id("view")).getAttribute("data-ready").startsWith("/network?entity="));
        assertThat((Long) js("return window.annalistNetwork.edges().length")).isPositive();
        assertThat(driver.findElement(By.id("network")).getText()).contains(WebFixture.SCRIPT);
        assertThat(driver.findElements(By.cssSelector("#view script, #view img"))).isEmpty();
        assertNoAlert();
    }
}
