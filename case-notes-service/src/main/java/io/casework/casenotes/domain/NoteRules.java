package io.casework.casenotes.domain;

import io.casework.contracts.NoteType;
import io.casework.contracts.PlanType;

import java.util.ArrayList;
import java.util.List;

import static io.casework.casenotes.domain.VisitRules.require;

/**
 * What a note of each type must hold, and may not hold, before it is submitted or finalised, from the seeds: the
 * sections its type needs (a visit, a contact, a KIT, information sharing, a significant event), every statement
 * classed and a third party's named, every sharing of information with its basis, every withholding with its reason.
 * {@link #strays} is what a draft is refused for at once: a section its type never carries.
 */
public final class NoteRules {

    private NoteRules() {
    }

    /** Sections the type never carries: refused whenever a version is saved, draft or not. */
    public static List<Violation> strays(NoteType type, NoteSections sections) {
        List<Violation> violations = new ArrayList<>();
        if (!type.visit() && sections.visit() != null) {
            violations.add(new Violation("visit", "only visit notes carry a visit section: remove it, or record "
                    + "the note as a visit"));
        }
        if (type.section() != NoteType.Section.CONTACT && sections.contact() != null) {
            violations.add(new Violation("contact", "only a CONTACT or PROFESSIONAL_CONTACT carries a contact "
                    + "section"));
        }
        if (type.section() != NoteType.Section.KEEP_IN_TOUCH && sections.keepInTouch() != null) {
            violations.add(new Violation("keepInTouch", "only a CARE_LEAVER_KIT carries a keep-in-touch section"));
        }
        if (type != NoteType.DISPUTE && sections.disputes() != null) {
            violations.add(new Violation("dispute", "only a DISPUTE records a dispute"));
        }
        return violations;
    }

    /** Everything a note of {@code type} about a child on {@code plan} (or unborn) lacks or gets wrong. */
    public static List<Violation> check(NoteType type, PlanType plan, boolean unborn, NoteSections sections) {
        List<Violation> violations = strays(type, sections);
        if (type.visit()) {
            violations.addAll(VisitRules.check(type, plan, unborn, sections.visit()));
        }
        if (type.section() == NoteType.Section.CONTACT) {
            contact(sections.contact(), violations);
        }
        if (type.section() == NoteType.Section.KEEP_IN_TOUCH) {
            keepInTouch(sections.keepInTouch(), violations);
        }
        if (type == NoteType.INFORMATION_SHARING && empty(sections.informationSharing())) {
            violations.add(new Violation("informationSharing", "001, 002 s.6: an information sharing note records "
                    + "what was shared, when, with whom, why and on what basis"));
        }
        if (type == NoteType.SIGNIFICANT_EVENT && sections.significantEvent() == null) {
            violations.add(new Violation("significantEvent", "003 s.6: a significant event note records what "
                    + "happened and who has been affected and how"));
        }
        if (type == NoteType.DISPUTE) {
            dispute(sections.disputes(), violations);
        }
        each(sections.statements(), "statements", NoteRules::statement, violations);
        each(sections.parentsAndCarers(), "parentsAndCarers", NoteRules::parentOrCarer, violations);
        each(sections.informationSharing(), "informationSharing", NoteRules::shared, violations);
        each(sections.withheld(), "withheld", NoteRules::withheld, violations);
        if (sections.interpreter() != null) {
            Interpreter interpreter = sections.interpreter();
            require(violations, interpreter.name(), "interpreter.name", "001, 003 s.4: record the interpreter's name");
            require(violations, interpreter.language(), "interpreter.language",
                    "record the language the interpreter interpreted");
            if (interpreter.source() == null) {
                violations.add(new Violation("interpreter.source", "001, 003 s.4: record whether the interpreter was "
                        + "contracted, a member of staff, family or a friend"));
            }
        }
        if (sections.significantEvent() != null) {
            require(violations, sections.significantEvent().whatHappened(), "significantEvent.whatHappened",
                    "003 s.6: record what happened");
            require(violations, sections.significantEvent().whoIsAffectedAndHow(),
                    "significantEvent.whoIsAffectedAndHow", "003 s.6: record who has been affected and how");
            each(sections.significantEvent().peopleAffected(), "significantEvent.peopleAffected",
                    NoteRules::personAffected, violations);
        }
        return violations;
    }

    private static void contact(ContactSection contact, List<Violation> violations) {
        if (contact == null) {
            violations.add(new Violation("contact", "001 \"Case Records\": a contact records how it was made and "
                    + "with whom"));
            return;
        }
        if (contact.method() == null) {
            violations.add(new Violation("contact.method", "001 \"Case Records\": record how the contact was made "
                    + "(a call, an attempted call, a meeting, a letter...)"));
        }
        require(violations, contact.withWhom(), "contact.withWhom", "001 \"Case Records\": record with whom");
    }

