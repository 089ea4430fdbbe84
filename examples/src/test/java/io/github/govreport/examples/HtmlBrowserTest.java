package io.github.govreport.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.model.panel.PanelRow;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import tools.jackson.databind.JsonNode;

/**
 * The pages in a real browser: the system's Chromium in headless mode, driven by Selenium through the
 * system's chromedriver (Debian's {@code chromium} and {@code chromium-driver}; nothing is downloaded).
 * Skipped, with the reason, where either is missing. The pages are written to {@code target/html-test/},
 * and so are the screenshots, for a person to look at.
 */
class HtmlBrowserTest {

    /** Debian's paths; {@code -Dgovreport.chromium=PATH} and {@code -Dgovreport.chromedriver=PATH} name others. */
    static final Path CHROMIUM = Path.of(System.getProperty("govreport.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("govreport.chromedriver", "/usr/bin/chromedriver"));
    static final Path OUT = Path.of("target/html-test");

    /**
     * Selenium warns that it has no DevTools module for this Chromium's version; these tests use none.
     * Held here, since the logging framework keeps loggers only weakly.
     */
    static final java.util.logging.Logger CDP_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static ChromeDriver driver;
    static Path profile;
    static Path reportPage;
    static Path panelPage;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM + " (apt-get install chromium): skipped");
        Assumptions.assumeTrue(Files.isExecutable(CHROMEDRIVER),
                "no chromedriver at " + CHROMEDRIVER + " (apt-get install chromium-driver): skipped");
        Files.createDirectories(OUT);
        reportPage = write("report.html", CliTest.run("html", HtmlPages.SAMPLE.toString()));
        panelPage = write("panel.html", CliTest.run(PanelHtmlTest.args(HtmlPages.panelReports()).toArray(String[]::new)));
        CDP_LOG.setLevel(java.util.logging.Level.SEVERE);
        profile = Files.createTempDirectory("govreport-chromium-");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,900");
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
    }

