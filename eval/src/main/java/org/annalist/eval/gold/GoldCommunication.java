package org.annalist.eval.gold;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Who told whom: {@code {"senders": ["sorge"], "recipients": ["moscow"], "channel": "radio",
 * "date": "1938-08-01", "evidence_start": 190}}.
 *
 * @param senders       entity ids; never null
 * @param recipients    entity ids; never null
 * @param channel       e.g. {@code radio}, {@code letter}; null when unknown
 * @param date          TIMEX3 value; null when unknown
 * @param evidenceStart offset of the sentence that reports it; null when absent
 * @param act           what kind of act it is ({@code order}, {@code request}, … or the gold's own
 *                      words, e.g. {@code declaration of war}); null when absent
 */
@JsonPropertyOrder({"senders", "recipients", "channel", "date", "evidence_start", "act"})
public record GoldCommunication(
        @JsonProperty("senders") List<String> senders,
        @JsonProperty("recipients") List<String> recipients,
        @JsonProperty("channel") String channel,
        @JsonProperty("date") String date,
        @JsonProperty("evidence_start") Integer evidenceStart,
        @JsonProperty("act") String act) {
    public GoldCommunication {
        senders = senders == null ? List.of() : List.copyOf(senders);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /** A communication whose act is not given. */
    public GoldCommunication(List<String> senders, List<String> recipients, String channel, String date,
            Integer evidenceStart) {
        this(senders, recipients, channel, date, evidenceStart, null);
    }
}
