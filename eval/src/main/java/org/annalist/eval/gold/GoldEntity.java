package org.annalist.eval.gold;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A person, organisation or place: {@code {"id": "stalin", "type": "PERSON", "name": "Stalin",
 * "mentions": [...]}}. Quote speakers, transcript speakers and communication parties refer
 * to {@code id}.
 *
 * @param id       unique within the file
 * @param type     {@code PERSON}, {@code ORG}, {@code GPE}, {@code LOC}, {@code FAC}, …; null when absent
 * @param name     canonical name; null when absent
 * @param mentions never null; empty when absent
 */
@JsonPropertyOrder({"id", "type", "name", "mentions"})
public record GoldEntity(
        @JsonProperty(value = "id", required = true) String id,
        @JsonProperty("type") String type,
        @JsonProperty("name") String name,
        @JsonProperty("mentions") List<GoldMention> mentions) {
    public GoldEntity {
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }
}
