package io.casework.system.console;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.WaitUntilState;
import io.casework.system.Suite;

/**
 * Signs a demo user in through Keycloak's own login page, as a person would: the application redirects there, the
 * form is filled and sent, and Keycloak sends the browser back with a code. Filling the real page, rather than
 * fetching a token behind the page's back, is what tests the authorization code flow the console uses.
 */
public final class KeycloakLogin {

    /** Every demo user of the committed realm (infra/keycloak/casework-realm.json) has this password. */
    private static final String DEMO_PASSWORD = "demo";

    // Ids and a class of Keycloak's login theme (keycloak.v2, Keycloak 26), which its older theme has too; the
    // visible labels would change with the realm's locale and wording, these do not.
    private static final String FORM = "#kc-form-login";
    private static final String USERNAME = "#username";
    private static final String PASSWORD = "#password";
    private static final String SUBMIT = "#kc-login";
    private static final String FEEDBACK = ".kc-feedback-text";

    private KeycloakLogin() {
    }

    /**
     * Fills Keycloak's login form on a page the application has just sent there, and waits until Keycloak has sent
     * it back to the suite's front. Fails at once, with Keycloak's message, when Keycloak keeps the page (a wrong
     * password, an unknown user). A page that closes itself once back, as Swagger UI's sign-in popup does, counts as
     * back when it reached the front before closing.
     */
    public static void signIn(Page page, String username) {
        page.locator(FORM).waitFor();
        page.locator(USERNAME).fill(username);
        page.locator(PASSWORD).fill(DEMO_PASSWORD);
        // Keycloak answers the form with a redirect when it signs the user in, and with a page of its own otherwise.
        Response answer = page.waitForResponse(
                response -> response.request().isNavigationRequest() && "POST".equals(response.request().method()),
                () -> page.locator(SUBMIT).click());
        if (answer.status() / 100 != 3) {
            throw new AssertionError(username + " was not signed in: Keycloak answered " + answer.status() + ", "
                    + whatKeycloakSays(page));
        }
        try {
            // The redirect's first commit is enough: a popup's redirect page may close itself before it finishes loading.
            page.waitForURL(url -> url.startsWith(Suite.FRONT + "/"),
                    new Page.WaitForURLOptions().setWaitUntil(WaitUntilState.COMMIT));
        } catch (PlaywrightException e) {
            if (!(page.isClosed() && page.url().startsWith(Suite.FRONT + "/"))) {
                throw e;
            }
        }
    }

    private static String whatKeycloakSays(Page page) {
        page.waitForLoadState();
        var feedback = page.locator(FEEDBACK);
        return feedback.count() > 0 ? "\"" + feedback.first().innerText().strip() + "\"" : "a page titled \"" + page.title() + "\"";
    }
}
