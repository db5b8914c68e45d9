package org.annalist.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Makes system output from gold by seeded random damage, on the JSON tree so that it can
 * also write what the records cannot hold (string claim values, missing keys, numbers for
 * strings). Every rule of the referee gets cases on both sides of it: starts shifted by 1–3
 * (inside and outside the 2-character quote window), values changed, entities renamed,
 * merged, split, emptied (name fallback), speakers dropped or swapped.
 */
final class Perturber {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String[] MEASURES = {"troops", "Troops killed", "killed-in-action", "men", "dead",
            "casualties", "wounded soldiers", "tanks", "aircraft lost", "troops deployed", "KILLED"};

    private final Random r;

    Perturber(long seed) {
        this.r = new Random(seed);
    }

    private boolean chance(double p) {
        return r.nextDouble() < p;
    }

    private int delta() {
        return (r.nextBoolean() ? 1 : -1) * (1 + r.nextInt(3));
    }

    /** {@return a damaged copy of {@code gold} as a system might have written it} */
    ObjectNode predict(ObjectNode gold) {
        ObjectNode d = gold.deepCopy();
        Map<String, String> rename = entities(d);
        timexes(d);
        notes(d);
        quotes(d, rename);
        communications(d, rename);
        claims(d);
        starts(arr(d, "headings"), 0.15, 0.15);
        if (chance(0.3)) arr(d, "headings").addObject().put("text", "Spurious").put("start", r.nextInt(Math.max(1, chars(d))));
        turns(d, rename);
        return d;
    }

    /** {@return a copy of {@code gold} with gold-only features varied: optional timexes, empty speakers} */
    ObjectNode varyGold(ObjectNode gold) {
        ObjectNode d = gold.deepCopy();
        for (JsonNode t : arr(d, "timexes")) {
            if (chance(0.25)) ((ObjectNode) t).put("optional", !t.path("optional").asBoolean());
        }
        for (JsonNode q : arr(d, "quotes")) {
            if (chance(0.1)) ((ObjectNode) q).put("speaker", "");
        }
        for (JsonNode c : arr(d, "communications")) {
            if (chance(0.15)) ((ArrayNode) c.withArray("recipients")).add("not_an_entity");
            if (chance(0.1)) ((ObjectNode) c).put("date", "");
        }
        for (JsonNode t : arr(d, "transcript_turns")) {
            if (chance(0.15)) ((ObjectNode) t).putNull("speaker");
        }
        return d;
    }

