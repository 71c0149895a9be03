package io.casework.backbone.rest;

import io.casework.backbone.problem.Problems;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A query parameter the operation does not have is refused with 400 naming it, in every service: a misspelt filter
 * ({@code ?stat=OPEN}) must not quietly return everything.
 */
public class UnknownQueryParameters {

    @ServerRequestFilter
    public Optional<Response> refuseUnknown(UriInfo uri, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || uri.getQueryParameters().isEmpty()) {
            return Optional.empty();
        }
        Set<String> known = Arrays.stream(method.getParameters()).flatMap(UnknownQueryParameters::queryNames)
                .collect(Collectors.toSet());
        List<Problems.FieldViolation> unknown = uri.getQueryParameters().keySet().stream()
                .filter(name -> !known.contains(name)).sorted()
                .map(name -> new Problems.FieldViolation(name, "query", "is not a parameter of this operation"))
                .toList();
        if (unknown.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Problems.invalidFields("Unknown query parameter: " + unknown.stream()
                .map(Problems.FieldViolation::field).collect(Collectors.joining(", ")), unknown).toResponse());
    }

    /** A parameter's own query name, or those of the fields of a {@code @BeanParam} such as {@link PageParams}. */
    private static Stream<String> queryNames(Parameter parameter) {
        QueryParam own = parameter.getAnnotation(QueryParam.class);
        if (own != null) {
            return Stream.of(own.value());
        }
        if (parameter.isAnnotationPresent(BeanParam.class)) {
            return Arrays.stream(parameter.getType().getDeclaredFields())
                    .map(field -> field.getAnnotation(QueryParam.class)).filter(Objects::nonNull)
                    .map(QueryParam::value);
        }
        return Stream.empty();
    }
}
