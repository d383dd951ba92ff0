package dev.rebound.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in to the UI with a token, in a real browser: a page asked for before signing in comes back after it, an
 * unknown token is said so next to the field, signing out ends the session, and the session never opens the API.
 */
class SignInBrowserTest extends BrowserTest {

    @Test
    void signsInWithATokenReturnsToTheAskedPageAndSignsOut() {
        String dashboard = "/candidates/" + UUID.randomUUID();
        open("/sign-in");
        browser.manage().deleteAllCookies();
        open(dashboard);
        wait.until(ExpectedConditions.urlContains("/sign-in"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sign in");
        assertThat(browser.findElements(By.cssSelector("main .notice"))).as("no session ended: nothing to say")
                .isEmpty();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).as("the token field has the focus")
                .isEqualTo("token");

        browser.findElement(By.id("token")).sendKeys("not-the-token");
        submit(By.cssSelector("main form"));
        WebElement error = waitFor(By.id("sign-in-error"));
        assertThat(error.getAttribute("role")).isEqualTo("alert");
        assertThat(error.getText()).contains("This token is not known");
        assertThat(browser.findElement(By.id("token")).getAttribute("aria-invalid")).isEqualTo("true");
        screenshot("sign-in-unknown-token");

        browser.findElement(By.id("token")).sendKeys(TOKEN);
        submit(By.cssSelector("main form"));
        wait.until(ExpectedConditions.urlToBe(url(dashboard)));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dashboard");
        assertThat(browser.findElement(By.cssSelector(".who")).getText()).contains("platform-admin");

        browser.findElement(By.cssSelector("form.sign-out button")).click();
        waitForText(By.cssSelector("main"), "You are signed out.");
        open("/organization/audit");
        wait.until(ExpectedConditions.urlContains("/sign-in"));
    }

    @Test
    void theSessionOpensNeitherTheApiNorAFormWithoutItsCsrfToken() {
        signIn();
        open("/api/v1/catalogue/weaknesses");
        assertThat(browser.getPageSource()).as("the API still wants a bearer token").contains("unauthenticated");

        open("/");
        Object status = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/candidates/%s/applications/new', {method: 'POST', redirect: 'manual',
                    body: new URLSearchParams({employerName: 'Acme', roleTitle: 'Analyst'})})
                  .then(response => done(response.status));""".formatted(UUID.randomUUID()));
        assertThat(status).as("a form sent without its CSRF token").isEqualTo(403L);
    }
}
