package io.casework.backbone.rest;

import java.util.OptionalInt;

/**
 * The longest text a regular expression can match, for the simple patterns this suite validates parameters with
 * (ids, usernames, dates, cursors, alternatives such as {@code OPEN|MET}): literals, escapes, character classes,
 * groups, {@code ?} and bounded {@code {n}} / {@code {n,m}} repetition, top-level or grouped alternatives. A pattern
 * with unbounded repetition ({@code *}, {@code +}, {@code {n,}}) has no longest match, and gets none: its field
 * needs a maximum of its own. The OpenAPI documents state the result as the field's maxLength, which the pattern
 * the service enforces already guarantees.
 */
public final class PatternLengths {

    private final String pattern;
    private int position;

    private PatternLengths(String pattern) {
        this.pattern = pattern;
    }

    public static OptionalInt longestMatch(String pattern) {
        try {
            PatternLengths parser = new PatternLengths(pattern);
            int longest = parser.alternatives();
            return parser.position == pattern.length() ? OptionalInt.of(longest) : OptionalInt.empty();
        } catch (Unbounded | RuntimeException e) {
            return OptionalInt.empty();
        }
    }

    private int alternatives() throws Unbounded {
        int longest = sequence();
        while (position < pattern.length() && pattern.charAt(position) == '|') {
            position++;
            longest = Math.max(longest, sequence());
        }
        return longest;
    }

    private int sequence() throws Unbounded {
        int length = 0;
        while (position < pattern.length() && pattern.charAt(position) != '|' && pattern.charAt(position) != ')') {
            int atom = atom();
            length += atom * repetitions();
        }
        return length;
    }

    private int atom() throws Unbounded {
        char c = pattern.charAt(position++);
        switch (c) {
            case '^', '$' -> {
                return 0;
            }
            case '\\' -> {
                position++;
                return 1;
            }
            case '[' -> {
                if (pattern.charAt(position) == '^') {
                    position++;
                }
                // A ']' first in a class is a literal, then the class runs to the next unescaped ']'.
                position++;
                while (pattern.charAt(position) != ']') {
                    position += pattern.charAt(position) == '\\' ? 2 : 1;
                }
                position++;
                return 1;
            }
            case '(' -> {
                if (pattern.startsWith("?:", position)) {
                    position += 2;
                }
                int inner = alternatives();
                if (pattern.charAt(position++) != ')') {
                    throw new IllegalArgumentException("unclosed group");
                }
                return inner;
            }
            case '*', '+' -> throw new Unbounded();
            default -> {
                return 1;
            }
        }
    }

    private int repetitions() throws Unbounded {
        if (position >= pattern.length()) {
            return 1;
        }
        char c = pattern.charAt(position);
        if (c == '*' || c == '+') {
            throw new Unbounded();
        }
        if (c == '?') {
            position++;
            return 1;
        }
        if (c != '{') {
            return 1;
        }
        int close = pattern.indexOf('}', position);
        String[] bounds = pattern.substring(position + 1, close).split(",", -1);
        position = close + 1;
        if (bounds.length == 2 && bounds[1].isEmpty()) {
            throw new Unbounded();
        }
        return Integer.parseInt(bounds[bounds.length - 1].strip());
    }

    private static final class Unbounded extends Exception {
        Unbounded() {
            super(null, null, false, false);
        }
    }
}
