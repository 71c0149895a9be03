package io.casework.timescales;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bank holidays proclaimed or moved after jollyday's data was written, kept as data (DOMAIN 19). */
class BankHolidayFilesTest {

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static String entry(String date, String name, String more) {
        return """
                { "date": "%s", "name": "%s", %s"source": "announced for the test" }""".formatted(date, name, more);
    }

    private static WorkingDayCalendar withFile(String content) {
        return WorkingDayCalendar.fromJson(Map.of("extra.json", content));
    }

    private static String versionOn(WorkingDayCalendar calendar) {
        return RuleSetRegistry.load(BankHolidayFilesTest.class.getClassLoader(), RuleSetRegistry.DEFAULT_DIRECTORY,
                calendar).version();
    }

    @Nested
    @DisplayName("The days proclaimed in 2022 and 2023")
    class Proclaimed {

        @Test
        @DisplayName("DOMAIN 19: jollyday alone keeps 2 and 3 June 2022 (the moved spring bank holiday and the Jubilee),"
                + " 19 September 2022 (the State Funeral) and 8 May 2023 (the coronation), so the library's file adds none")
        void jollydayKeepsThem() {
            WorkingDayCalendar jollydayOnly = WorkingDayCalendar.fromJson(Map.of());
            for (LocalDate day : new LocalDate[] {date(2022, 6, 2), date(2022, 6, 3), date(2022, 9, 19), date(2023, 5, 8)}) {
                assertThat(jollydayOnly.isWorkingDay(day)).as(day.toString()).isFalse();
            }
            // The spring bank holiday moved away from its usual last Monday of May.
            assertThat(jollydayOnly.isWorkingDay(date(2022, 5, 30))).isTrue();
        }

        @Test
        @DisplayName("DOMAIN 19: on the shared calendar the four proclaimed or moved days are not working days")
        void notWorkingDays() {
            WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
            assertThat(calendar.isWorkingDay(date(2022, 6, 2))).isFalse();
            assertThat(calendar.isWorkingDay(date(2022, 6, 3))).isFalse();
            assertThat(calendar.isWorkingDay(date(2022, 9, 19))).isFalse();
            assertThat(calendar.isWorkingDay(date(2023, 5, 8))).isFalse();
            assertThat(calendar.isWorkingDay(date(2022, 5, 30))).isTrue();
            // Wednesday 1 June 2022 + 1 working day steps over the two June days and the weekend.
            assertThat(calendar.addWorkingDays(date(2022, 6, 1), 1)).isEqualTo(date(2022, 6, 6));
        }
    }

    @Nested
    @DisplayName("A day added by a file")
    class Added {

        private final WorkingDayCalendar calendar = withFile("[" + entry("2026-06-12", "A proclaimed day", "") + "]");

        @Test
        @DisplayName("DOMAIN 19: is not a working day, is listed among the year's bank holidays and is skipped when counting")
        void notAWorkingDay() {
            assertThat(calendar.isWorkingDay(date(2026, 6, 12))).isFalse();
            assertThat(calendar.bankHolidays(Year.of(2026)))
                    .anySatisfy(holiday -> {
                        assertThat(holiday.date()).isEqualTo(date(2026, 6, 12));
                        assertThat(holiday.name()).isEqualTo("A proclaimed day");
                        assertThat(holiday.isSubstituteDay()).isFalse();
                    })
                    .hasSize(9);
            // Thursday 11 June + 1 working day is the Monday after the added Friday.
            assertThat(calendar.addWorkingDays(date(2026, 6, 11), 1)).isEqualTo(date(2026, 6, 15));
            assertThat(WorkingDayCalendar.englandAndWales().isWorkingDay(date(2026, 6, 12))).isTrue();
        }

