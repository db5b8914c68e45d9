package org.annalist.annotate.quote;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.annalist.model.Span;
import org.annalist.model.layer.QuoteKind;

/**
 * Tells speech from scare quotes and titles by general cues, in this order:
 * <ol>
 *   <li>TITLE right after {@code entitled} or {@code titled};</li>
 *   <li>SCARE after a term cue ({@code so-called}, {@code the term}, {@code dubbed});</li>
 *   <li>SPEECH when a reporting verb frames the words ({@code said: “…”}, {@code “…,” he wrote}),
 *       after {@code according to X}, when a verb of judging frames them with {@code as} ({@code described the battle as “…”},
 *       {@code dismissed it as “…”}: the subject's own words), when they make a sentence of their
 *       own, or follow a colon;</li>
 *   <li>TITLE after a work's noun ({@code the book}, {@code his article}) when capitalised;</li>
 *   <li>SPEECH when the words are a clause (a finite verb or a personal pronoun subject)
 *       or hold a sentence stop inside;</li>
 *   <li>TITLE for title-case words after a verb of publishing or performing, or before a
 *       work's noun ({@code published “Dizzy with Success”}, {@code the “Short Course” textbook};
 *       but {@code the “Army of Occupation”} is a term);</li>
 *   <li>SPEECH when the words run to more than {@value #SHORT_WORDS}, unless a simile
 *       ({@code “like fish in a barrel”});</li>
 *   <li>SCARE otherwise: a short term held at arm's length.</li>
 * </ol>
 * Stateless and thread-safe.
 */
public final class QuoteClassifier {

    static final int SHORT_WORDS = 4;

