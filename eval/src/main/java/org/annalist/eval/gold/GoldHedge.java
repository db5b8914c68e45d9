package org.annalist.eval.gold;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A place where the author marks uncertainty: {@code {"start": 480}}. Not scored yet.
 *
 * @param start offset of the hedged sentence or phrase
 */
public record GoldHedge(@JsonProperty(value = "start", required = true) int start) {
}
