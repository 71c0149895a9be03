package io.casework.bench.report;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What a measure is compared with: another measure's id (usually one of the machine's limits, such as the plain
 * insert endpoint) and the fraction of it this measure reached. The benchmark computes the ratio, since only it knows
 * which of the two figures is the one to divide.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Ceiling(String id, Double ratio) {
}