    private static void keepInTouch(KeepInTouchSection kit, List<Violation> violations) {
        if (kit == null) {
            violations.add(new Violation("keepInTouch", "004 \"Recording KIT Visits\": record in touch, main "
                    + "activity (EET) and accommodation"));
            return;
        }
        if (kit.inTouch() == null) {
            violations.add(new Violation("keepInTouch.inTouch", "004 \"Recording KIT Visits\": record whether the "
                    + "care leaver is in touch"));
        }
        if (kit.mainActivity() == null) {
            violations.add(new Violation("keepInTouch.mainActivity", "004 \"Recording KIT Visits\": record the main "
                    + "activity (EET)"));
        }
        require(violations, kit.accommodation(), "keepInTouch.accommodation",
                "004 \"Recording KIT Visits\": record the accommodation");
    }

    private static void dispute(Disputes dispute, List<Violation> violations) {
        if (dispute == null) {
            violations.add(new Violation("dispute", "002 s.5: a dispute records who disagrees and their view"));
            return;
        }
        if (dispute.raisedBy() == null) {
            violations.add(new Violation("dispute.raisedBy", "002 s.5: record who disagrees, by name and "
                    + "relationship"));
        } else {
            require(violations, dispute.raisedBy().name(), "dispute.raisedBy.name", "002 s.5: record who disagrees");
            require(violations, dispute.raisedBy().relationship(), "dispute.raisedBy.relationship",
                    "002 s.5: record their relationship to the child");
        }
        require(violations, dispute.theirWords(), "dispute.theirWords", "002 s.5, 003 s.5d: record their view in "
                + "their own words");
    }

    private static void statement(Statement statement, String at, List<Violation> violations) {
        require(violations, statement.text(), at + ".text", "record the statement");
        if (statement.kind() == null) {
            violations.add(new Violation(at + ".kind", "001 \"Accuracy\", 002 s.6: say whether it is a fact, "
                    + "opinion, assessment, judgement or decision"));
        }
        if (statement.source() == null) {
            violations.add(new Violation(at + ".source", "001 \"Accuracy\", 002 s.6: say whether it is first-hand "
                    + "or from a third party"));
        } else if (statement.source() == InformationSource.THIRD_PARTY) {
            require(violations, statement.sourceName(), at + ".sourceName",
                    "002 s.6: the source of third-party information must be recorded");
        }
    }

    private static void parentOrCarer(ParentOrCarerView view, String at, List<Violation> violations) {
        require(violations, view.name(), at + ".name", "001: record whose views these are");
        require(violations, view.relationship(), at + ".relationship", "record their relationship to the child");
        require(violations, view.views(), at + ".views", "001, 003 s.5b e: record their views as they gave them");
    }

    private static void personAffected(PersonAffected person, String at, List<Violation> violations) {
        require(violations, person.name(), at + ".name", "003 s.6: name the person affected");
        require(violations, person.relationship(), at + ".relationship",
                "003 s.6: record their relationship to the child");
    }

    private static void shared(InformationShared shared, String at, List<Violation> violations) {
        require(violations, shared.what(), at + ".what", "002 s.6: record what was shared");
        if (shared.sharedOn() == null) {
            violations.add(new Violation(at + ".sharedOn", "002 s.6: record when it was shared"));
        }
        Recipient to = shared.withWhom();
        if (to == null) {
            violations.add(new Violation(at + ".withWhom", "002 s.6: record with whom, with their job title and "
                    + "contact details"));
        } else {
            require(violations, to.name(), at + ".withWhom.name", "002 s.6: record their name");
            require(violations, to.jobTitle(), at + ".withWhom.jobTitle", "002 s.6: record their job title");
            require(violations, to.organisation(), at + ".withWhom.organisation", "record their organisation");
            require(violations, to.contact(), at + ".withWhom.contact", "002 s.6: record their contact details");
        }
        require(violations, shared.why(), at + ".why", "002 s.6: record why it was shared");
        if (shared.consent() == null) {
            violations.add(new Violation(at + ".consent", "001 \"Consent\": record whether consent was given, "
                    + "refused or not sought"));
        } else if (shared.consent().withoutConsent()) {
            require(violations, shared.reasonWithoutConsent(), at + ".reasonWithoutConsent",
                    "001 \"Consent\", 003 s.4: record why it was shared without consent");
        }
        if (shared.decidedBy() == null) {
            violations.add(new Violation(at + ".decidedBy", "001 \"Sharing of information\": record who made the "
                    + "decision"));
        }
    }

    private static void withheld(WithheldInformation withheld, String at, List<Violation> violations) {
        require(violations, withheld.what(), at + ".what", "002 s.8: record what is withheld");
        if (withheld.withheldFrom() == null) {
            violations.add(new Violation(at + ".withheldFrom", "002 s.8: record whom it is withheld from"));
        }
        if (withheld.reason() == null) {
            violations.add(new Violation(at + ".reason", "002 s.8: record the reason it is withheld"));
        }
        require(violations, withheld.explanation(), at + ".explanation", "002 s.8: the reasons should be recorded");
    }

    private interface ItemRule<T> {
        void check(T item, String at, List<Violation> violations);
    }

    private static <T> void each(List<T> items, String field, ItemRule<T> rule, List<Violation> violations) {
        if (items == null) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                violations.add(new Violation(field + "[" + i + "]", "must not be null"));
            } else {
                rule.check(items.get(i), field + "[" + i + "]", violations);
            }
        }
    }

    private static boolean empty(List<?> items) {
        return items == null || items.isEmpty();
    }
}