    private static Path write(String name, CliTest.Result r) throws IOException {
        assertEquals(0, r.code(), r.err());
        return Files.writeString(OUT.resolve(name), r.out(), StandardCharsets.UTF_8);
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (var walk = Files.walk(profile)) {
                walk.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @BeforeEach
    void desktop() {
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    /**
     * Opens a page and waits until its fonts are loaded and two frames are drawn: widths measured before
     * the system's CJK fonts arrive, or before a scrollbar appears, are not the page's.
     */
    private static void open(Path page) {
        driver.get(page.toAbsolutePath().toUri().toString());
        ((JavascriptExecutor) driver).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + " document.fonts.ready.then(function () {"
                + " requestAnimationFrame(function () { requestAnimationFrame(function () { done(); }); }); });");
    }

    /** The elements that reach past the window's right edge, for the message of a failed width check. */
    private static Object wider() {
        return js("var w = document.documentElement.clientWidth, r = [];"
                + " document.querySelectorAll('*').forEach(function (e) { var b = e.getBoundingClientRect();"
                + " if (b.right > w + 0.5) r.push(e.tagName + '.' + e.className + ' ' + Math.round(b.left) + '-' + Math.round(b.right)); });"
                + " return r.slice(0, 8).join(', ');");
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static void screenshot(String name) throws IOException {
        Files.write(OUT.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyMentionShowsItsValueWhenFocused() throws IOException {
        open(reportPage);
        List<JsonNode> values = HtmlCommandTest.values(HtmlPages.SAMPLE);
        // focus each mark as the keyboard would and read what the page then shows beside it
        List<List<Object>> shown = (List<List<Object>>) js("""
                return Array.from(document.querySelectorAll('.report-text .v')).map(e => {
                  e.focus();
                  const after = getComputedStyle(e, '::after');
                  return [e.dataset.start, e.textContent, e.dataset.value, document.activeElement === e,
                          after.content, after.display, getComputedStyle(e, '::before').content];
                });""");
        assertEquals(values.size(), shown.size());
        for (int i = 0; i < values.size(); i++) {
            JsonNode v = values.get(i);
            List<Object> s = shown.get(i);
            String where = "mention " + (i + 1) + " " + v;
            assertEquals(Integer.toString(v.get("start").asInt()), s.get(0), where);
            assertEquals(v.get("text").stringValue(), s.get(1), where);
            assertEquals(HtmlPages.expectedValue(v), s.get(2), where);
            assertEquals(Boolean.TRUE, s.get(3), where + ": focusable");
            String after = (String) s.get(4);
            assertTrue(after.startsWith("\"" + HtmlPages.expectedValue(v)), where + ": shown on focus: " + after);
            assertTrue(after.contains("qualifier " + v.get("qualifier").stringValue()), where + ": " + after);
            assertNotEquals("none", s.get(5), where);
            assertNotEquals("none", s.get(6), where + ": the cue before the value");
        }
        // a mark that is not focused shows nothing beside it
        js("document.activeElement.blur(); window.scrollTo(0, 0);");
        assertEquals("none", js("return getComputedStyle(document.querySelector('.report-text .v'), '::after').content;"));
    }

    private static void assertNotEquals(Object unexpected, Object actual, String message) {
        assertFalse(unexpected.equals(actual), message + ": " + actual);
    }

    @Test
    void theTabKeyMovesFromMarkToMarkAndShowsEachOnesDetails() throws IOException {
        open(reportPage);
        WebElement first = driver.findElement(By.cssSelector(".report-text .v"));
        js("arguments[0].focus();", first);
        List<String> visited = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement active = driver.switchTo().activeElement();
            String css = active.getAttribute("class");
            assertTrue(css.startsWith("v ") || css.equals("ref"), "the next stop is a value or a note reference: " + css);
            if (css.startsWith("v ")) {
                Object after = js("return getComputedStyle(arguments[0], '::after').content;", active);
                assertEquals("\"" + active.getAttribute("data-detail") + "\"", after);
                visited.add(active.getAttribute("id"));
            }
        }
        assertEquals(visited.stream().distinct().count(), visited.size(), "each Tab moves on: " + visited);
        // the review's first figures, with the details of the one focused: the picture in the README,
        // taken small enough to keep in the repository
        driver.manage().window().setSize(new Dimension(1040, 680));
        WebElement figure = driver.findElement(By.xpath("//span[contains(@class,'v') and text()='356.7亿元']"));
        js("arguments[0].scrollIntoView({block: 'center'}); window.scrollBy(0, 120); arguments[0].focus();", figure);
        screenshot("report.png");
    }

    @Test
    void everyOutlineLinkMovesToItsSection() {
        open(reportPage);
        List<WebElement> links = driver.findElements(By.cssSelector("nav.outline ol a"));
        assertFalse(links.isEmpty());
        for (WebElement link : links) {
            js("window.scrollTo(0, 0);");
            String href = link.getAttribute("href");
            String id = href.substring(href.indexOf('#') + 1);
            link.click();
            assertEquals("#" + id, js("return location.hash;"));
            WebElement heading = driver.findElement(By.id(id));
            Number top = (Number) js("return arguments[0].getBoundingClientRect().top;", heading);
            Number height = (Number) js("return window.innerHeight;");
            assertTrue(top.doubleValue() >= -1 && top.doubleValue() < height.doubleValue() / 2,
                    id + " is scrolled into view, near the top: " + top);
            assertEquals("heading", heading.getAttribute("role"));
            assertTrue(heading.getText().contains(link.getText()), heading.getText() + " / " + link.getText());
        }
    }

    @Test
    void atPhoneWidthThePageFitsAndTheOutlineStillWorks() throws IOException {
        driver.manage().window().setSize(new Dimension(400, 800));
        open(reportPage);
        Number inner = (Number) js("return document.documentElement.clientWidth;");
        Number wide = (Number) js("return document.documentElement.scrollWidth;");
        assertTrue(wide.intValue() <= inner.intValue(), "no sideways scrolling at phone width: " + wide + " > " + inner + "; wider: " + wider());
        // the outline stands above the text instead of beside it
        Number navRight = (Number) js("return document.querySelector('nav.outline').getBoundingClientRect().right;");
        Number textLeft = (Number) js("return document.querySelector('.report-text').getBoundingClientRect().left;");
        assertTrue(textLeft.doubleValue() < navRight.doubleValue(), "one column");
        List<WebElement> links = driver.findElements(By.cssSelector("nav.outline ol a"));
        WebElement last = links.get(links.size() - 1);
        js("arguments[0].scrollIntoView({block: 'center'});", last);
        last.click();
        String href = last.getAttribute("href");
        assertEquals(href.substring(href.indexOf('#')), js("return location.hash;"));
        screenshot("report-phone.png");
        open(panelPage);
        wide = (Number) js("return document.documentElement.scrollWidth;");
        inner = (Number) js("return document.documentElement.clientWidth;");
        assertTrue(wide.intValue() <= inner.intValue(), "the panel fits too: " + wide + " > " + inner + "; wider: " + wider());
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachChartHasOneMarkPerYearAndConceptAndEachMarkLinksToItsRow() throws IOException {
        open(panelPage);
        Map<String, TreeMap<Integer, PanelRow>> charted = PanelHtmlTest.charted(PanelHtmlTest.panel(HtmlPages.panelReports()));
        List<List<Object>> figures = (List<List<Object>>) js("""
                return Array.from(document.querySelectorAll('figure.chart')).map(f => [f.dataset.concept,
                  Array.from(f.querySelectorAll('a.year-mark')).map(a => {
                    const box = a.getBBox();
                    const shape = a.querySelector('.out');
                    const shapeBox = shape ? shape.getBBox() : null;
                    return [a.dataset.year, box.width > 0 && box.height > 0, shapeBox ? shapeBox.width : 0];
                  })]);""");
        assertEquals(charted.size(), figures.size());
        int i = 0;
        int pairs = 0;
        for (Map.Entry<String, TreeMap<Integer, PanelRow>> chart : charted.entrySet()) {
            List<Object> figure = figures.get(i++);
            assertTrue(chart.getKey().endsWith("|" + figure.get(0)), chart.getKey() + " / " + figure.get(0));
            List<List<Object>> marks = (List<List<Object>>) figure.get(1);
            List<String> years = new ArrayList<>();
            for (List<Object> mark : marks) {
                years.add((String) mark.get(0));
                assertEquals(Boolean.TRUE, mark.get(1), "drawn: " + figure.get(0) + " " + mark.get(0));
                PanelRow row = chart.getValue().get(Integer.parseInt((String) mark.get(0)));
                assertEquals(row.outcome() != null, ((Number) mark.get(2)).doubleValue() > 0, "the outcome's shape is drawn: " + row);
            }
            assertEquals(chart.getValue().keySet().stream().map(String::valueOf).toList(), years);
            pairs += years.size();
        }
        assertEquals(pairs, driver.findElements(By.cssSelector("a.year-mark")).size());
        js("document.getElementById('region-1').scrollIntoView();");
        screenshot("panel.png");
        // a mark is a link to its row of the table, reached and followed with the keyboard
        WebElement mark = driver.findElements(By.cssSelector("figure.chart a.year-mark")).get(1);
        String href = mark.getDomAttribute("href");
        assertTrue(href.startsWith("#row-"), href);
        js("arguments[0].focus();", mark);
        assertEquals(mark, driver.switchTo().activeElement());
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        assertEquals(href, js("return location.hash;"));
        Number top = (Number) js("return document.getElementById(arguments[0]).getBoundingClientRect().top;", href.substring(1));
        assertTrue(top.doubleValue() >= -1 && top.doubleValue() < 900, "the row is scrolled into view: " + top);
    }

    @Test
    @SuppressWarnings("unchecked")
    void tickLabelsAndOverviewCellsFitTheirSpace() throws IOException {
        open(panelPage);
        // a tick label starts inside its chart: a long number would run off the left edge and be clipped
        List<List<Object>> ticks = (List<List<Object>>) js("""
                return Array.from(document.querySelectorAll('figure.chart svg > text[text-anchor=end]'))
                  .map(t => [t.textContent, t.getBBox().x]);""");
        assertFalse(ticks.isEmpty());
        for (List<Object> t : ticks) {
            assertTrue(((Number) t.get(1)).doubleValue() >= 0, "tick label " + t.get(0) + " starts at x=" + t.get(1));
        }
        // each overview cell is drawn, and its sign and difference stay within the cell
        List<List<Object>> cells = (List<List<Object>>) js("""
                return Array.from(document.querySelectorAll('figure.overview a.cell')).map(a => {
                  const r = a.querySelector('rect').getBBox();
                  const t = a.querySelector('text').getBBox();
                  return [a.getAttribute('aria-label'), r.width, t.x >= r.x && t.x + t.width <= r.x + r.width];
                });""");
        assertEquals(driver.findElements(By.cssSelector("figure.overview a.cell")).size(), cells.size());
        assertFalse(cells.isEmpty(), "the panel of two regions has an overview");
        for (List<Object> c : cells) {
            assertTrue(((Number) c.get(1)).doubleValue() > 0, "drawn: " + c.get(0));
            assertEquals(Boolean.TRUE, c.get(2), "the text fits its cell: " + c.get(0));
        }
        js("document.getElementById('overview').scrollIntoView();");
        screenshot("panel-overview.png");
    }
}
