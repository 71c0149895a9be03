package io.casework.load;

/** A child registered for a run, on the caseload of the worker who registered it. */
record Child(String id, String worker) {

    String team() {
        return teamOf(worker);
    }

    /** A demo user's team: the demo realm names each member of a team {@code <team>.<post>}. */
    static String teamOf(String person) {
        return person.substring(0, person.indexOf('.'));
    }
}
