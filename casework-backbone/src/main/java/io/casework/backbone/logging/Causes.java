package io.casework.backbone.logging;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A failure's chain of causes, for deciding what it means and for saying in one line what it was. */
public final class Causes {

    private Causes() {
    }

    /** The failure and each of its causes, outermost first; stops at a cycle. */
    public static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    /** The outermost failure in the chain of the given type. */
    public static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
        return chain(failure).stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /** The innermost cause as {@code SimpleName: message}: usually the line that says what actually went wrong. */
    public static String root(Throwable failure) {
        List<Throwable> chain = chain(failure);
        Throwable root = chain.get(chain.size() - 1);
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