        @Test
        @DisplayName("changes the version of the rules and calendar; the same files give the same version")
        void changesTheVersion() {
            String without = versionOn(withFile("[]"));
            assertThat(versionOn(calendar)).matches("rules-[0-9a-f]{12}").isNotEqualTo(without);
            assertThat(versionOn(withFile("[" + entry("2026-06-12", "A proclaimed day", "") + "]")))
                    .isEqualTo(versionOn(calendar));
            assertThat(versionOn(withFile("[]"))).isEqualTo(without);
            // jollyday's release is part of what the version covers: an upgrade can add or move a holiday.
            assertThat(calendar.data().get("jollyday-core")).matches("\\d+\\.\\d+.*");
        }

        @Test
        @DisplayName("a moved day: the day it replaces becomes a working day again")
        void moved() {
            WorkingDayCalendar moved = withFile("[" + entry("2026-05-28", "Spring bank holiday",
                    "\"replaces\": \"2026-05-25\", ") + "]");
            assertThat(moved.isWorkingDay(date(2026, 5, 25))).isTrue();
            assertThat(moved.isWorkingDay(date(2026, 5, 28))).isFalse();
            assertThat(moved.bankHolidays(Year.of(2026))).hasSize(8);
            assertThat(moved.extraBankHolidays()).singleElement()
                    .satisfies(day -> assertThat(day.replaces()).contains(date(2026, 5, 25)));
        }
    }

    @Nested
    @DisplayName("A day already known")
    class CountedOnce {

        @Test
        @DisplayName("DOMAIN 19: a day jollyday keeps and a file lists too is counted once")
        void inJollydayAndTheFile() {
            WorkingDayCalendar calendar = withFile("[" + entry("2026-08-31", "Summer bank holiday", "") + ","
                    + entry("2022-06-03", "Platinum Jubilee bank holiday", "") + "]");
            assertThat(calendar.bankHolidays(Year.of(2026))).hasSize(8);
            assertThat(calendar.bankHolidays(Year.of(2022)))
                    .filteredOn(holiday -> holiday.date().equals(date(2022, 6, 3))).hasSize(1);
            // 2026 has 261 weekdays less 8 bank holidays, as on the shared calendar.
            assertThat(calendar.workingDaysBetween(date(2025, 12, 31), date(2026, 12, 31))).isEqualTo(253);
        }

        @Test
        @DisplayName("a day the library's file and the deployment's file both list is counted once, as the library names it")
        void inBothFiles() {
            Map<String, String> files = new LinkedHashMap<>();
            files.put("library.json", "[" + entry("2026-06-12", "A proclaimed day", "") + "]");
            files.put("override.json", "[" + entry("2026-06-12", "The same day again", "") + "]");
            WorkingDayCalendar calendar = WorkingDayCalendar.fromJson(files);
            assertThat(calendar.extraBankHolidays()).singleElement()
                    .satisfies(day -> assertThat(day.origin()).isEqualTo("library.json"));
            assertThat(calendar.bankHolidays(Year.of(2026))).hasSize(9)
                    .anySatisfy(holiday -> assertThat(holiday.name()).isEqualTo("A proclaimed day"));
        }
    }

    @Nested
    @DisplayName("A deployment's own file")
    class Override {

        @TempDir
        Path dir;

        private Path write(String name, String content) throws IOException {
            return Files.writeString(dir.resolve(name), content);
        }

        @Test
        @DisplayName("DOMAIN 19: its day is not a working day; its content, not where it is mounted, sets the version")
        void read() throws IOException {
            String content = "[" + entry("2026-06-12", "A proclaimed day", "") + "]";
            WorkingDayCalendar here = WorkingDayCalendar.englandAndWales(Optional.of(write("here.json", content)));
            WorkingDayCalendar there = WorkingDayCalendar.englandAndWales(Optional.of(write("there.json", content)));
            assertThat(here.isWorkingDay(date(2026, 6, 12))).isFalse();
            assertThat(versionOn(here)).isEqualTo(versionOn(there))
                    .isNotEqualTo(versionOn(WorkingDayCalendar.englandAndWales(Optional.empty())));
        }