    private static final Set<String> TITLE_CUES = Set.of(
            "entitled", "titled", "book", "books", "article", "articles", "essay", "poem", "novel", "pamphlet",
            "play", "film", "movie", "song", "story", "chapter", "editorial", "treatise", "brochure", "memoir",
            "memoirs", "volume", "lecture", "opera", "symphony", "painting", "headline", "textbook", "manual", "poster", "leaflet", "programme", "program", "manifesto");
    private static final Set<String> WORK_VERBS = Set.of(
            "published", "publishes", "publish", "reprinted", "read", "reviewed", "staged", "performed", "sang",
            "premiered", "translated", "serialized", "serialised", "screened");
    private static final Set<String> TERM_CUES = Set.of(
            "so-called", "term", "terms", "word", "phrase", "expression", "dubbed", "nicknamed", "termed",
            "labelled", "labeled", "branded", "slogan", "catchword", "motto", "euphemism", "known", "styled");
    /** Verbs by which someone judges a thing in words of their own: {@code described it as “…”}. */
    private static final Set<String> JUDGING_VERBS = Set.of(
            "described", "describes", "describe", "describing", "dismissed", "dismisses", "dismissing",
            "denounced", "denounces", "denouncing", "characterized", "characterised", "characterizes",
            "characterises", "portrayed", "portrays", "hailed", "hails", "praised", "praises", "condemned",
            "condemns", "decried", "decries", "derided", "derides", "ridiculed", "ridicules", "welcomed",
            "welcomes", "regarded", "regards", "saw", "sees", "viewed", "views", "summed", "remembered",
            "recalled", "recalls", "celebrated", "attacked", "criticized", "criticised", "mocked");
    private static final Set<String> FINITE = Set.of(
            "is", "are", "was", "were", "am", "be", "been", "has", "have", "had", "do", "does", "did", "will",
            "would", "shall", "should", "can", "could", "may", "might", "must", "isn't", "aren't", "wasn't",
            "weren't", "don't", "doesn't", "didn't", "won't", "can't", "cannot", "let", "let's");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "we", "you", "he", "she", "they", "it");
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "a", "an", "the", "of", "in", "on", "at", "to", "for", "with", "and", "or", "but", "by", "from", "as",
            "into", "over", "under", "about", "against", "without", "nor", "is", "are");

    private final ReportingVerbs verbs;

    public QuoteClassifier(ReportingVerbs verbs) {
        this.verbs = Objects.requireNonNull(verbs, "verbs");
    }

    /** {@return the kind of {@code quote}} in {@code text}, its framing sentence being {@code sentence} */
    public QuoteKind classify(String text, FoundQuote quote, Span sentence) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(sentence, "sentence");
        List<Word> inner = Word.in(text, quote.inner().start(), quote.inner().end());
        if (inner.isEmpty()) return QuoteKind.SCARE;
        List<Word> before = Word.in(text, Math.min(sentence.start(), quote.span().start()), quote.span().start());
        String lastBefore = before.isEmpty() ? "" : before.get(before.size() - 1).lower();
        if (lastBefore.equals("entitled") || lastBefore.equals("titled")) return QuoteKind.TITLE;
        if (TERM_CUES.contains(lastBefore) || near(before, Set.of("so-called"), 2)
                || lastBefore.equals("as") && before.size() >= 2 && before.get(before.size() - 2).lower().equals("known")) {
            return QuoteKind.SCARE;
        }
        if (framedBefore(text, before, quote) || framedAfter(text, quote, sentence)) return QuoteKind.SPEECH;
        // the emperor, according to one aide, “looked ten years older”: the aide's words
        if (accordingTo(before) && !titleCase(inner)) return QuoteKind.SPEECH;
        // (a name in title case is held at arm's length even so: hailed the city as ‘Athens of the North’)
        if (lastBefore.equals("as") && near(before.subList(0, before.size() - 1), JUDGING_VERBS, 5)
                && !simile(inner.get(0).lower()) && !titleCase(inner)) {
            return QuoteKind.SPEECH;
        }
        // words that make a sentence of their own, or follow a colon, are said: “Never.”  He answered: “Twenty.”
        String lead = text.substring(Math.min(sentence.start(), quote.span().start()), quote.span().start()).strip();
        boolean alone = lead.isEmpty() && Word.in(text, quote.span().end(), Math.max(quote.span().end(), sentence.end())).isEmpty();
        if (alone || lead.endsWith(":")) return QuoteKind.SPEECH;
        String first = inner.get(0).lower();
        boolean clause = inner.stream().anyMatch(w -> FINITE.contains(w.lower()))
                || SUBJECT_PRONOUNS.contains(first) && inner.size() > 1;
        if (near(before, TITLE_CUES, 3) && inner.get(0).capitalised() && !clause) return QuoteKind.TITLE;
        if (clause || stopInside(text, quote.inner())) return QuoteKind.SPEECH;
        boolean insideSentence = quote.span().start() > sentence.start();
        // title case alone names a thing held at a distance (the “Army of Occupation”); a title needs a work's cue
        List<Word> after = Word.in(text, quote.span().end(), Math.max(quote.span().end(), sentence.end()));
        boolean workCue = WORK_VERBS.contains(lastBefore) || !after.isEmpty() && TITLE_CUES.contains(after.get(0).lower());
        if (insideSentence && workCue && inner.size() >= 2 && titleCase(inner)) return QuoteKind.TITLE;
        if (inner.size() > SHORT_WORDS && !simile(first)) return QuoteKind.SPEECH;
        return QuoteKind.SCARE;
    }

    /** {@code according to X} among the last words before the quote. */
    private static boolean accordingTo(List<Word> before) {
        for (int i = Math.max(0, before.size() - 8); i + 1 < before.size(); i++) {
            if (before.get(i).lower().equals("according") && before.get(i + 1).lower().equals("to")) return true;
        }
        return false;
    }

    private static boolean simile(String first) {
        return first.equals("like") || first.equals("as");
    }

    private static boolean titleCase(List<Word> words) {
        if (!words.get(0).capitalised()) return false;
        for (Word w : words) {
            if (!w.capitalised() && !FUNCTION_WORDS.contains(w.lower())) return false;
        }
        return true;
    }

    /** A stop, ! or ? followed by more words inside the quote, or ! or ? ending it. */
    private static boolean stopInside(String text, Span inner) {
        String s = text.substring(inner.start(), inner.end()).strip();
        if (s.endsWith("!") || s.endsWith("?")) return true;
        return s.matches("(?s).*\\p{L}[.!?;] +\\p{L}.*");
    }

    private static boolean near(List<Word> before, Set<String> cues, int within) {
        for (int i = Math.max(0, before.size() - within); i < before.size(); i++) {
            if (cues.contains(before.get(i).lower())) return true;
        }
        return false;
    }

    /** {@code said “…”}, {@code said: “…”}, {@code wrote that “…”}, {@code told him, “…”}. */
    private boolean framedBefore(String text, List<Word> before, FoundQuote quote) {
        int n = before.size();
        for (int back = 1; back <= 3 && n - back >= 0; back++) {
            int i = n - back;
            int len = verbs.matchAt(before, i);
            if (len == 0 || i + len > n) continue;
            String between = text.substring(before.get(i + len - 1).span().end(), quote.span().start());
            List<Word> rest = before.subList(i + len, n);
            boolean joined = rest.isEmpty()
                    || rest.size() == 1 && rest.get(0).lower().equals("that")
                    || between.strip().endsWith(":") || between.strip().endsWith(",");
            if (joined) return true;
        }
        return false;
    }

    /** {@code “…,” she said}, {@code “…,” said the marshal}, {@code “…,” Smith would observe}. */
    private boolean framedAfter(String text, FoundQuote quote, Span sentence) {
        if (quote.span().end() >= sentence.end()) return false;
        String gap = text.substring(quote.span().end(), Math.min(sentence.end(), quote.span().end() + 3));
        List<Word> after = Word.in(text, quote.span().end(), sentence.end());
        if (after.isEmpty() || !gap.matches("(?s)[\\s,—–-]*\\p{L}.*|(?s)[\\s,—–-]*")) return false;
        String inner = text.substring(quote.inner().start(), quote.inner().end()).strip();
        String tail = text.substring(quote.span().end(), after.get(0).span().start());
        boolean commaJoined = inner.endsWith(",") || tail.contains(",");
        if (!commaJoined) return false;
        for (int i = 0; i < Math.min(5, after.size()); i++) {
            if (verbs.matchAt(after, i) > 0) return true;
        }
        return false;
    }
}
