package org.annalist.annotate.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.Span;

/**
 * News: which way a yearless month or a weekday lies from the document's date, read from its own
 * clause: a future or a plan there looks ahead ("payable Jan. 2", "will meet on Thursday"), else a past
 * tense looks back ("said Wednesday", "since he was rescued in late November"); a date opening its
 * clause is read from the first cue after it ("In September, it announced …").
 */
final class NewsDirection {

    enum Way { AHEAD, BACK, UNSAID }

    /** the future, a plan or a schedule: it outweighs any past tense of its clause ("will be paid Dec. 14") */
    private static final Pattern AHEAD = Pattern.compile(
            "(?i)\\b(?:will|'ll|shall|would|can|scheduled|expected to|expects|(?:plans?|planning) to|planned|due|payable|effective"
                    + "|as soon as|as early as|may|might|expires?|expiring|(?:is|are) to|(?:supposed|slated|set|going|likely) to)\\b");
    /** a plan already past: "had been due to expire Friday", "had been scheduled to expire at midnight Friday" */
    private static final Pattern PLAN_IN_THE_PAST = Pattern.compile("(?i)\\bhad\\s+been\\s+(?:due|scheduled|expected|set|slated)\\b");
    /** a deadline the date closes: "until 9 a.m. Tuesday", "by Friday" right before the date */
    private static final Pattern DEADLINE = Pattern.compile("(?i)\\b(?:until|till|by)\\s*$");
    private static final Pattern PAST_PERFECT = Pattern.compile("(?i)\\bhad\\b");
    /** past tense: regular (not a participle after a form of "be"), the irregular verbs of past-tense-verbs.txt */
    private static final Pattern BACK = Pattern.compile(
            "(?i)\\b(?:says|was|were|had|since|ago|last|(?<!\\b(?:be|is|are|been|being)\\s)\\w{3,}ed|" + PastTense.IRREGULAR + ")\\b");
    /** where a clause opens: punctuation, a subordinator, or the end of a verb of saying ("said it will …") */
    private static final Pattern CLAUSE_OPENING = Pattern.compile(
            "(?i)[,;:]|\\b(?:who|which|that|since|when|because|while|although|though|whereas)\\b"
                    + "|\\b(?:said|says|told \\w+|announced|reported|added)\\s+(?=\\p{L}+\\s+\\p{L})");
    private static final int WORDS_AFTER = 8;

    private NewsDirection() {
    }

    /** {@return the way {@code date} lies, by the words of its clause in {@code sentence}} */
    static Way read(String text, Span sentence, Span date) {
        if (text.startsWith("'s", date.end()) || text.startsWith("’s", date.end())) {
            return Way.UNSAID; // "Wednesday's ruling" names an event, whatever the clause's tense
        }
        String before = text.substring(sentence.start(), date.start());
        int clause = 0;
        Matcher opening = CLAUSE_OPENING.matcher(before);
        while (opening.find()) clause = opening.group().matches("(?i)(?:said|says|told|announced|reported|added)\\b.*")
                ? opening.end() : opening.start();
        String own = before.substring(clause);
        if (PLAN_IN_THE_PAST.matcher(own).find()) return Way.BACK;
        if (DEADLINE.matcher(own).find() && !PAST_PERFECT.matcher(own + firstWords(text.substring(date.end(), sentence.end()), WORDS_AFTER)).find()) {
            return Way.AHEAD; // "extended its deadline until Tuesday"; not "until Thursday they had not …"
        }
        if (AHEAD.matcher(own).find()) return Way.AHEAD;
        if (BACK.matcher(own).find()) return Way.BACK;
        if (!own.replaceAll("(?i)\\b(?:in|on|by|at|the|early|late|mid|[,;:])\\b|[,;:]", "").isBlank()) return Way.UNSAID;
        // the date opens its clause: the first cue after it
        String after = firstWords(text.substring(date.end(), sentence.end()), WORDS_AFTER);
        int aheadAfter = firstCue(AHEAD, after);
        int backAfter = firstCue(BACK, after);
        if (aheadAfter < 0 && backAfter < 0) return Way.UNSAID;
        if (aheadAfter < 0) return Way.BACK;
        if (backAfter < 0) return Way.AHEAD;
        return aheadAfter < backAfter ? Way.AHEAD : Way.BACK;
    }

    private static int firstCue(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.start() : -1;
    }

    private static String firstWords(String s, int n) {
        String[] words = s.trim().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(n, words.length)));
    }
}
