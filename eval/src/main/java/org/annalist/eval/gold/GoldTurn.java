package org.annalist.eval.gold;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A transcript turn ({@code STALIN: Tell me…}): {@code {"speaker": "stalin", "start": 1500}}.
 *
 * @param speaker an {@link GoldEntity#id()} of the same file; null when unknown
 * @param start   offset of the turn's label
 */
@JsonPropertyOrder({"speaker", "start"})
public record GoldTurn(
        @JsonProperty("speaker") String speaker,
        @JsonProperty(value = "start", required = true) int start) {
}