    private Map<String, String> entities(ObjectNode d) {
        ArrayNode in = arr(d, "entities");
        ArrayNode out = F.arrayNode();
        Map<String, String> rename = new LinkedHashMap<>();
        List<String> newIds = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            ObjectNode e = (ObjectNode) in.get(i);
            String id = e.path("id").asText();
            ArrayNode mentions = F.arrayNode();
            for (JsonNode m : e.withArray("mentions")) {
                if (chance(0.12)) continue;
                ObjectNode mm = (ObjectNode) m.deepCopy();
                if (chance(0.15)) shiftSpan(mm);
                mentions.add(mm);
            }
            if (!out.isEmpty() && chance(0.1)) { // merge into the previous system entity
                ObjectNode prev = (ObjectNode) out.get(out.size() - 1);
                prev.withArray("mentions").addAll(mentions);
                rename.put(id, prev.get("id").asText());
                continue;
            }
            String nid = "s" + i;
            rename.put(id, nid);
            newIds.add(nid);
            e.put("id", nid);
            if (chance(0.12) && mentions.size() >= 2) { // split off the second half
                ArrayNode rest = F.arrayNode();
                int half = mentions.size() / 2;
                while (mentions.size() > half) rest.add(mentions.remove(half));
                ObjectNode twin = e.deepCopy();
                twin.put("id", nid + "b");
                twin.set("mentions", rest);
                out.add(e);
                out.add(twin);
            } else {
                out.add(e);
            }
            if (chance(0.06)) mentions.removeAll(); // no overlap left: maps by name, if at all
            if (chance(0.04) && e.path("name").isTextual()) e.put("name", e.get("name").asText().toUpperCase());
            if (chance(0.04)) e.putNull("name");
            e.set("mentions", mentions);
            if (chance(0.03)) e.remove("mentions");
        }
        for (int k = r.nextInt(3); k > 0; k--) { // spurious entities
            ObjectNode e = F.objectNode();
            e.put("id", "x" + k).put("type", "PERSON").put("name", "Nobody " + k);
            int s = r.nextInt(Math.max(1, chars(d)));
            e.withArray("mentions").add(F.objectNode().put("start", s).put("end", s + 1 + r.nextInt(8)).put("text", "?"));
            out.add(e);
        }
        d.set("entities", out);
        return rename;
    }

    private void timexes(ObjectNode d) {
        ArrayNode out = F.arrayNode();
        for (JsonNode t : arr(d, "timexes")) {
            if (chance(0.12)) continue;
            ObjectNode tt = (ObjectNode) t.deepCopy();
            tt.remove("optional");
            if (chance(0.2)) shiftSpan(tt);
            if (chance(0.05)) { tt.put("start", tt.get("start").asInt() + 40); tt.put("end", tt.get("end").asInt() + 40); }
            if (chance(0.25)) {
                switch (r.nextInt(4)) {
                    case 0 -> tt.put("value", tt.path("value").asText() + "-01");
                    case 1 -> tt.putNull("value");
                    case 2 -> tt.remove("value");
                    default -> tt.put("value", 1938);
                }
            }
            out.add(tt);
        }
        for (int k = r.nextInt(3); k > 0; k--) {
            int s = r.nextInt(Math.max(1, chars(d)));
            out.add(F.objectNode().put("start", s).put("end", s + 2 + r.nextInt(12)).put("type", "DATE").put("value", "1938"));
        }
        d.set("timexes", out);
    }

    private void notes(ObjectNode d) {
        ArrayNode notes = arr(d, "notes");
        starts(notes, 0.12, 0.15);
        if (!notes.isEmpty() && chance(0.3)) notes.add(notes.get(0).deepCopy()); // duplicates count once
    }

    private void quotes(ObjectNode d, Map<String, String> rename) {
        ArrayNode out = F.arrayNode();
        List<String> ids = new ArrayList<>(rename.values());
        for (JsonNode q : arr(d, "quotes")) {
            if (chance(0.1)) continue;
            ObjectNode qq = (ObjectNode) q.deepCopy();
            if (chance(0.35)) qq.put("start", qq.get("start").asInt() + r.nextInt(9) - 4);
            renameField(qq, "speaker", rename);
            if (chance(0.15)) qq.putNull("speaker");
            else if (chance(0.1) && !ids.isEmpty()) qq.put("speaker", ids.get(r.nextInt(ids.size())));
            else if (chance(0.05)) qq.put("speaker", "nobody");
            out.add(qq);
        }
        if (chance(0.5)) out.add(F.objectNode().put("start", r.nextInt(Math.max(1, chars(d)))).put("kind", "scare"));
        d.set("quotes", out);
    }

    private void communications(ObjectNode d, Map<String, String> rename) {
        ArrayNode out = F.arrayNode();
        List<String> ids = new ArrayList<>(rename.values());
        for (JsonNode c : arr(d, "communications")) {
            if (chance(0.1)) continue;
            ObjectNode cc = (ObjectNode) c.deepCopy();
            cc.set("senders", renamed(cc.withArray("senders"), rename));
            cc.set("recipients", renamed(cc.withArray("recipients"), rename));
            if (chance(0.15)) cc.set("senders", F.arrayNode().add("unknown"));
            if (chance(0.1)) cc.set("recipients", F.arrayNode());
            else if (chance(0.1) && !ids.isEmpty()) cc.set("recipients", F.arrayNode().add(ids.get(r.nextInt(ids.size()))));
            if (chance(0.2)) cc.put("date", "1938-01");
            else if (chance(0.1)) cc.remove("date");
            if (chance(0.1)) cc.remove("senders");
            out.add(cc);
        }
        if (chance(0.5) && !ids.isEmpty()) {
            out.add(F.objectNode().<ObjectNode>set("senders", F.arrayNode().add(ids.get(r.nextInt(ids.size()))))
                    .<ObjectNode>set("recipients", F.arrayNode().add(ids.get(r.nextInt(ids.size()))))
                    .put("date", "1938"));
        }
        d.set("communications", out);
    }

    private void claims(ObjectNode d) {
        ArrayNode out = F.arrayNode();
        for (JsonNode c : arr(d, "claims")) {
            if (chance(0.1)) continue;
            ObjectNode cc = (ObjectNode) c.deepCopy();
            long v = cc.path("value").asLong();
            if (chance(0.35)) {
                switch (r.nextInt(6)) {
                    case 0 -> cc.put("value", v + 1);
                    case 1 -> cc.put("value", " " + v + " ");
                    case 2 -> cc.put("value", String.format(java.util.Locale.ROOT, "%,d", v));
                    case 3 -> cc.putNull("value");
                    case 4 -> cc.put("value", v + ".0");
                    default -> cc.put("value", (double) v);
                }
            }
            if (chance(0.35)) cc.put("measure", MEASURES[r.nextInt(MEASURES.length)]);
            out.add(cc);
        }
        if (chance(0.4)) out.add(F.objectNode().put("measure", "troops").put("value", 30000));
        d.set("claims", out);
    }

    private void turns(ObjectNode d, Map<String, String> rename) {
        ArrayNode turns = arr(d, "transcript_turns");
        List<String> ids = new ArrayList<>(rename.values());
        for (JsonNode t : turns) {
            ObjectNode tt = (ObjectNode) t;
            renameField(tt, "speaker", rename);
            if (chance(0.2)) tt.putNull("speaker");
            else if (chance(0.1) && !ids.isEmpty()) tt.put("speaker", ids.get(r.nextInt(ids.size())));
            else if (chance(0.05)) tt.remove("speaker");
        }
        starts(turns, 0.1, 0.15);
    }

    // drops some items and shifts the start of others by 1-3
    private void starts(ArrayNode items, double drop, double shift) {
        for (int i = items.size() - 1; i >= 0; i--) {
            if (chance(drop)) {
                items.remove(i);
            } else if (chance(shift)) {
                ObjectNode o = (ObjectNode) items.get(i);
                o.put("start", Math.max(0, o.get("start").asInt() + delta()));
            }
        }
    }

    private void shiftSpan(ObjectNode o) {
        int s = o.get("start").asInt();
        int e = o.get("end").asInt();
        if (r.nextBoolean()) s = Math.max(0, s + delta()); else e = e + delta();
        if (e <= s) e = s + 1;
        o.put("start", s).put("end", e);
    }

    private static void renameField(ObjectNode o, String field, Map<String, String> rename) {
        JsonNode v = o.get(field);
        if (v != null && v.isTextual() && rename.containsKey(v.asText())) o.put(field, rename.get(v.asText()));
    }

    private static ArrayNode renamed(ArrayNode ids, Map<String, String> rename) {
        ArrayNode out = F.arrayNode();
        for (JsonNode id : ids) out.add(rename.getOrDefault(id.asText(), id.asText()));
        return out;
    }

    private static ArrayNode arr(ObjectNode d, String field) {
        return d.withArray(field);
    }

    private static int chars(ObjectNode d) {
        return d.path("chars").asInt(200);
    }
}
