package org.annalist.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Whatever the blocks, headings, turns and overlapping spans, the TEI renderer emits TEI the subset schema accepts. */
class TeiSchemaPropertiesTest {

    private static final List<String> TYPES = List.of("PERSON", "ORG", "GPE", "LOC", "FAC", "MISC");
    private static final List<String> VALUES = List.of("1938", "1938-05", "1938-05-17", "1938-W20", "PRESENT_REF", "XXXX");

    @Property(tries = 150)
    void anyDocumentRendersToValidTei(@ForAll long seed) throws Exception {
        Random r = new Random(seed);
        int n = 20 + r.nextInt(300);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append("ab c:.\"&<".charAt(r.nextInt(9)));
        String text = sb.toString();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, n));
        for (int i = r.nextInt(8); i > 0; i--) cuts.add(r.nextInt(n));
        List<TeiSource.Block> blocks = new ArrayList<>();
        List<TeiSource.Turn> turns = new ArrayList<>();
        Integer prev = null;
        for (int c : cuts) {
            if (prev != null) {
                boolean heading = r.nextInt(3) == 0;
                blocks.add(new TeiSource.Block(prev, c, heading, 1 + r.nextInt(3)));
                if (!heading && r.nextInt(3) == 0 && c - prev > 2) turns.add(new TeiSource.Turn(prev, c, prev, prev + 1, "S"));
            }
            prev = c;
        }
        List<TeiSource.EntityRef> entities = new ArrayList<>();
        for (int i = 0; i < TYPES.size(); i++) entities.add(new TeiSource.EntityRef("k" + i, "E" + i, TYPES.get(i)));
        List<TeiSource.MentionSpan> mentions = new ArrayList<>();
        List<TeiSource.TimexSpan> timexes = new ArrayList<>();
        List<TeiSource.QuoteSpan> quotes = new ArrayList<>();
        List<TeiSource.CallSpan> calls = new ArrayList<>();
        for (int i = r.nextInt(25); i > 0; i--) {
            int s = r.nextInt(n);
            int e = Math.min(n, s + 1 + r.nextInt(30));
            switch (r.nextInt(4)) {
                case 0 -> mentions.add(new TeiSource.MentionSpan(s, e, "k" + r.nextInt(TYPES.size()),
                        List.of("NAME", "NOMINAL", "PRONOUN").get(r.nextInt(3))));
                case 1 -> {
                    boolean range = r.nextBoolean();
                    timexes.add(new TeiSource.TimexSpan(s, e, VALUES.get(r.nextInt(VALUES.size())),
                            range ? Optional.of("1938-05-01") : Optional.empty(), range ? Optional.of("1938-05-31") : Optional.empty()));
                }
                case 2 -> quotes.add(new TeiSource.QuoteSpan(s, e, r.nextBoolean() ? Optional.of("k0") : Optional.empty()));
                default -> calls.add(new TeiSource.CallSpan(s, e, "1", Optional.of("n1")));
            }
        }
        TeiSource d = new TeiSource("doc " + seed, "/doc", text, blocks, turns, entities, mentions, timexes, quotes, calls,
                List.of(new TeiSource.NoteBody("n1", "1", n, n, "A note.")));

        Tei.Rendered out = Tei.render(d);

        assertThat(Schemas.rngErrors(TeiSchemaTest.TEI_RNC, out.xml())).as(out.xml()).isEmpty();
    }
}