        @Test
        @DisplayName("a bad date fails, naming the file, the entry and the field")
        void badDate() throws IOException {
            Path file = write("bank-holidays.json", "[" + entry("2026-06-12", "A proclaimed day", "") + ","
                    + entry("2026-02-30", "A day that does not exist", "") + "]");
            assertThatThrownBy(() -> WorkingDayCalendar.englandAndWales(Optional.of(file)))
                    .isInstanceOfSatisfying(BankHolidayFileException.class, e -> assertThat(e.problems())
                            .singleElement().satisfies(problem -> assertThat(problem)
                                    .startsWith(file + ", entry 2 (\"A day that does not exist\"): \"date\"")
                                    .contains("'2026-02-30'")));
        }

        @Test
        @DisplayName("a file that is not there fails, naming it and the setting that named it")
        void missing() {
            Path file = dir.resolve("absent.json");
            assertThatThrownBy(() -> WorkingDayCalendar.englandAndWales(Optional.of(file)))
                    .isInstanceOf(BankHolidayFileException.class)
                    .hasMessageContaining(file.toString())
                    .hasMessageContaining(WorkingDayCalendar.OVERRIDE_VARIABLE);
        }

        @Test
        @DisplayName("the system property names it, else the environment variable; blank means none")
        void configured() {
            assertThat(WorkingDayCalendar.configuredOverride(name -> "/etc/a.json", name -> "/etc/b.json"))
                    .contains(Path.of("/etc/a.json"));
            assertThat(WorkingDayCalendar.configuredOverride(name -> null, name -> "/etc/b.json"))
                    .contains(Path.of("/etc/b.json"));
            assertThat(WorkingDayCalendar.configuredOverride(name -> " ", name -> "")).isEmpty();
        }
    }

    @Nested
    @DisplayName("A bad file")
    class Rejected {

        @Test
        @DisplayName("every problem is reported at once, each naming the file, the entry and the field")
        void allProblems() {
            String content = "["
                    + "{ \"date\": \"2026-06-13\", \"name\": \"On a Saturday\", \"source\": \"s\" },"
                    + "{ \"date\": \"2026-06-15\", \"source\": \"s\" },"
                    + "{ \"date\": \"2026-06-16\", \"name\": \"No source\" },"
                    + "{ \"date\": \"2026-06-17\", \"name\": \"Misspelt\", \"replace\": \"2026-05-25\", \"source\": \"s\" },"
                    + "{ \"date\": \"2026-06-18\", \"name\": \"Moves nothing\", \"replaces\": \"2026-05-26\", \"source\": \"s\" },"
                    + "{ \"date\": \"2026-06-19\", \"name\": \"Twice\", \"source\": \"s\" },"
                    + "{ \"date\": \"2026-06-19\", \"name\": \"Twice\", \"source\": \"s\" }"
                    + "]";
            assertThatThrownBy(() -> withFile(content))
                    .isInstanceOfSatisfying(BankHolidayFileException.class, e -> assertThat(e.problems())
                            .hasSize(6)
                            .anySatisfy(p -> assertThat(p).startsWith("extra.json, entry 1").contains("saturday"))
                            .anySatisfy(p -> assertThat(p).startsWith("extra.json, entry 2:").contains("\"name\" is missing"))
                            .anySatisfy(p -> assertThat(p).startsWith("extra.json, entry 3").contains("\"source\" is missing"))
                            .anySatisfy(p -> assertThat(p).startsWith("extra.json, entry 4").contains("unknown field \"replace\""))
                            .anySatisfy(p -> assertThat(p).startsWith("extra.json, entry 5").contains("2026-05-26"))
                            .anySatisfy(p -> assertThat(p).startsWith("extra.json, entry 7").contains("more than once")));
        }

        @Test
        @DisplayName("a file that is not a JSON array is refused, not read as no days")
        void notAnArray() {
            assertThatThrownBy(() -> withFile("{ \"date\": \"2026-06-12\" }"))
                    .isInstanceOf(BankHolidayFileException.class)
                    .hasMessageContaining("extra.json: must be a JSON array");
            assertThatThrownBy(() -> withFile("[ { \"date\": "))
                    .isInstanceOf(BankHolidayFileException.class)
                    .hasMessageContaining("extra.json: not valid JSON");
        }
    }
}
