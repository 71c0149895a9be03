package io.casework.timescales;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The working days every timescale counts in (DOMAIN rule 19): Monday to Friday, less the
 * England and Wales bank holidays, substitute days included.
 *
 * <p>The suite keeps exactly one of these so that a case note marked late, a visit's due date
 * and a tracked deadline can never disagree about which days count. Holidays come from
 * jollyday's United Kingdom calendar with the subdivision {@code eng}: the code {@code en}
 * is accepted by jollyday but silently loses Easter Monday and the summer bank holiday.
 * Wales keeps the same bank holidays as England, so one calendar serves both.
 *
 * <p>A bank holiday proclaimed or moved after jollyday's data was written is added as data, not
 * code: first from {@value #EXTRA_DAYS} in this library (released like any rule change), then
 * from an optional file a deployment names in the system property {@value #OVERRIDE_PROPERTY}
 * or the environment variable {@value #OVERRIDE_VARIABLE}, in the same format. A day already kept
 * is counted once, whichever file lists it again.
 *
 * <p>Thread-safe. Each year's holidays are worked out once and then held, so the counting
 * methods are cheap map look-ups.
 */
public final class WorkingDayCalendar {

    /** The library's own file of proclaimed and moved bank holidays, on the classpath. */
    public static final String EXTRA_DAYS = "timescales/calendar/extra-bank-holidays.json";
    /** The system property naming a deployment's own bank holiday file. */
    public static final String OVERRIDE_PROPERTY = "casework.extra-bank-holidays";
    /** The environment variable naming a deployment's own bank holiday file, read when the property is unset. */
    public static final String OVERRIDE_VARIABLE = "CASEWORK_EXTRA_BANK_HOLIDAYS";

    /** The subdivision of jollyday's GB calendar that holds England's (and Wales's) holidays. */
    static final String ENGLAND = "eng";

    /** What the version calls a deployment's file: its content counts, not where it is mounted. */
    static final String OVERRIDE_LABEL = "deployment override";
    private static final String JOLLYDAY_POM = "META-INF/maven/de.focus-shift/jollyday-core/pom.properties";

    private static final HolidayManager UNITED_KINGDOM =
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));

    private static volatile WorkingDayCalendar shared;

    private final HolidayManager holidays;
    private final String subdivision;
    private final List<ExtraBankHoliday> extraDays;
    private final Map<String, String> data;
    private final Map<Integer, Map<LocalDate, BankHoliday>> byYear = new ConcurrentHashMap<>();

    private WorkingDayCalendar(HolidayManager holidays, String subdivision, List<DataFile> files) {
        this.holidays = holidays;
        this.subdivision = subdivision;
        List<String> problems = new ArrayList<>();
        ExtraBankHolidayReader reader = new ExtraBankHolidayReader(date -> jollydayKeeps(holidays, subdivision, date));
        Map<LocalDate, ExtraBankHoliday> days = new LinkedHashMap<>();
        Map<String, String> data = new LinkedHashMap<>();
        data.put("jollyday-core", jollydayVersion());
        for (DataFile file : files) {
            // putIfAbsent: a day the library already lists is not added a second time by the deployment's file.
            reader.read(file.name(), file.content(), problems).forEach(day -> days.putIfAbsent(day.date(), day));
            data.put(file.label(), file.content());
        }
        if (!problems.isEmpty()) {
            throw new BankHolidayFileException(problems);
        }
        this.extraDays = List.copyOf(days.values());
        this.data = Collections.unmodifiableMap(data);
    }

    /**
     * The one England and Wales calendar, shared: jollyday, this library's extra days and the deployment's
     * file when one is configured. Built on first use.
     *
     * @throws BankHolidayFileException when a bank holiday file is missing or invalid, so a service fails
     *         at start-up rather than count from a calendar it could not read
     */
    public static WorkingDayCalendar englandAndWales() {
        WorkingDayCalendar calendar = shared;
        if (calendar == null) {
            synchronized (WorkingDayCalendar.class) {
                if (shared == null) {
                    shared = englandAndWales(configuredOverride(System::getProperty, System::getenv));
                }
                calendar = shared;
            }
        }
        return calendar;
    }

    /** A new calendar from jollyday, this library's extra days and the given deployment file, if any. */
    public static WorkingDayCalendar englandAndWales(Optional<Path> override) {
        List<DataFile> files = new ArrayList<>();
        files.add(new DataFile(EXTRA_DAYS, EXTRA_DAYS, readResource(EXTRA_DAYS)));
        override.ifPresent(path -> files.add(new DataFile(path.toString(), OVERRIDE_LABEL, readFile(path))));
        return new WorkingDayCalendar(UNITED_KINGDOM, ENGLAND, files);
    }

    /**
     * A calendar from jollyday and exactly the given bank holiday files (content keyed by file name, read in
     * the map's order). For tests, and for a service that keeps its bank holiday files elsewhere.
     */
    public static WorkingDayCalendar fromJson(Map<String, String> contentByFileName) {
        List<DataFile> files = new ArrayList<>();
        contentByFileName.forEach((name, content) -> files.add(new DataFile(name, name, content)));
        return new WorkingDayCalendar(UNITED_KINGDOM, ENGLAND, files);
    }

    /** The deployment's file named by the property or, failing that, the environment variable; blank means none. */
    static Optional<Path> configuredOverride(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        String configured = properties.apply(OVERRIDE_PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = environment.apply(OVERRIDE_VARIABLE);
        }
        return configured == null || configured.isBlank() ? Optional.empty() : Optional.of(Path.of(configured.trim()));
    }

    /** The days the bank holiday files add or move, in the order read; a day listed twice appears once. */
    public List<ExtraBankHoliday> extraBankHolidays() {
        return extraDays;
    }

    /**
     * What the calendar was built from, label to content, for {@link RuleSetRegistry#version()}: jollyday's
     * version and each bank holiday file read. A deployment's file is labelled by its role, not its path, so
     * replicas mounting the same content elsewhere report the same version.
     */
    Map<String, String> data() {
        return data;
    }

    /** True on a weekday that is not an England and Wales bank holiday (or substitute day). */
    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isBankHoliday(date);
    }

    /** True when the date is kept as a bank holiday (a substitute day counts; the weekend day it replaces does not). */
    public boolean isBankHoliday(LocalDate date) {
        return holidaysOf(date.getYear()).containsKey(date);
    }

    /**
     * The date {@code n} working days after {@code start}, the start day itself not counted:
     * "within 3 working days of the visit" on a Friday runs Monday, Tuesday, Wednesday.
     *
     * <p>{@code n = 0} gives {@code start} when it is a working day and otherwise the next
     * working day: "on the day" for an event on a Saturday can only be met on the Monday, so
     * a zero timescale never lands on a day the office is shut.
     *
     * @throws IllegalArgumentException if {@code n} is negative; count backwards with
     *         {@link #subtractWorkingDays(LocalDate, int)}
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        requireNotNegative(n);
        if (n == 0) {
            return isWorkingDay(start) ? start : nextWorkingDay(start);
        }
        LocalDate date = start;
        for (int counted = 0; counted < n; counted++) {
            date = nextWorkingDay(date);
        }
        return date;
    }

    /**
     * The date {@code n} working days before {@code end}, the end day not counted: a report due
     * "3 working days before the conference" on a Tuesday is due the Thursday before.
     *
     * <p>{@code n = 0} gives {@code end} when it is a working day and otherwise the working day
     * before it, the mirror of {@link #addWorkingDays(LocalDate, int)}.
     */
    public LocalDate subtractWorkingDays(LocalDate end, int n) {
        Objects.requireNonNull(end, "end");
        requireNotNegative(n);
        if (n == 0) {
            return isWorkingDay(end) ? end : previousWorkingDay(end);
        }
        LocalDate date = end;
        for (int counted = 0; counted < n; counted++) {
            date = previousWorkingDay(date);
        }
        return date;
    }

    /**
     * How many working days lie after {@code from} up to and including {@code to}, the same
     * counting as {@link #addWorkingDays}: when {@code to} is a working day,
     * {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}. Negative when {@code to} is
     * before {@code from}; zero for the same day.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }

    /** The first working day strictly after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate next = date.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /** The last working day strictly before {@code date}. */
    public LocalDate previousWorkingDay(LocalDate date) {
        LocalDate previous = date.minusDays(1);
        while (!isWorkingDay(previous)) {
            previous = previous.minusDays(1);
        }
        return previous;
    }

    /** The year's England and Wales bank holidays in date order, substitute days included. */
    public List<BankHoliday> bankHolidays(Year year) {
        Objects.requireNonNull(year, "year");
        return holidaysOf(year.getValue()).values().stream()
                .sorted(Comparator.comparing(BankHoliday::date))
                .toList();
    }

    private Map<LocalDate, BankHoliday> holidaysOf(int year) {
        return byYear.computeIfAbsent(year, this::load);
    }

    private Map<LocalDate, BankHoliday> load(int year) {
        Map<LocalDate, BankHoliday> days = new HashMap<>();
        for (BankHoliday holiday : jollydayHolidays(holidays, subdivision, year)) {
            days.putIfAbsent(holiday.date(), holiday);
        }
        for (ExtraBankHoliday extra : extraDays) {
            extra.replaces().filter(replaced -> replaced.getYear() == year).ifPresent(days::remove);
        }
        for (ExtraBankHoliday extra : extraDays) {
            if (extra.date().getYear() == year) {
                // A day jollyday already keeps stays as jollyday names it: counted once either way.
                days.putIfAbsent(extra.date(), extra.asBankHoliday());
            }
        }
        return Map.copyOf(days);
    }

    private static boolean jollydayKeeps(HolidayManager holidays, String subdivision, LocalDate date) {
        return jollydayHolidays(holidays, subdivision, date.getYear()).stream()
                .anyMatch(holiday -> holiday.date().equals(date));
    }

    private static List<BankHoliday> jollydayHolidays(HolidayManager holidays, String subdivision, int year) {
        // jollyday does not promise that its manager is safe for concurrent use; this runs once
        // per year looked up (and once per moved day while a calendar is built), so a lock costs nothing.
        Set<Holiday> found;
        synchronized (holidays) {
            found = holidays.getHolidays(Year.of(year), subdivision);
        }
        // jollyday's getDate() is the day kept (the substitute Monday or Tuesday when the
        // holiday falls at a weekend); getActualDate() is the day the holiday itself falls on.
        return found.stream()
                .map(WorkingDayCalendar::toBankHoliday)
                // The cache is keyed by the year of the date looked up, so it may only hold that year's days.
                .filter(holiday -> holiday.date().getYear() == year)
                .toList();
    }

    private static BankHoliday toBankHoliday(Holiday holiday) {
        String name = holiday.getDescription(Locale.UK);
        boolean substitute = !holiday.getDate().equals(holiday.getActualDate());
        return new BankHoliday(holiday.getDate(), substitute ? name + " (substitute day)" : name,
                holiday.getActualDate());
    }

    private static String readResource(String resource) {
        try (InputStream in = WorkingDayCalendar.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new BankHolidayFileException(List.of(resource + ": not found on the classpath"));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static String readFile(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BankHolidayFileException(List.of(path + " (named by " + OVERRIDE_PROPERTY + " or "
                    + OVERRIDE_VARIABLE + "): cannot be read: " + e));
        }
    }

    /** jollyday's release, so that upgrading it (which can change the holidays) changes the version too. */
    private static String jollydayVersion() {
        try (InputStream in = HolidayManager.class.getClassLoader().getResourceAsStream(JOLLYDAY_POM)) {
            if (in == null) {
                return "unknown";
            }
            Properties pom = new Properties();
            pom.load(in);
            return pom.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** One bank holiday file: the name problems are reported under, the label the version records, its text. */
    private record DataFile(String name, String label, String content) {
    }

    private static void requireNotNegative(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("a number of working days cannot be negative: " + n);
        }
    }
}
