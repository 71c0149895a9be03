package io.casework.casenotes.domain;

import java.time.LocalDate;
import java.time.Period;

/**
 * What a court chronology shows of a significant event (003 s.6c, DOMAIN.md rule 5): "A Court chronology should cover
 * the last 2 years. Reference to events prior to the last 2 years should be brief and concise e.g. Date, Mrs X had
 * child removed". Which entries it leaves out altogether is {@link RoutineRecording}'s.
 */
public final class CourtChronologyRules {

    /** How far back from the day it is produced the chronology shows events in full. */
    public static final Period IN_FULL = Period.ofYears(2);

    /** The longest one-line summary of an earlier event, in characters, its ellipsis included. */
    public static final int ONE_LINE = 120;

    private static final String ELLIPSIS = "…";

    private CourtChronologyRules() {
    }

    /**
     * The first day shown in full when the chronology is produced on {@code producedOn}: the same day two years
     * before (29 February two years before a 28 February is the 28th), so an event on that day is in full.
     */
    public static LocalDate inFullFrom(LocalDate producedOn) {
        return producedOn.minus(IN_FULL);
    }

    /** Whether an event on {@code eventDate} is shown in full in a chronology produced on {@code producedOn}. */
    public static boolean inFull(LocalDate eventDate, LocalDate producedOn) {
        return !eventDate.isBefore(inFullFrom(producedOn));
    }

    /**
     * An earlier event in one line, beside its date: the first sentence of what happened, on one line, cut at a word
     * to at most {@link #ONE_LINE} characters with an ellipsis when longer ("brief and concise").
     */
    public static String oneLine(String whatHappened) {
        if (whatHappened == null || whatHappened.isBlank()) {
            return "";
        }
        String line = whatHappened.strip().replaceAll("\\s+", " ");
        int sentenceEnd = firstSentenceEnd(line);
        if (sentenceEnd > 0) {
            line = line.substring(0, sentenceEnd);
        }
        if (line.length() <= ONE_LINE) {
            return line;
        }
        int room = ONE_LINE - ELLIPSIS.length();
        int cut = line.lastIndexOf(' ', room);
        String kept = (cut > room / 2 ? line.substring(0, cut) : line.substring(0, room)).stripTrailing();
        return kept.replaceAll("[,;:.\\-]+$", "") + ELLIPSIS;
    }

    /** Where the first sentence ends (after its full stop, question or exclamation mark), or -1 if it does not. */
    private static int firstSentenceEnd(String line) {
        for (int i = 0; i < line.length() - 1; i++) {
            char c = line.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && line.charAt(i + 1) == ' ' && !abbreviation(line, i)) {
                return i + 1;
            }
        }
        return -1;
    }

    /** "Mr. B", "Dr. Shah", "St. Mary's": a full stop after a title is not a sentence's end. */
    private static boolean abbreviation(String line, int stop) {
        int start = line.lastIndexOf(' ', stop - 1) + 1;
        String word = line.substring(start, stop);
        return word.length() <= 3 && !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }
}
