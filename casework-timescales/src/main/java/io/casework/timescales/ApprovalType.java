package io.casework.timescales;

import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A kind of decision that needs a manager (DOMAIN rule 20), as a rule set holds it: who decides, whose line the request
 * goes up, who may ask and how, what the request carries, the steps on its way, and the seed it follows. Authorities
 * name different posts for the same decision (004 gives oversight to the practice manager, 002 case recording's to the
 * team manager), so the catalogue is data an authority's file refines, as it does the timescales.
 *
 * @param id               the kind, the same across authorities, e.g. {@code STATUTORY_VISIT_OVERSIGHT}
 * @param title            the kind in plain words, as an inbox shows it
 * @param description      what is decided
 * @param decidedBy        the post that decides; anyone above it on the line may too
 * @param scope            whose management line the request goes up
 * @param askedBy          who may ask
 * @param requestedThrough how the request arrives
 * @param directDecision   whether someone in the deciding post may record the decision without a request, acting in
 *                         their own authority (a practice manager resetting a C&F's priority)
 * @param fields           what a request carries beyond its subject, in the order a form shows them
 * @param stages           the steps from request to decision, the decision last
 * @param reasonsRequired  whether the decision gives its reasons whatever the outcome, not only when it returns work
 * @param timescaleRule    the rule of the same rule set giving the decision's due date, if any
 * @param reviewEvery      how often a decision that stands is looked at again, if it is
 * @param source           the seed it follows
 * @param reading          where the seed names no post, or names one loosely, the reading chosen and why
 * @param origin           the authority whose file defines it
 */
public record ApprovalType(
        String id,
        String title,
        String description,
        ApprovalRole decidedBy,
        ApprovalScope scope,
        List<ApprovalRequester> askedBy,
        RequestChannel requestedThrough,
        boolean directDecision,
        List<ApprovalField> fields,
        List<ApprovalStage> stages,
        boolean reasonsRequired,
        Optional<String> timescaleRule,
        Optional<Period> reviewEvery,
        Source source,
        Optional<String> reading,
        String origin) {

    /** One value of a request that will not do: the field it is for and what is wrong, in words. */
    public record FieldProblem(String field, String message) {
    }

    public ApprovalType {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(scope, "scope");
        askedBy = List.copyOf(askedBy);
        Objects.requireNonNull(requestedThrough, "requestedThrough");
        fields = List.copyOf(fields);
        stages = List.copyOf(stages);
        Objects.requireNonNull(timescaleRule, "timescaleRule");
        Objects.requireNonNull(reviewEvery, "reviewEvery");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(origin, "origin");
        List<String> problems = problems(decidedBy, scope, askedBy, requestedThrough, fields, stages);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(id + ": " + String.join("; ", problems));
        }
    }

    /**
     * What makes a kind contradict itself, in the file's words; empty when it does not. The reader reports these with
     * the file and id, and the constructor refuses them, so a kind built in code is held to the same.
     */
    static List<String> problems(ApprovalRole decidedBy, ApprovalScope scope, List<ApprovalRequester> askedBy,
                                 RequestChannel requestedThrough, List<ApprovalField> fields,
                                 List<ApprovalStage> stages) {
        List<String> problems = new ArrayList<>();
        if (!decidedBy.isPost()) {
            problems.add("\"decidedBy\" must be a management post, not " + decidedBy);
        }
        if (scope == ApprovalScope.SERVICE_AREA && !decidedBy.isAreaPost()) {
            problems.add("a SERVICE_AREA kind is decided over the area, by a SENIOR_MANAGER or HEAD_OF_SERVICE");
        }
        if (askedBy.isEmpty()) {
            problems.add("\"askedBy\" must name who may ask");
        } else if (askedBy.contains(ApprovalRequester.ANY_STAFF) && askedBy.size() > 1) {
            problems.add("\"askedBy\" names ANY_STAFF, which covers everyone else it names");
        } else if (new HashSet<>(askedBy).size() != askedBy.size()) {
            problems.add("\"askedBy\" names someone twice");
        }
        // A REST request has nothing but its fields: no owning service's subject says what is asked.
        if (requestedThrough == RequestChannel.REST && fields.isEmpty()) {
            problems.add("a REST kind names the \"fields\" its request carries");
        }
        Set<String> names = new HashSet<>();
        for (ApprovalField field : fields) {
            if (!names.add(field.name())) {
                problems.add("the field '" + field.name() + "' is named twice");
            }
        }
        long decisions = stages.stream().filter(stage -> stage.action() == ApprovalStage.Action.DECIDE).count();
        ApprovalStage last = stages.isEmpty() ? null : stages.get(stages.size() - 1);
        if (decisions != 1 || last.action() != ApprovalStage.Action.DECIDE || last.role() != decidedBy) {
            problems.add("\"stages\" end in the one DECIDE step, by the \"decidedBy\" post " + decidedBy);
        }
        return problems;
    }

    /** Whether a request of this kind goes through the line manager before the decider. */
    public boolean hasComments() {
        return stages.size() > 1;
    }

    public Optional<ApprovalField> field(String name) {
        return fields.stream().filter(field -> field.name().equals(name)).findFirst();
    }

    /**
     * What is wrong with a request's field values: each field's problem in the kind's order (a required one missing, a
     * date that is not one, a value not allowed, one too long), then every name that is no field of the kind, sorted.
     * Empty when the request will do. Plain Java, so that approvals-service refuses a REST request with a 400 naming
     * each field before anything is stored.
     */
    public List<FieldProblem> fieldProblems(Map<String, String> values) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ApprovalField field : fields) {
            field.problemOf(values.get(field.name()))
                    .ifPresent(problem -> problems.add(new FieldProblem(field.name(), problem)));
        }
        for (String name : new TreeSet<>(values.keySet())) {
            if (field(name).isEmpty()) {
                problems.add(new FieldProblem(name, name + " is not a field of " + id));
            }
        }
        return problems;
    }
}
