package io.casework.visits.service;

import io.casework.contracts.EventType;
import io.casework.contracts.VisitKind;
import io.casework.contracts.events.KeepInTouchRecorded;
import io.casework.visits.domain.KitReturn;
import io.casework.visits.domain.VisitFacts;
import io.casework.visits.repository.Child;
import io.casework.visits.repository.KitContact;
import io.casework.visits.repository.KitContactRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Optional;

/**
 * A care leaver's keep-in-touch contacts (004 "Recording KIT Visits"): each is kept with its in touch, main activity
 * and accommodation, flagged for the SSDA903 return when near a birthday, and, when the care leaver was in touch,
 * counts as the KIT contact due, as a visit counts for a child on a plan.
 */
@ApplicationScoped
public class KeepInTouchService {

    @Inject
    VisitPlanningService planning;

    @Inject
    KitContactRepository contacts;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void keepInTouchRecorded(KeepInTouchRecorded recorded) {
        Child child = planning.known(EventType.KEEP_IN_TOUCH_RECORDED, recorded.childId());
        VisitFacts facts = new VisitFacts(recorded.version(), recorded.contactDate(), recorded.inTouch(), null,
                recorded.inTouch(), VisitKind.CARE_LEAVER_KIT.name(), false, null, null, null, null, null);
        planning.apply(child, recorded.noteId(), facts).ifPresent(visit -> {
            Optional<KitContact> known = contacts.findByIdOptional(recorded.noteId());
            KitContact contact = known.orElseGet(() -> KitContact.of(recorded.noteId(), child.getChildId(),
                    clock.instant()));
            contact.facts(recorded.version(), recorded.contactDate(), recorded.inTouch(), recorded.mainActivity(),
                    recorded.accommodation(), KitReturn.birthdayNear(child.getDateOfBirth(), recorded.contactDate()));
            if (known.isEmpty()) {
                contacts.persist(contact);
            }
        });
    }
}
