package io.casework.backbone.rest;

import io.casework.backbone.idempotency.IdempotentRequests;
import io.casework.backbone.problem.Problems;
import io.casework.backbone.ratelimit.RateLimits;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * What every operation of every service has in common, written into each OpenAPI document once, here, rather than
 * annotated on a hundred methods: the answers any call can get (400 for bad input, 401 without a valid token, 429
 * beyond the rate limit, 500 and 503 on failure), the rate-limit headers on every answer, the server, and the
 * bounds of values whose type alone bounds them (identifiers, dates, integers and text of responses), the problem
 * schemas in this suite's words, and an example for every object or list property that has none of its own.
 *
 * <p>What it does not do is invent a bound for input: a string or array that a client sends without a maximum is
 * left as it is, and the OWASP rule set in the test command fails on it, so that the bound is added where the
 * service enforces it (Bean Validation on the field).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ApiDocumentRules implements OASFilter {

    static final String PROBLEM = "application/problem+json";
    /**
     * On an operation whose path names something that need not exist (a PUT that creates it, a history that is
     * empty until there is one): its value says why there is no 404, and none is documented.
     */
    public static final String ABSENT_IS_NO_ERROR = "x-absent-is-no-error";
    private static final String SCHEMAS = "#/components/schemas/";
    private static final String HEADERS = "#/components/headers/";
    private static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";

    /** A date-time as this suite writes it (ISO-8601 with offset, nanoseconds at most): never longer. */
    private static final int DATE_TIME_LENGTH = 35;
    /** A time of day, to the nanosecond: 13:45:30.123456789. */
    private static final int TIME_LENGTH = 18;

    @Override
    public void filterOpenAPI(OpenAPI api) {
        api.servers(List.of(OASFactory.createServer().url("/")
                .description("The host that served this document, in every environment (local, staging, "
                        + "production); on a cluster, the council's ingress over HTTPS")
                .addExtension("x-internal", false)));
        describeToken(api);
        addHeaders(api);
        Set<Schema> inputs = inputSchemas(api);
        if (api.getPaths() != null && api.getPaths().getPathItems() != null) {
            api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                    .forEach(this::commonAnswers));
        }
        describeProblems(api);
        Set<Schema> all = allSchemas(api);
        all.forEach(ApiDocumentRules::describedReference);
        all.forEach(schema -> bound(schema, inputs.contains(schema)));
        composeExamples(api);
    }

    /**
     * The problem schemas come from the problem extension, described and exemplified for any API; here they are
     * described as this suite fills them in, so that a front-end sees the URN types it switches on (README).
     */
    private static void describeProblems(OpenAPI api) {
        Map<String, Schema> named = named(api);
        Schema problem = named.get("HttpProblem");
        if (problem != null && problem.getProperties() != null) {
            describeProblem(problem, "not-found", "Case note not found", 404,
                    "Case note 5a7e9c2b-1d3f-4e6a-8b0c-2d4f6a8c0e1b does not exist",
                    "/case-notes/v1/case-notes/5a7e9c2b-1d3f-4e6a-8b0c-2d4f6a8c0e1b");
        }
        Schema invalid = named.get("HttpValidationProblem");
        if (invalid != null && invalid.getProperties() != null) {
            describeProblem(invalid, "constraint-violation", "Constraint Violation", 400,
                    "An approver must hold the post in the organisation model",
                    "/approvals/v1/organisation/teams/north");
            // In a stated order: Map.of's order changes from run to run, and with it the generated document.
            Map<String, Object> refused = new LinkedHashMap<>();
            refused.put("field", "practiceManager");
            refused.put("in", "body");
            refused.put("message", "north.sw1 does not hold the post PRACTICE_MANAGER in team north");
            describe(invalid, "violations", "Each field, parameter or header that was refused, with why",
                    List.of(refused));
        }
        Schema violation = named.get("Violation");
        if (violation != null && violation.getProperties() != null) {
            describe(violation, "field", "The body property, query or path parameter, or header that was refused, "
                    + "by name", "eventDate");
            describe(violation, "in", "Where it was: body, query, path or header", "body");
            describe(violation, "message", "Why it was refused", "must be a date in the past or in the present");
        }
    }

    private static void describeProblem(Schema problem, String type, String title, int status, String detail,
            String instance) {
        describe(problem, "type", "What went wrong, as a URN a client can switch on: " + Problems.TYPE_PREFIX
                + "<name>; the README lists them", Problems.TYPE_PREFIX + type);
        describe(problem, "title", "A short summary of the type, the same for every problem of that type", title);
        describe(problem, "status", "The HTTP status code of the answer", status);
        describe(problem, "detail", "What happened this time, in a sentence a person can read", detail);
        describe(problem, "instance", "The path of the request that failed", instance);
    }

    private static void describe(Schema schema, String property, String description, Object example) {
        Schema field = schema.getProperties().get(property);
        if (field != null) {
            field.description(description);
            if (example != null) {
                field.examples(List.of(example));
            }
        }
    }

    /**
     * A property that refers to a named schema and says something of its own (a description, an example) refers to
     * it through {@code allOf}, so that what it says is not lost: tools that resolve a reference (Spectral, several
     * client generators) replace it, keywords beside it included, by the schema it names. The property takes its
     * type, format and bounds from that schema; the scanner repeats the type beside the reference but not the format
     * (a UUID's, a date's), which would otherwise be bounded as if it were free text.
     */
    private static void describedReference(Schema schema) {
        if (schema.getRef() == null) {
            return;
        }
        schema.setType(null);
        if (schema.getDescription() != null || exampleOf(schema) != null) {
            Schema reference = OASFactory.createSchema().ref(schema.getRef());
            schema.setRef(null);
            schema.addAllOf(reference);
        }
    }

    /**
     * Gives each object or list property of a named schema that has no example of its own one made of the examples
     * of the schema it refers to (a page's items, a note's visit section), so that every property shows a value and
     * the composed value can never disagree with the fields' own examples.
     */
    private static void composeExamples(OpenAPI api) {
        Map<String, Schema> named = named(api);
        for (Schema schema : named.values()) {
            if (schema.getProperties() == null) {
                continue;
            }
            for (Schema property : schema.getProperties().values()) {
                if (exampleOf(property) == null) {
                    Object example = example(property, named, new HashSet<>());
                    if (example != null) {
                        property.examples(List.of(example));
                    }
                }
            }
        }
    }

    private static Object example(Schema schema, Map<String, Schema> named, Set<String> visiting) {
        Object own = exampleOf(schema);
        if (own != null) {
            return own;
        }
        if (schema.getRef() != null && schema.getRef().startsWith(SCHEMAS)) {
            String name = schema.getRef().substring(SCHEMAS.length());
            Schema target = named.get(name);
            // A schema that contains itself would never end: it is shown without that property.
            if (target == null || !visiting.add(name)) {
                return null;
            }
            try {
                return example(target, named, visiting);
            } finally {
                visiting.remove(name);
            }
        }
        if (schema.getAllOf() != null && schema.getAllOf().size() == 1) {
            return example(schema.getAllOf().get(0), named, visiting);
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            return schema.getEnumeration().get(0);
        }
        if (schema.getItems() != null) {
            Object item = example(schema.getItems(), named, visiting);
            return item == null ? null : List.of(item);
        }
        if (schema.getProperties() != null) {
            Map<String, Object> object = new LinkedHashMap<>();
            schema.getProperties().forEach((name, property) -> {
                Object value = example(property, named, visiting);
                if (value != null) {
                    object.put(name, value);
                }
            });
            return object.isEmpty() ? null : object;
        }
        return null;
    }

    private static Object exampleOf(Schema schema) {
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            return schema.getExamples().get(0);
        }
        return schema.getExample();
    }

    private static Map<String, Schema> named(OpenAPI api) {
        return api.getComponents() == null || api.getComponents().getSchemas() == null ? Map.of()
                : api.getComponents().getSchemas();
    }

    private static void describeToken(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSecuritySchemes() == null) {
            return;
        }
        for (SecurityScheme scheme : api.getComponents().getSecuritySchemes().values()) {
            scheme.description("An access token from the council's Keycloak realm, a JWT signed by the realm and "
                    + "issued for the audience casework-api; handled as RFC8725 (JWT best current practice) asks: "
                    + "signature, issuer, audience and expiry are checked on every call, and nothing unsigned is "
                    + "accepted.");
        }
    }

    private static void addHeaders(OpenAPI api) {
        if (api.getComponents() == null) {
            api.components(OASFactory.createComponents());
        }
        api.getComponents()
                .addHeader(RateLimits.LIMIT, header("Calls allowed in each rate-limit window", 1))
                .addHeader(RateLimits.REMAINING, header("Calls left in the current window", 0))
                .addHeader(RateLimits.RESET, header("Seconds until the current window ends", 1))
                .addHeader(RateLimits.RETRY_AFTER, header("Seconds to wait before calling again", 1))
                .addHeader(ALLOW_ORIGIN, OASFactory.createHeader().description("The calling page's origin, when it "
                        + "is one of the front-end origins the service is configured for (CORS); absent otherwise")
                        .schema(OASFactory.createSchema().addType(SchemaType.STRING).format("uri")
                                .maxLength(InputLimits.LINE)));
    }

    private static Header header(String description, int minimum) {
        return OASFactory.createHeader().description(description).schema(OASFactory.createSchema()
                .addType(SchemaType.INTEGER).format("int32").minimum(BigDecimal.valueOf(minimum))
                .maximum(BigDecimal.valueOf(Integer.MAX_VALUE)));
    }

    private void commonAnswers(Operation operation) {
        if (operation.getParameters() != null) {
            operation.getParameters().stream()
                    .filter(p -> IdempotentRequests.HEADER.equalsIgnoreCase(p.getName()) && p.getSchema() != null)
                    .forEach(p -> p.getSchema().maxLength(IdempotentRequests.MAX_KEY_LENGTH));
        }
        if (operation.getResponses() == null) {
            operation.responses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        boolean secured = operation.getSecurity() == null || !operation.getSecurity().isEmpty();
        problem(responses, "400", "Bad input: each offending field, parameter or header is named in `violations`",
                "HttpValidationProblem");
        if (secured) {
            problem(responses, "401", "No token, or one that is expired, forged or issued for another application",
                    "HttpProblem");
        }
        boolean namesOne = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.PATH);
        if (namesOne && (operation.getExtensions() == null
                || !operation.getExtensions().containsKey(ABSENT_IS_NO_ERROR))) {
            problem(responses, "404", "No such resource as the path names (or it is not one this caller may know "
                    + "of: see access-refused)", "HttpProblem");
        }
        problem(responses, "429", "Too many calls: wait for `Retry-After` seconds", "HttpProblem");
        responses.getAPIResponse("429").addHeader(RateLimits.RETRY_AFTER, ref(RateLimits.RETRY_AFTER));
        problem(responses, "500", "An unexpected failure; nothing was changed", "HttpProblem");
        problem(responses, "503", "A database or broker this call needs is unavailable; nothing was changed, try "
                + "again", "HttpProblem");
        // Any other error an operation documents (403, 404, 409, 412, 428...) is a problem too.
        List.copyOf(responses.getAPIResponses().keySet()).stream()
                .filter(status -> status.startsWith("4") || status.startsWith("5"))
                .forEach(status -> problem(responses, status, null, "HttpProblem"));
        responses.getAPIResponses().forEach((status, response) -> {
            response.addHeader(ALLOW_ORIGIN, ref(ALLOW_ORIGIN));
            if (status.startsWith("2") || status.startsWith("4")) {
                response.addHeader(RateLimits.LIMIT, ref(RateLimits.LIMIT))
                        .addHeader(RateLimits.REMAINING, ref(RateLimits.REMAINING))
                        .addHeader(RateLimits.RESET, ref(RateLimits.RESET));
            }
        });
    }

    /** Adds a problem answer, or gives an existing one without content the problem's schema. */
    private static void problem(APIResponses responses, String status, String description, String schema) {
        APIResponse response = responses.getAPIResponse(status);
        if (response == null) {
            response = OASFactory.createAPIResponse().description(description);
            responses.addAPIResponse(status, response);
        }
        if (response.getContent() == null || response.getContent().getMediaTypes() == null
                || response.getContent().getMediaTypes().isEmpty()) {
            response.content(OASFactory.createContent().addMediaType(PROBLEM, OASFactory.createMediaType()
                    .schema(OASFactory.createSchema().ref(SCHEMAS + schema))));
        }
    }

    private static Header ref(String name) {
        return OASFactory.createHeader().ref(HEADERS + name);
    }

    /**
     * The bounds a value's type gives it. Identifiers and dates cannot be longer than their format; an integer of a
     * response is bounded by its Java type. Input strings and arrays get nothing here (see the class comment).
     */
    private static void bound(Schema schema, boolean input) {
        List<SchemaType> types = schema.getType();
        if (types == null) {
            return;
        }
        if (types.contains(SchemaType.STRING) && schema.getMaxLength() == null && schema.getEnumeration() == null
                && schema.get("const") == null) {
            String format = schema.getFormat();
            OptionalInt byPattern = schema.getPattern() == null ? OptionalInt.empty()
                    : PatternLengths.longestMatch(schema.getPattern());
            if (byPattern.isPresent()) {
                schema.maxLength(byPattern.getAsInt());
            } else if ("uuid".equals(format)) {
                schema.maxLength(36);
            } else if ("date".equals(format)) {
                schema.maxLength(10);
            } else if ("date-time".equals(format)) {
                schema.maxLength(DATE_TIME_LENGTH);
            } else if ("local-time".equals(format)) {
                schema.maxLength(TIME_LENGTH);
            } else if (!input) {
                // Text a service returns is text it stored, and no stored text is longer than the longest a client
                // may send (InputLimits); a field that states a tighter bound keeps its own.
                schema.maxLength(InputLimits.NARRATIVE);
            }
        }
        if (types.contains(SchemaType.INTEGER)) {
            boolean wide = "int64".equals(schema.getFormat());
            if (schema.getFormat() == null) {
                schema.format("int32");
            }
            if (!input && schema.getMinimum() == null && schema.getExclusiveMinimum() == null) {
                schema.minimum(BigDecimal.valueOf(wide ? Long.MIN_VALUE : Integer.MIN_VALUE));
            }
            if (!input && schema.getMaximum() == null && schema.getExclusiveMaximum() == null) {
                schema.maximum(BigDecimal.valueOf(wide ? Long.MAX_VALUE : Integer.MAX_VALUE));
            }
        }
    }

    /** The schemas a client sends: request bodies and parameters, and everything they refer to. */
    private static Set<Schema> inputSchemas(OpenAPI api) {
        Map<String, Schema> named = named(api);
        return reachable(operations(api).flatMap(operation -> roots(operation, false)), schema -> {
            if (schema.getRef() != null && schema.getRef().startsWith(SCHEMAS)) {
                return Stream.ofNullable(named.get(schema.getRef().substring(SCHEMAS.length())));
            }
            return Stream.empty();
        });
    }

    /** Every schema in the document: components and inline, however deeply nested. */
    private static Set<Schema> allSchemas(OpenAPI api) {
        Stream<Schema> components = api.getComponents() == null || api.getComponents().getSchemas() == null
                ? Stream.empty() : api.getComponents().getSchemas().values().stream();
        return reachable(Stream.concat(components, operations(api).flatMap(operation -> roots(operation, true))),
                schema -> Stream.empty());
    }

    private static Stream<Schema> roots(Operation operation, boolean withResponses) {
        Stream<Schema> body = operation.getRequestBody() == null ? Stream.empty()
                : schemasOf(operation.getRequestBody().getContent());
        Stream<Schema> parameters = operation.getParameters() == null ? Stream.empty()
                : operation.getParameters().stream().map(Parameter::getSchema);
        Stream<Schema> responses = !withResponses || operation.getResponses() == null
                || operation.getResponses().getAPIResponses() == null ? Stream.empty()
                : operation.getResponses().getAPIResponses().values().stream()
                        .flatMap(response -> schemasOf(response.getContent()));
        return Stream.of(body, parameters, responses).flatMap(s -> s).filter(Objects::nonNull);
    }

    private static Stream<Schema> schemasOf(Content content) {
        return content == null || content.getMediaTypes() == null ? Stream.empty()
                : content.getMediaTypes().values().stream().map(MediaType::getSchema);
    }

    /** The roots and every schema nested in them, each once (by identity), following references as told. */
    private static Set<Schema> reachable(Stream<Schema> roots, Function<Schema, Stream<Schema>> references) {
        Deque<Schema> pending = new ArrayDeque<>();
        roots.forEach(pending::push);
        Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            if (seen.add(schema)) {
                references.apply(schema).forEach(pending::push);
                children(schema, pending::push);
            }
        }
        return seen;
    }

    private static void children(Schema schema, Consumer<Schema> into) {
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(into);
        }
        if (schema.getItems() != null) {
            into.accept(schema.getItems());
        }
        Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()).filter(Objects::nonNull)
                .flatMap(Collection::stream).forEach(into);
        if (schema.getAdditionalPropertiesSchema() != null) {
            into.accept(schema.getAdditionalPropertiesSchema());
        }
    }

    private static Stream<Operation> operations(OpenAPI api) {
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return Stream.empty();
        }
        return api.getPaths().getPathItems().values().stream().map(PathItem::getOperations)
                .flatMap(operations -> operations.values().stream());
    }
}
