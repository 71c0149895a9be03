package io.casework.casenotes.domain.record;

import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Whether two names may be one person's, however they were typed: case, accents, hyphens, apostrophes and spaces do
 * not count ("Zoë O'Neill-Smith" is "zoe oneill smith"), and neither do small spelling differences (one slip, two in
 * a long name) or spellings that sound the same (Double Metaphone: "Mohamed" and "Muhammad"). Used by the duplicate
 * check on registration and by the name search of the caseload.
 */
public final class NameMatching {

    /**
     * Names of four letters or more tolerate one slip ("Katherine", "Catherine"); long ones two, if they begin alike
     * ("Harrison", "Harisson", but not "Morrison"); very short ones none ("Ava" is not "Eva").
     */
    private static final int TWO_SLIPS_FROM = 8;
    private static final int ONE_SLIP_FROM = 4;
    /** Sounding alike is not enough on its own: "Ava" and "Eve" sound alike and are two girls. */
    private static final double SOUNDS_ALIKE_SIMILARITY = 0.8;
    private static final int SOUND_LENGTH = 8;

    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();
    private static final LevenshteinDistance SLIPS = new LevenshteinDistance(2);
    private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

    static {
        METAPHONE.setMaxCodeLen(SOUND_LENGTH);
    }

    private NameMatching() {
    }

    /** How two names compare. */
    public enum Likeness {
        SAME("the same"), SPELT_ALIKE("spelt alike"), SOUNDS_ALIKE("sounding alike"), DIFFERENT("different");

        private final String words;

        Likeness(String words) {
            this.words = words;
        }

        public boolean alike() {
            return this != DIFFERENT;
        }

        /** As a worker reads it: "family name spelt alike". */
        public String words() {
            return words;
        }
    }

    /** The name in letters only, lower case, without accents: the form names are compared in. */
    public static String normalise(String name) {
        return words(name).collect(Collectors.joining());
    }

    /** The words of a name, each in letters only, lower case, without accents; hyphens and spaces part them. */
    public static Stream<String> words(String name) {
        if (name == null) {
            return Stream.empty();
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", "");
        return Arrays.stream(plain.split("[^\\p{L}]+")).filter(word -> !word.isEmpty());
    }

    public static Likeness compare(String a, String b) {
        String x = normalise(a);
        String y = normalise(b);
        if (x.isEmpty() || y.isEmpty()) {
            return Likeness.DIFFERENT;
        }
        if (x.equals(y)) {
            return Likeness.SAME;
        }
        int shorter = Math.min(x.length(), y.length());
        int allowed = shorter >= TWO_SLIPS_FROM && x.charAt(0) == y.charAt(0) ? 2 : shorter >= ONE_SLIP_FROM ? 1 : 0;
        int slips = SLIPS.apply(x, y);
        if (slips >= 0 && slips <= allowed) {
            return Likeness.SPELT_ALIKE;
        }
        if (soundsAlike(x, y) && SIMILARITY.apply(x, y) >= SOUNDS_ALIKE_SIMILARITY) {
            return Likeness.SOUNDS_ALIKE;
        }
        return Likeness.DIFFERENT;
    }

    /**
     * The best likeness of any word of one name to any word of the others, or of the whole names: "Mary Jane" is
     * like "Mary", and a child known by a middle or preferred name is still found.
     */
    public static Likeness compareAny(String name, String... others) {
        Likeness best = Likeness.DIFFERENT;
        Set<String> mine = forms(name);
        for (String other : others) {
            for (String word : mine) {
                for (String theirs : forms(other)) {
                    Likeness likeness = compare(word, theirs);
                    if (likeness.ordinal() < best.ordinal()) {
                        best = likeness;
                    }
                }
            }
        }
        return best;
    }

    /**
     * The words a name search finds this child by, space-separated with a space at each end: every word of every
     * name, and each name whole (so "oneill" and "neill" both find O'Neill).
     */
    public static String searchWords(String... names) {
        Set<String> words = new LinkedHashSet<>();
        Arrays.stream(names).filter(Objects::nonNull).forEach(name -> words.addAll(forms(name)));
        return " " + String.join(" ", words) + " ";
    }

    /** How each of those words sounds, in the same form: a search finds "Katherine" by "Catherine". */
    public static String searchSounds(String... names) {
        Set<String> sounds = new LinkedHashSet<>();
        Arrays.stream(names).filter(Objects::nonNull).forEach(name -> forms(name).forEach(word -> {
            String sound = sound(word);
            if (!sound.isEmpty()) {
                sounds.add(sound);
            }
        }));
        return " " + String.join(" ", sounds) + " ";
    }

    /** How a word sounds, as {@link #searchSounds} keeps it; empty for a word with no sound to speak of. */
    public static String sound(String word) {
        String code = METAPHONE.doubleMetaphone(normalise(word));
        return code == null ? "" : code;
    }

    private static boolean soundsAlike(String x, String y) {
        return METAPHONE.isDoubleMetaphoneEqual(x, y, false) || METAPHONE.isDoubleMetaphoneEqual(x, y, true);
    }

    private static Set<String> forms(String name) {
        Set<String> forms = new LinkedHashSet<>();
        words(name).forEach(forms::add);
        String whole = normalise(name);
        if (!whole.isEmpty()) {
            forms.add(whole);
        }
        return forms;
    }
}
