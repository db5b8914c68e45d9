package org.annalist.eval.gold;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One mention of an entity in annalist-gold/1: {@code {"start": 10, "end": 16, "text": "Stalin"}}.
 *
 * @param start first character, 0-based
 * @param end   one past the last character
 * @param text  the covered characters; null when a file leaves them out
 */
@JsonPropertyOrder({"start", "end", "text"})
public record GoldMention(
        @JsonProperty(value = "start", required = true) int start,
        @JsonProperty(value = "end", required = true) int end,
        @JsonProperty("text") String text) {
}
