package org.annalist.eval.gold;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

/**
 * A temporal expression: {@code {"start": 0, "end": 14, "text": "August 1, 1938", "type": "DATE",
 * "value": "1938-08-01", "optional": false}}.
 *
 * @param start    first character
 * @param end      one past the last character
 * @param text     the covered characters; null when absent
 * @param type     TIMEX3 type ({@code DATE}, {@code TIME}, {@code DURATION}, {@code SET}); null when absent
 * @param value    TIMEX3 value; null when absent (the referee then compares the string {@code "None"})
 * @param optional  true for a vague gold expression that counts neither for nor against;
 *                  false when absent or null
 * @param certainty how a prediction's value was reached ({@code stated}, {@code context},
 *                  {@code story-order}, {@code guessed}); absent (null) in gold, not scored
 * @param matter    where a prediction stands ({@code front}, {@code body}, {@code back}); absent
 *                  (null) in gold, not scored
 */
@JsonPropertyOrder({"start", "end", "text", "type", "value", "optional", "certainty", "matter"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GoldTimex(
        @JsonProperty(value = "start", required = true) int start,
        @JsonProperty(value = "end", required = true) int end,
        @JsonProperty("text") String text,
        @JsonProperty("type") String type,
        @JsonProperty("value") String value,
        @JsonProperty("optional") @JsonSetter(nulls = Nulls.AS_EMPTY) boolean optional,
        @JsonProperty("certainty") String certainty,
        @JsonProperty("matter") String matter) {

    /** A timex without a certainty or matter (gold). */
    public GoldTimex(int start, int end, String text, String type, String value, boolean optional) {
        this(start, end, text, type, value, optional, null, null);
    }
}
