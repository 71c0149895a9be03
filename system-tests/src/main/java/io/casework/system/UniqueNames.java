package io.casework.system;

import java.security.SecureRandom;
import java.util.Random;

/**
 * Names for the children a test or a load registers, each unlike any other run's: the duplicate check on registration
 * (one record per child) refuses a second child of the same name and date of birth, and tolerates small spelling
 * differences, so a counter ("Child 1", "Child 2") would not do. Ten random letters are far apart in spelling and in
 * sound.
 */
public final class UniqueNames {

    private static final Random RANDOM = new SecureRandom();

    private UniqueNames() {
    }

    public static String next() {
        StringBuilder name = new StringBuilder();
        name.append((char) ('A' + RANDOM.nextInt(26)));
        for (int i = 1; i < 10; i++) {
            name.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return name.toString();
    }
}
