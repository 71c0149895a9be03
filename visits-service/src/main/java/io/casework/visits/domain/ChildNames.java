package io.casework.visits.domain;

/**
 * A child's given and family names as case-notes-service announced them. A registration announced before the names
 * came apart carried only the display name, "given family": its family name is taken to be the last word, a reading
 * that can be wrong for a family name of several words, until the record's next change announces the names apart.
 */
public record ChildNames(String givenName, String familyName) {

    public static ChildNames of(String givenName, String familyName, String displayName) {
        if (givenName != null && familyName != null) {
            return new ChildNames(givenName, familyName);
        }
        String name = displayName.strip();
        int last = name.lastIndexOf(' ');
        return last < 0 ? new ChildNames(name, "") : new ChildNames(name.substring(0, last).strip(),
                name.substring(last + 1));
    }

    public String displayName() {
        return familyName.isEmpty() ? givenName : givenName + " " + familyName;
    }
}
