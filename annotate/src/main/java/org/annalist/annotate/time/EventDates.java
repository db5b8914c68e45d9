package org.annalist.annotate.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.Span;

/**
 * The dates the story has given so far, each with its sentence, to find the date of an event a
 * later expression counts from ("eight days after Fort Sumter", "ten days after the battle began").
 * An event named by a proper name is the latest dated sentence naming it; an event named by a
 * common noun ("the vote", "his arrival") the latest of the last few dated sentences using the
 * noun; "the battle", with no such sentence near, is the story's current day. Not thread-safe:
 * one per document.
 */
final class EventDates {

    /** A date of the story with the sentence it stands in. */
    record Dated(Span sentence, Span span, Resolution resolution) {
    }

    /** How many dated sentences back a common noun is looked for. */
    private static final int NEAR = 8;

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our", "my",
            "this", "that", "these", "those", "first", "second", "last", "final");

    private static final Set<String> CONNECTORS = Set.of("of", "the", "and", "at", "in", "on", "to", "for", "with", "from", "by");

    private final String text;
    private final List<Dated> dates = new ArrayList<>();

    EventDates(String text) {
        this.text = text;
    }

    /** Records a date of the story's main line or asides (not front or back matter). */
    void add(Span sentence, Span span, Resolution resolution) {
        if (resolution.interval().isPresent() && !resolution.vague()) dates.add(new Dated(sentence, span, resolution));
    }

    /**
     * {@return the dated sentence that dates {@code event}, if the text gives one}, not
     * {@code sentence} itself ("On the 9th of November, two days after the battle of Belmont" dates
     * the count, not the battle)
     */
    Optional<Dated> find(String event, Span sentence) {
        String[] words = event.split("\\s+");
        int i = 0;
        while (i < words.length && DETERMINERS.contains(words[i].toLowerCase(Locale.ROOT))) i++;
        if (i >= words.length) return Optional.empty();
        // the names in it ("Fort Sumter", "Belmont") and the noun it is ("battle", "speech")
        List<String> names = new ArrayList<>();
        String noun = null;
        boolean possessive = false;
        for (int j = i; j < words.length; j++) {
            String w = words[j].replaceAll("['’]s$", "").replaceAll("[^\\p{L}'-]", "");
            if (w.isEmpty()) continue;
            if (Character.isUpperCase(w.charAt(0))) {
                names.add(w);
                possessive = words[j].matches(".*['’]s\\W*");
            } else if (noun == null && w.length() >= 3 && !CONNECTORS.contains(w)) {
                // "Sherman's arrival" names a noun; in "Longstreet left Loudon" the word after a name is a verb
                if (names.isEmpty() || possessive || i > 0) noun = w;
                else break;
            }
        }
        if (!names.isEmpty()) {
            String head = noun;
            for (int k = dates.size() - 1; k >= 0; k--) {
                if (dates.get(k).sentence().equals(sentence)) continue;
                String text = sentenceText(dates.get(k));
                if (names.stream().allMatch(n -> containsWord(text, n))
                        && (head == null || containsWord(text.toLowerCase(Locale.ROOT), head))) {
                    return Optional.of(dates.get(k));
                }
            }
            return Optional.empty();
        }
        String head = words[i].toLowerCase(Locale.ROOT);
        if (head.length() < 3) return Optional.empty();
        for (int k = dates.size() - 1; k >= Math.max(0, dates.size() - NEAR); k--) {
            if (dates.get(k).sentence().equals(sentence)) continue;
            if (containsWord(sentenceText(dates.get(k)).toLowerCase(Locale.ROOT), head)) return Optional.of(dates.get(k));
        }
        return Optional.empty();
    }

    /**
     * {@return the date of the latest sentence before {@code sentence}, at most {@code reach} characters back,
     * that {@code cue} marks and that names every one of {@code names}}: of its dates, the one nearest the cue
     * ("Varga ascended the throne in 1712 and died in 1740" gives 1712)
     */
    Optional<Dated> latest(Span sentence, Pattern cue, List<String> names, int reach) {
        for (int k = dates.size() - 1; k >= 0; k--) {
            Dated d = dates.get(k);
            if (d.sentence().equals(sentence)) continue;
            if (sentence.start() - d.sentence().end() > reach) return Optional.empty();
            String s = sentenceText(d);
            Matcher m = cue.matcher(s);
            if (!m.find() || !names.stream().allMatch(n -> containsWord(s, n))) continue;
            int at = d.sentence().start() + m.start();
            Dated best = d;
            for (int j = k - 1; j >= 0 && dates.get(j).sentence().equals(d.sentence()); j--) {
                if (Math.abs(dates.get(j).span().start() - at) < Math.abs(best.span().start() - at)) best = dates.get(j);
            }
            return Optional.of(best);
        }
        return Optional.empty();
    }

    private String sentenceText(Dated d) {
        return text.substring(d.sentence().start(), d.sentence().end());
    }

    /** {@return true when {@code word} begins a word of {@code sentence} ("vote" in "voted")} */
    private static boolean containsWord(String sentence, String word) {
        int from = 0;
        while (true) {
            int at = sentence.indexOf(word, from);
            if (at < 0) return false;
            if (at == 0 || !Character.isLetter(sentence.charAt(at - 1))) return true;
            from = at + 1;
        }
    }
}
