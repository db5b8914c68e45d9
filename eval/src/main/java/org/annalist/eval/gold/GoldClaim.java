package org.annalist.eval.gold;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * A numeric claim: {@code {"subject": "soviet_forces", "measure": "killed", "value": 792,
 * "qualifier": "exact", "start": 2599}}.
 *
 * @param subject   what is counted, free text or an id; null when absent
 * @param measure   what the number measures ({@code killed}, {@code troops deployed}); null when absent
 * @param value     the number; a JSON string is read as Python's {@code float()} would read it,
 *                  and null stands for a missing value or one {@code float()} rejects
 * @param qualifier {@code exact}, {@code more than}, {@code less than}, {@code approximately},
 *                  {@code at least}; null when absent
 * @param start     offset of the number; null when absent
 */
@JsonPropertyOrder({"subject", "measure", "value", "qualifier", "start"})
public record GoldClaim(
        @JsonProperty("subject") String subject,
        @JsonProperty("measure") String measure,
        @JsonProperty("value")
        @JsonDeserialize(using = ClaimValues.Reader.class)
        @JsonSerialize(using = ClaimValues.Writer.class) Double value,
        @JsonProperty("qualifier") String qualifier,
        @JsonProperty("start") Integer start) {
}
