package org.annalist.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Random;

/**
 * Random annalist-gold/1 documents crowded into a few dozen characters, so that spans
 * overlap often, votes tie and several candidates compete for each gold item: the cases
 * where the referee's tie-breaking rules decide.
 */
final class SyntheticGold {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String[] IDS = {"a", "b", "c", "d", "e"};
    private static final String[] VALUES = {"1938", "1938-08", "None", "P10D"};
    private static final String[] MEASURES = {"troops", "men killed", "men", "tanks lost", "war-dead", "dead", "men-at-arms", "killed-in-action"};

    private SyntheticGold() {
    }

    static ObjectNode document(Random r, String name) {
        int len = 40 + r.nextInt(40);
        ObjectNode d = F.objectNode().put("format", "annalist-gold/1").put("document", name).put("chars", len);
        ArrayNode entities = d.putArray("entities");
        int n = 1 + r.nextInt(IDS.length);
        for (int i = 0; i < n; i++) {
            ObjectNode e = entities.addObject().put("id", IDS[i]).put("type", "PERSON").put("name", "Name" + IDS[i]);
            ArrayNode ms = e.putArray("mentions");
            for (int k = r.nextInt(5); k > 0; k--) {
                int s = r.nextInt(len);
                ms.addObject().put("start", s).put("end", s + 1 + r.nextInt(6)).put("text", r.nextBoolean() ? "name" + IDS[i] : "he");
            }
        }
        ArrayNode timexes = d.putArray("timexes");
        for (int k = r.nextInt(5); k > 0; k--) {
            int s = r.nextInt(len);
            timexes.addObject().put("start", s).put("end", s + 1 + r.nextInt(8)).put("type", "DATE")
                    .put("value", VALUES[r.nextInt(VALUES.length)]).put("optional", r.nextInt(4) == 0);
        }
        ArrayNode notes = d.putArray("notes");
        for (int k = r.nextInt(4); k > 0; k--) notes.addObject().put("marker", "" + k).put("start", r.nextInt(len));
        ArrayNode quotes = d.putArray("quotes");
        for (int k = r.nextInt(4); k > 0; k--) {
            ObjectNode q = quotes.addObject().put("start", r.nextInt(len)).put("kind", "speech");
            if (r.nextBoolean()) q.put("speaker", IDS[r.nextInt(n)]); else q.putNull("speaker");
        }
        ArrayNode comms = d.putArray("communications");
        for (int k = r.nextInt(3); k > 0; k--) {
            ObjectNode c = comms.addObject();
            c.putArray("senders").add(IDS[r.nextInt(IDS.length)]);
            ArrayNode rec = c.putArray("recipients");
            if (r.nextBoolean()) rec.add(IDS[r.nextInt(IDS.length)]);
            if (r.nextBoolean()) c.put("date", VALUES[r.nextInt(2)]); else c.putNull("date");
        }
        ArrayNode claims = d.putArray("claims");
        for (int k = r.nextInt(3); k > 0; k--) {
            claims.addObject().put("measure", MEASURES[r.nextInt(MEASURES.length)]).put("value", 10 * r.nextInt(3));
        }
        ArrayNode headings = d.putArray("headings");
        for (int k = r.nextInt(3); k > 0; k--) headings.addObject().put("text", "H").put("start", r.nextInt(len));
        ArrayNode turns = d.putArray("transcript_turns");
        for (int k = r.nextInt(3); k > 0; k--) turns.addObject().put("speaker", IDS[r.nextInt(n)]).put("start", r.nextInt(len));
        return d;
    }
}
