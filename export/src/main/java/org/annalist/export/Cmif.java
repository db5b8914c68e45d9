package org.annalist.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import org.annalist.store.query.MessageRow;
import org.annalist.store.query.Party;

/**
 * The communications as a CMIF file (Correspondence Metadata Interchange Format, TEI): one
 * correspDesc per communication with a correspAction "sent" (senders, date) and "received"
 * (recipients), an unknown side as CMIF's persName "Unknown". Parties are persName / orgName / placeName with @ref; having no authority
 * file, the refs are annalist URNs of the collection entity. The source document is a bibl of
 * the sourceDesc that @source points to.
 */
public final class Cmif {

    public static final String TEI = "http://www.tei-c.org/ns/1.0";
    private static final Pattern CALENDAR = Pattern.compile("-?\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Set<String> PLACES = Set.of("GPE", "LOC", "FAC");

    private Cmif() {
    }

    /** {@return the CMIF TEI document of {@code communications}} */
    public static String render(String title, String published, List<MessageRow> communications) {
        Map<String, String> sources = new LinkedHashMap<>();
        communications.forEach(c -> sources.computeIfAbsent(c.source().document(), k -> "src" + (sources.size() + 1)));
        return Xml.document(x -> {
            x.start("TEI").ns(TEI).start("teiHeader").start("fileDesc");
            x.start("titleStmt").leaf("title", title).start("editor").text("annalist").end().end();
            x.start("publicationStmt").leaf("publisher", "annalist")
                    .start("idno").attr("type", "url").text("urn:annalist:cmif").end()
                    .start("date").attr("when", published).end()
                    .start("availability").start("licence").attr("target", "https://creativecommons.org/licenses/by/4.0/")
                    .text("This file is licensed under the terms of the Creative-Commons-License CC-BY 4.0").end().end()
                    .end();
            x.start("sourceDesc");
            for (Map.Entry<String, String> s : sources.entrySet()) {
                x.start("bibl").attr("type", "print").xmlId(s.getValue()).text(s.getKey()).end();
            }
            x.end().end();
            x.start("profileDesc");
            int n = 0;
            for (MessageRow c : communications) {
                n++;
                x.start("correspDesc").attr("key", "c" + n).attr("source", "#" + sources.get(c.source().document()));
                // CMIF makes the persName mandatory, "Unknown" when the side is not known (TEI wants no empty action)
                x.start("correspAction").attr("type", "sent");
                parties(x, c.senders());
                date(x, c);
                x.end();
                x.start("correspAction").attr("type", "received");
                parties(x, c.recipients());
                x.end();
                if (c.channel().isPresent()) {
                    x.start("note").attr("type", "channel").text(c.channel().get()).end();
                }
                x.start("note").attr("type", "span").text(c.source().start() + "-" + c.source().end()).end();
                x.end();
            }
            x.end().end();
            x.start("text").start("body").start("p").end().end().end();
            x.end();
        });
    }

    private static void parties(Xml x, List<Party> ps) throws XMLStreamException {
        if (ps.isEmpty()) x.leaf("persName", "Unknown");
        for (Party p : ps) party(x, p);
    }

    private static void party(Xml x, Party p) throws XMLStreamException {
        String element = p.type().equals("PERSON") ? "persName" : PLACES.contains(p.type()) ? "placeName" : "orgName";
        x.start(element).attr("ref", "urn:annalist:entity:" + java.net.URLEncoder.encode(p.key(), java.nio.charset.StandardCharsets.UTF_8)).text(p.name()).end();
    }

    private static void date(Xml x, MessageRow c) throws XMLStreamException {
        if (c.date().isPresent() && CALENDAR.matcher(c.date().get()).matches()) {
            x.start("date").attr("when", c.date().get()).end();
        } else if (DayInterval.of(c).isPresent()) {
            x.start("date").attr("notBefore", DayInterval.of(c).get().from().toString())
                    .attr("notAfter", DayInterval.of(c).get().to().toString()).end();
        }
    }
}
