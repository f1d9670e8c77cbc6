package jp.mdrive.keycloak.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;

/** Measurements of the rendered page in Chromium, for layout checks that a screenshot only shows. */
final class Layout {

    /** Rounding of CSS pixels to the WebDriver's whole ones. */
    private static final int SLACK = 1;

    /**
     * The places where the title's rendered lines break inside a word, as 「before／after」: each
     * character's line is read from its own box, and every break must fall on a boundary of the
     * browser's word segmentation for the page's language (Intl.Segmenter, ICU's dictionary for Japanese).
     */
    private static final String TITLE_BREAKS_INSIDE_WORDS = """
            const title = document.getElementById('kc-page-title');
            const walker = document.createTreeWalker(title, NodeFilter.SHOW_TEXT);
            const chars = [];
            let text = '';
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                for (let i = 0; i < node.data.length; i++) {
                    chars.push({node: node, offset: i, index: text.length + i});
                }
                text += node.data;
            }
            const range = document.createRange();
            const breaks = [];
            let lastTop = null;
            let lastIndex = -1;
            for (const c of chars) {
                if (/\\s/.test(text[c.index])) {
                    continue;
                }
                range.setStart(c.node, c.offset);
                range.setEnd(c.node, c.offset + 1);
                const box = range.getClientRects()[0];
                if (!box) {
                    continue;
                }
                if (lastTop !== null && box.top > lastTop + box.height / 2) {
                    breaks.push([lastIndex, c.index]);
                }
                lastTop = box.top;
                lastIndex = c.index;
            }
            const words = new Intl.Segmenter(document.documentElement.lang || 'ja', {granularity: 'word'});
            const boundaries = new Set([...words.segment(text)].map(s => s.index));
            return breaks.filter(([before, at]) => {
                for (let b = before + 1; b <= at; b++) {
                    if (boundaries.has(b)) {
                        return false;
                    }
                }
                return true;
            }).map(([before, at]) => text.slice(Math.max(0, at - 6), at).trim() + '／' + text.slice(at, at + 6).trim());
            """;

    private Layout() {
    }

    /** The page title breaks only between words and stays inside its box. */
    static void assertTitleWhole(ManagedWebDriver driver, String where) {
        @SuppressWarnings("unchecked")
        List<String> broken = (List<String>) ((JavascriptExecutor) driver.driver()).executeScript(TITLE_BREAKS_INSIDE_WORDS);
        assertEquals(List.of(), broken, where + ": the title breaks inside a word");
        WebElement title = driver.findElement(By.id("kc-page-title"));
        Number overflow = (Number) ((JavascriptExecutor) driver.driver())
                .executeScript("return arguments[0].scrollWidth - arguments[0].clientWidth;", title);
        assertTrue(overflow.intValue() <= SLACK, where + ": the title is wider than its box by " + overflow);
    }

    /** Keycloak's read-only address box with the restart icon is not on the page. */
    static void assertNoUsernameBox(ManagedWebDriver driver, String where) {
        assertEquals(List.of(), Elements.now(driver, By.id("kc-attempted-username")), where + ": the address box is shown");
        assertEquals(List.of(), Elements.now(driver, By.id("reset-login")), where + ": the restart icon is shown");
    }

    /** The elements sit side by side, left to right in that order, with the same top and height. */
    static void assertOneRow(List<WebElement> elements, String where) {
        Rectangle first = elements.get(0).getRect();
        for (int i = 1; i < elements.size(); i++) {
            Rectangle previous = elements.get(i - 1).getRect();
            Rectangle next = elements.get(i).getRect();
            String which = where + ": " + elements.get(i).getText().strip() + " beside " + elements.get(i - 1).getText().strip();
            assertTrue(Math.abs(first.getY() - next.getY()) <= SLACK, which + ": tops " + first.getY() + " and " + next.getY());
            assertTrue(Math.abs(first.getHeight() - next.getHeight()) <= SLACK,
                    which + ": heights " + first.getHeight() + " and " + next.getHeight());
            assertTrue(previous.getX() + previous.getWidth() <= next.getX() + SLACK, which + ": not to its right");
        }
    }

    /** The space between the bottom of one element and the top of another below it. */
    static int gapBelow(WebElement upper, WebElement lower) {
        Rectangle above = upper.getRect();
        return lower.getRect().getY() - (above.getY() + above.getHeight());
    }

    /** Each note keeps clear of what follows it (a button must not touch the text above it). */
    static void assertNotesClear(ManagedWebDriver driver, String where) {
        for (WebElement note : Elements.now(driver, By.cssSelector(".mdrive-note"))) {
            List<WebElement> next = Elements.now(driver, note, By.xpath("following-sibling::*[1]"));
            if (note.isDisplayed() && !next.isEmpty() && next.get(0).isDisplayed()) {
                int gap = gapBelow(note, next.get(0));
                assertTrue(gap >= 8, where + ": only " + gap + " px under 「" + note.getText().strip() + "」");
            }
        }
    }
}
