package org.annalist.eval.gold;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A quotation: {@code {"start": 700, "speaker": "stalin", "kind": "speech"}}.
 *
 * @param start   offset of the opening quotation mark
 * @param speaker an {@link GoldEntity#id()} of the same file; null for scare quotes or when unknown
 * @param kind    {@code speech}, {@code scare} or {@code transcript}; null when absent
 */
@JsonPropertyOrder({"start", "speaker", "kind"})
public record GoldQuote(
        @JsonProperty(value = "start", required = true) int start,
        @JsonProperty("speaker") String speaker,
        @JsonProperty("kind") String kind) {
}
