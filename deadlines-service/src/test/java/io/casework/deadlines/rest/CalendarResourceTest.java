package io.casework.deadlines.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

/** Public reference data: every call here is made without a token. */
@QuarkusTest
class CalendarResourceTest {

    @BeforeAll
    static void showFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }


    @Test
    @DisplayName("DOMAIN 19: the 2026 England and Wales bank holidays, Easter Monday, the summer holiday and the Boxing Day substitute included")
    void bankHolidays2026() {
        given().queryParam("year", 2026)
                .get("/calendar/bank-holidays")
                .then().statusCode(200)
                .body("$", hasSize(8))
                .body("date", hasItems("2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25",
                        "2026-08-31", "2026-12-25", "2026-12-28"))
                .body("find { it.date == '2026-12-28' }.substituteDay", is(true))
                .body("find { it.date == '2026-12-28' }.substituteFor", is("2026-12-26"));
    }

    @Test
    @DisplayName("DOMAIN 19: 10 working days from Monday 21 December 2026 skip Christmas, the substitute day and New Year's Day")
    void addOverChristmas() {
        given().queryParam("from", "2026-12-21").queryParam("add", 10)
                .get("/calendar/working-days")
                .then().statusCode(200)
                .body("from", is("2026-12-21"))
                .body("add", is(10))
                .body("date", is("2027-01-07"));
    }

    @Test
    @DisplayName("001 \"Timely\": Friday 22 May 2026 + 3 working days is Thursday 28 May, the spring bank holiday skipped")
    void threeOverSpringBankHoliday() {
        given().queryParam("from", "2026-05-22").queryParam("add", 3)
                .get("/calendar/working-days")
                .then().statusCode(200).body("date", is("2026-05-28"));
    }

    @Test
    @DisplayName("004 \"Setting A Due Date (Priority) for New C&F\": Monday 7 September 2026 + 45 working days is Monday 9 November")
    void fortyFive() {
        given().queryParam("from", "2026-09-07").queryParam("add", 45)
                .get("/calendar/working-days")
                .then().statusCode(200).body("date", is("2026-11-09"));
    }

    @Test
    @DisplayName("004 \"Recording Statutory Visits\": Friday 28 August 2026 + 5 working days is Monday 7 September, 31 August skipped")
    void fiveOverSummerBankHoliday() {
        given().queryParam("from", "2026-08-28").queryParam("add", 5)
                .get("/calendar/working-days")
                .then().statusCode(200).body("date", is("2026-09-07"));
    }

    @Test
    @DisplayName("a negative number of working days counts back")
    void subtract() {
        given().queryParam("from", "2027-01-07").queryParam("add", -10)
                .get("/calendar/working-days")
                .then().statusCode(200).body("date", is("2026-12-21"));
    }

    @Test
    @DisplayName("counting working days is the inverse of adding them")
    void count() {
        given().queryParam("from", "2026-12-21").queryParam("to", "2027-01-07")
                .get("/calendar/working-days/count")
                .then().statusCode(200).body("workingDays", is(10));
    }

    @Test
    @DisplayName("bad parameters: 400 problem naming the field")
    void badParameters() {
        given().queryParam("year", "twenty")
                .get("/calendar/bank-holidays")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("year"));
        given().get("/calendar/bank-holidays")
                .then().statusCode(400).body("violations.field", hasItem("year"));
        given().queryParam("year", 1900)
                .get("/calendar/bank-holidays")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("year"))
                .body("violations.message", hasItem(containsString("1971 to 2100")));
        given().queryParam("from", "21/12/2026").queryParam("add", 1)
                .get("/calendar/working-days")
                .then().statusCode(400).body("violations.field", hasItem("from"));
        given().queryParam("from", "2026-12-21")
                .get("/calendar/working-days")
                .then().statusCode(400).body("violations.field", hasItem("add"));
        given().queryParam("from", "2026-02-30").queryParam("to", "2026-03-02")
                .get("/calendar/working-days/count")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("from"))
                .body("violations.message", hasItem(containsString("must be a calendar date")));
    }
}
