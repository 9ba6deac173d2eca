package org.helpline.requests;

import java.time.Duration;
import org.helpline.Browser;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Clicks on the long request form: Bootstrap scrolls smoothly, so ChromeDriver's own scrolling may
 * still be under way when it clicks; the element is brought to the middle of the screen at once,
 * and the click is repeated while htmx swaps in the known issues or the classification choices.
 */
final class Clicks {

    private Clicks() {}

    static void click(Browser browser, WebElement element) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .ignoring(ElementClickInterceptedException.class)
                .until(driver -> {
                    element.click();
                    return true;
                });
    }
}
