package org.annalist.eval.gold;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An endnote call in the running text: {@code {"marker": "209", "start": 397, "end": 400}}.
 *
 * @param marker the marker as written; null when absent
 * @param start  first character of the call (the one scored)
 * @param end    one past the last character; null when absent
 */
@JsonPropertyOrder({"marker", "start", "end"})
public record GoldNote(
        @JsonProperty("marker") String marker,
        @JsonProperty(value = "start", required = true) int start,
        @JsonProperty("end") Integer end) {
}
