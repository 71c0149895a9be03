package io.casework.backbone.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Every problem has a stable type a client can switch on, and says nothing of the code that made it. The suite's own
 * problems carry their type already; those the framework makes (Bean Validation, an unknown path, a method not
 * allowed, an unexpected failure) get the type of their status here, and a detail that names Java classes or
 * exceptions is replaced by a plain one.
 */
@ApplicationScoped
@Startup
public class ProblemTypes implements ProblemPostProcessor {

    private static final Map<Integer, String> BY_STATUS = Map.ofEntries(
            Map.entry(400, "bad-request"), Map.entry(401, "unauthorised"), Map.entry(403, "forbidden"),
            Map.entry(404, "not-found"), Map.entry(405, "method-not-allowed"), Map.entry(406, "not-acceptable"),
            Map.entry(409, "conflict"), Map.entry(412, "precondition-failed"), Map.entry(413, "body-too-large"),
            Map.entry(415, "unsupported-media-type"), Map.entry(422, "unprocessable"),
            Map.entry(428, "precondition-required"), Map.entry(429, "rate-limited"),
            Map.entry(500, "internal-error"), Map.entry(503, "service-unavailable"));
    private static final Pattern CODE_WORDS = Pattern.compile(
            "\\b(java|jakarta|javax|io\\.quarkus|io\\.casework|com\\.fasterxml|org\\.hibernate)\\.\\w|\\w+Exception\\b");

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        boolean typed = problem.getType() != null && !problem.getType().toString().equals("about:blank");
        boolean leaks = problem.getDetail() != null && CODE_WORDS.matcher(problem.getDetail()).find();
        if (typed && !leaks) {
            return problem;
        }
        HttpProblem.Builder builder = HttpProblem.builder(problem);
        if (!typed) {
            builder.withType(URI.create(Problems.TYPE_PREFIX + typeOf(problem)));
        }
        if (leaks) {
            builder.withDetail(problem.getStatusCode() >= 500 ? "An unexpected failure; nothing was changed."
                    : "The request could not be read as it stands; see the documentation of this operation.");
        }
        return builder.build();
    }

    private static String typeOf(HttpProblem problem) {
        if (problem.getStatusCode() == 400 && problem.getParameters().containsKey("violations")) {
            return "constraint-violation";
        }
        return BY_STATUS.getOrDefault(problem.getStatusCode(), "http-" + problem.getStatusCode());
    }

    @Override
    public int priority() {
        // Before the extension's logging and metrics, so that they record the type a client sees.
        return 1000;
    }
}
