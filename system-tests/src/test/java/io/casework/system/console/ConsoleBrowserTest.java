package io.casework.system.console;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.casework.system.ApprovalInbox;
import io.casework.system.Suite;
import io.casework.system.UniqueNames;
import io.casework.system.VisitNotes;
import io.casework.timescales.WorkingDayCalendar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.casework.system.Suite.APPROVALS;
import static io.casework.system.Suite.CASE_NOTES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The approval console in a real browser (Debian's Chromium, headless) against the running suite: people sign in on
 * Keycloak's own page by the authorization code flow with PKCE, requests arrive live, a decision made in the page
 * lands on the child's record in case-notes-service, and every view passes an axe-core scan for WCAG 2.2 A and AA.
 */
class ConsoleBrowserTest {

    static final String CONSOLE = Suite.FRONT + "/approvals/v1/console/";
    static final Duration EVENTUALLY = Duration.ofSeconds(30);
    static final String CHILDS_WORDS = "I like it when Mum walks me to school.";
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    /** How long a request may take to reach the page: through Kafka to approvals-service and down its stream. */
    static final LocatorAssertions.IsVisibleOptions LIVE =
            new LocatorAssertions.IsVisibleOptions().setTimeout(EVENTUALLY.toMillis());

    static BrowserSession browser;

    @BeforeAll
    static void launch() {
        browser = BrowserSession.launch();
        // A page waits on the services (a decision, a sign-in): more than Playwright's 5 s when the machine is busy.
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    /** The pages a test opened: each holds a live stream, and one person may hold only a few at once. */
    final List<Page> opened = new ArrayList<>();

    @AfterEach
    void closePages() {
        opened.forEach(page -> page.context().close());
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    @DisplayName("issue 18, 004 \"managerial oversight\": a practice manager signed in to the console sees a new "
            + "statutory visit's oversight request arrive live, reads the note with the child's words set apart, "
            + "approves it with a comment, and case-notes-service shows the note final with that comment")
    void practiceManagerApprovesLive() {
        Child child = registerChild();
        Page page = signedIn("north.pm", Viewport.LAPTOP);
        // A mark the page keeps only while it is not reloaded: the request must arrive without a reload.
        page.evaluate("window.consoleNotReloaded = true");
        String titleBefore = page.title();

        String noteId = submitVisitNote(child, "Saw " + child.givenName() + " at home; the plan is working.");
        Locator row = arrival(page, child);
        assertThat(row).isVisible(LIVE);
        assertThat((Boolean) page.evaluate("window.consoleNotReloaded === true")).as("arrived without a reload")
                .isTrue();
        assertThat(page.title()).matches("\\(\\d+\\) Inbox – Casework approvals").isNotEqualTo(titleBefore);
        AccessibilityScan.assertNoViolations(page, "inbox");
        Screenshots.save(page, "console-inbox");

        String requestId = requestId(row);
        row.getByRole(AriaRole.LINK).click();
        assertThat(page.locator("#childs-voice blockquote")).hasText(CHILDS_WORDS);
        assertThat(page.locator("#note-narrative")).containsText("the plan is working");
        assertThat(page.locator("#request-summary")).containsText(child.name());
        AccessibilityScan.assertNoViolations(page, "decision");
        Screenshots.save(page, "console-decision");

        String comment = "Seen alone and the plan is on track. " + UniqueNames.next();
        page.getByLabel("Approve").check();
        page.getByLabel("Comments").fill(comment);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record decision")).click();
        assertThat(page.locator("#result-banner")).containsText("You approved this request");
        assertThat(page.locator("#decision-summary")).containsText(comment);
        AccessibilityScan.assertNoViolations(page, "decision made");

        page.locator("#result-banner").getByRole(AriaRole.LINK).click();
        assertThat(page.locator("h1")).hasText("Inbox");
        assertThat(arrival(page, child)).hasCount(0);
        assertThat(page.locator("#inbox-table a[data-request='" + requestId + "']")).hasCount(0);
        assertFinalWithComment(noteId, comment);
    }

    @Test
    @DisplayName("issue 18 (WCAG 2.2 2.1.1 Keyboard): a request is opened and approved with the keyboard alone")
    void keyboardOnly() {
        Child child = registerChild();
        Page page = signedIn("north.pm", Viewport.LAPTOP);
        String noteId = submitVisitNote(child, "Saw " + child.givenName() + " after school.");
        assertThat(arrival(page, child)).isVisible(LIVE);
        String requestId = requestId(arrival(page, child));

        tabUntil(page, "document.activeElement.dataset.request === '" + requestId + "'");
        page.keyboard().press("Enter");
        assertThat(page.locator("#decision-form")).isVisible();
        tabUntil(page, "document.activeElement.name === 'outcome'");
        // Arrow keys move within a radio group; Space chooses the one focused.
        while (!(Boolean) page.evaluate("document.activeElement.value === 'APPROVED'")) {
            page.keyboard().press("ArrowDown");
        }
        page.keyboard().press("Space");
        tabUntil(page, "document.activeElement.id === 'comments'");
        String comment = "Approved from the keyboard. " + UniqueNames.next();
        page.keyboard().type(comment);
        tabUntil(page, "document.activeElement.type === 'submit'");
        page.keyboard().press("Enter");

        assertThat(page.locator("#result-banner")).containsText("You approved this request");
        assertThat((Boolean) page.evaluate("document.activeElement.id === 'result-banner'"))
                .as("the result takes the focus, so a screen reader reads it").isTrue();
        assertFinalWithComment(noteId, comment);
    }

    @Test
    @DisplayName("issue 18: a social worker signed in sees no approval actions: an empty inbox, no team dashboard, "
            + "and their own request shown without a decision form")
    void workerSeesNoApprovalActions() {
        Child child = registerChild();
        submitVisitNote(child, "Saw " + child.givenName() + " in the garden.");
        String requestId = ApprovalInbox.awaitRequest("north.pm", child.id(), "STATUTORY_VISIT_OVERSIGHT");
        Page page = signedIn("north.sw1", Viewport.LAPTOP);
        assertThat(page.locator("main")).containsText("Nothing waits for your decision.");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Team dashboard")))
                .not().isVisible();
        AccessibilityScan.assertNoViolations(page, "a worker's inbox");

        page.navigate(CONSOLE + "#/requests/" + requestId);
        assertThat(page.locator("main")).containsText("This is your own request");
        assertThat(page.locator("#decision-form")).hasCount(0);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record decision")))
                .hasCount(0);
        AccessibilityScan.assertNoViolations(page, "a worker's own request");
    }

    @Test
    @DisplayName("issue 18: a team manager's dashboard shows the team's pending decisions per person, and the "
            + "notifications view and a tablet's inbox pass the scan too, without sideways scrolling")
    void dashboardNotificationsAndTablet() {
        Child child = registerChild();
        submitVisitNote(child, "Saw " + child.givenName() + " with grandmother.");
        ApprovalInbox.awaitRequest("north.pm", child.id(), "STATUTORY_VISIT_OVERSIGHT");
        Page page = signedIn("north.tm", Viewport.LAPTOP);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Team dashboard")).click();
        assertThat(page.locator("h1")).hasText("Team dashboard: " + teamName("north"));
        assertThat(page.locator("#dashboard-table")).containsText("Practice Manager");
        AccessibilityScan.assertNoViolations(page, "team dashboard");
        Screenshots.save(page, "console-dashboard");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Notifications")).click();
        assertThat(page.locator("h1")).hasText("Notifications");
        page.getByLabel("Show").selectOption("ALL");
        AccessibilityScan.assertNoViolations(page, "notifications");

        Page tablet = signedIn("north.pm", Viewport.TABLET);
        assertThat(tablet.locator("#inbox-table tbody tr").first()).isVisible();
        AccessibilityScan.assertNoViolations(tablet, "inbox on a tablet");
        assertThat((Boolean) tablet.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .as("the page fits a tablet's width").isTrue();
        Screenshots.save(tablet, "console-inbox-tablet");
    }

    @Test
    @DisplayName("000, issue 18: the head of service reads a roll-back request as the whole form of 000 with the line "
            + "manager's comments; returning it without comments is refused in the page, field by field, and with "
            + "them it is returned")
    void headOfServiceReadsTheRollBackForm() {
        LocalDate today = TODAY;
        String childId = CASE_NOTES.as("north.sw1").body(Map.of("givenName", "Rollback", "familyName",
                UniqueNames.next(), "dateOfBirth", "2019-03-02", "planType", "CLA", "planStartDate",
                today.minusDays(200).toString())).post("/children").then().statusCode(201).extract().path("id");
        String episode = startStep(childId, Map.of("kind", "LOOKED_AFTER_EPISODE", "startDate",
                today.minusDays(200).toString(), "details", Map.of("legalStatus", "C2")));
        startStep(childId, Map.of("kind", "ADOPTION_PLAN", "partOf", episode, "startDate",
                today.minusDays(10).toString(), "details", Map.of()));
        String reason = "The plan was recorded before the panel's recommendation " + UniqueNames.next();
        String rollBackId = CASE_NOTES.as("north.sw1").body(Map.of("reason", reason, "rollBackTo",
                today.minusDays(20).toString(), "impact", "Family finding pauses until the plan is made"))
                .post("/children/" + childId + "/roll-back-requests").then().statusCode(201).extract().path("id");
        String managerComments = "Agreed: the panel meets next week. " + UniqueNames.next();
        CASE_NOTES.as("north.tm").body(Map.of("comments", managerComments))
                .put("/children/" + childId + "/roll-back-requests/" + rollBackId + "/comments").then()
                .statusCode(200);
        String requestId = ApprovalInbox.awaitRequest("head.of.service", childId, "ROLL_BACK");

        Page page = signedIn("head.of.service", Viewport.LAPTOP);
        page.navigate(CONSOLE + "#/requests/" + requestId);
        Locator form = page.locator("#roll-back-form");
        assertThat(form).containsText(reason);
        assertThat(form).containsText("Family finding pauses until the plan is made");
        assertThat(form).containsText("Adoption plan");
        assertThat(page.locator("#manager-comments")).containsText(managerComments);
        AccessibilityScan.assertNoViolations(page, "a roll-back request");

        page.getByLabel("Return it to").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record decision")).click();
        assertThat(page.locator(".error-summary")).containsText("Give your comments");
        assertThat(page.locator("#comments-error")).isVisible();
        AccessibilityScan.assertNoViolations(page, "a decision with a mistake");
        APPROVALS.as("head.of.service").get("/approval-requests/" + requestId).then().statusCode(200)
                .body("state", equalTo("PENDING"));

        page.getByLabel("Comments").fill("Wait for the panel's recommendation, then ask again.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record decision")).click();
        assertThat(page.locator("#result-banner")).containsText("You returned this request");
        APPROVALS.as("head.of.service").get("/approval-requests/" + requestId).then().statusCode(200)
                .body("state", equalTo("RETURNED"));
    }

    // --- the journey's steps, through the APIs with real tokens ---

    record Child(String id, String givenName, String familyName) {
        String name() {
            return givenName + " " + familyName;
        }
    }

    /** A north child on a CP plan, allocated to north.sw1, whose practice manager is north.pm. */
    static Child registerChild() {
        String familyName = UniqueNames.next();
        Map<String, Object> body = Map.of("givenName", "Console", "familyName", familyName, "dateOfBirth",
                "2016-04-12", "planType", "CP", "planStartDate", CALENDAR.previousWorkingDay(TODAY.minusDays(3))
                        .toString());
        String id = CASE_NOTES.as("north.sw1").body(body).post("/children").then().statusCode(201).extract()
                .path("id");
        return new Child(id, "Console", familyName);
    }

    static String submitVisitNote(Child child, String narrative) {
        String noteId = CASE_NOTES.as("north.sw1").body(VisitNotes.statutoryVisit(TODAY, "CP statutory visit",
                narrative)).post("/children/" + child.id() + "/case-notes").then().statusCode(201).extract().path("id");
        CASE_NOTES.as("north.sw1").post("/case-notes/" + noteId + "/submit").then().statusCode(200);
        return noteId;
    }

    static void assertFinalWithComment(String noteId, String comment) {
        await().atMost(EVENTUALLY).untilAsserted(() -> CASE_NOTES.as("north.sw1").get("/case-notes/" + noteId)
                .then().statusCode(200).body("status", equalTo("FINAL"))
                .body("managementEntries.find { it.outcome == 'APPROVED' }.comments", equalTo(comment))
                .body("managementEntries.find { it.outcome == 'APPROVED' }.decidedBy.username", equalTo("north.pm")));
    }

    static String startStep(String childId, Map<String, Object> body) {
        return CASE_NOTES.as("north.sw1").body(body).post("/children/" + childId + "/pathway/steps").then()
                .statusCode(201).extract().path("id");
    }

    static String teamName(String team) {
        return APPROVALS.as("north.tm").get("/organisation/teams/" + team).then().statusCode(200).extract()
                .path("name");
    }

    // --- the browser ---

    /** A page signed in as {@code username} on Keycloak's own page, showing the inbox with live updates on. */
    Page signedIn(String username, Viewport viewport) {
        Page page = browser.newPage(viewport);
        opened.add(page);
        // What the page says went wrong goes into the test's output, where a failure is read.
        page.onPageError(error -> System.out.println("[console page error] " + error));
        page.onConsoleMessage(message -> {
            if (!"log".equals(message.type())) {
                System.out.println("[console " + message.type() + "] " + message.text());
            }
        });
        page.navigate(CONSOLE);
        KeycloakLogin.signIn(page, username);
        assertThat(page.locator("h1")).hasText("Inbox");
        assertThat(page.locator("#stream-state")).hasAttribute("data-state", "live");
        return page;
    }

    /**
     * The child's request among those that arrived live. A long inbox is oldest first, so a new request may be pages
     * away in the table; the page shows what arrived while it was open apart, at the top.
     */
    static Locator arrival(Page page, Child child) {
        return page.locator("#arrivals li").filter(new Locator.FilterOptions().setHasText(child.name()));
    }

    static String requestId(Locator item) {
        return item.getByRole(AriaRole.LINK).first().getAttribute("data-request");
    }

    /** Presses Tab until the condition (JavaScript) holds; a page that traps or loses the focus fails here. */
    static void tabUntil(Page page, String condition) {
        for (int presses = 0; presses < 60; presses++) {
            if ((Boolean) page.evaluate(condition)) {
                return;
            }
            page.keyboard().press("Tab");
        }
        throw new AssertionError("60 presses of Tab never reached: " + condition);
    }
}
