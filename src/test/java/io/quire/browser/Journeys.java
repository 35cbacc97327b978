package io.quire.browser;

import io.quire.TestMembers;

import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/** Steps many journeys share. */
public final class Journeys {

    private Journeys() {
    }

    /** Logs in through the login page, starting from a clean browser. */
    public static void logIn(ChromeDriver browser, String base, TestMembers.Created member) {
        browser.manage().deleteAllCookies();
        browser.get(base + "/login");
        browser.findElement(By.id("username")).sendKeys(member.username());
        browser.findElement(By.id("password")).sendKeys(TestMembers.PASSWORD);
        Browser.clickThrough(browser, By.cssSelector("main form button[type=submit]"));
        browser.findElement(By.cssSelector(".menu summary"));
    }
}
