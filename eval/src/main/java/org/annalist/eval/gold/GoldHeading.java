package org.annalist.eval.gold;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A heading: {@code {"text": "FIRST DEPUTY NKVD USSR", "start": 2100}}.
 *
 * @param text  the heading's text; null when absent
 * @param start offset of its first character (the one scored)
 */
@JsonPropertyOrder({"text", "start"})
public record GoldHeading(
        @JsonProperty("text") String text,
        @JsonProperty(value = "start", required = true) int start) {
}
