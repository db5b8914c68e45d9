package org.annalist.annotate.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.annotate.Lexicons;

/**
 * The tenses a narrative is told in: the irregular past-tense verbs ({@code past-tense-verbs.txt}) as one
 * regex alternation, for the cues of the past, and the historic present of a history told as if it
 * were happening ("On Monday the city wakes"), where a clause in the past tense looks back.
 */
final class PastTense {

    /** {@code said|did|told|…}: to be put inside a group with word boundaries around it */
    static final String IRREGULAR = String.join("|", Lexicons.lines(PastTense.class, "past-tense-verbs.txt"));

    /**
     * a finite verb of the past: "was", "had", "took"; a regular "-ed" form may as well be a participle
     * or an adjective ("confused noises"), and does not count, nor does a subjunctive "were" ("thinks it were good")
     */
    private static final Pattern PAST = Pattern.compile("(?i)\\b(?:was|(?<!\\b(?:it|he|she|I|if|as)\\s)were|had|did|" + IRREGULAR + ")\\b");
    /** a finite verb of the present, or a modal */
    private static final Pattern PRESENT = Pattern.compile("(?i)\\b(?:is|are|has|have|does|shall|will|can|may|must)\\b");

    private static final Pattern PRESENT_FORMS = Pattern.compile("(?i)\\b(?:is|are|has)\\b");
    private static final Pattern PAST_FORMS = Pattern.compile("(?i)\\b(?:was|were|had)\\b");
    /** How many times the present forms must outnumber the past ones for a history told in the present. */
    private static final int PRESENT_MAJORITY = 2;
    /** How many forms a text must hold to tell its tense. */
    private static final int ENOUGH = 500;

    private PastTense() {
    }

    /**
     * {@return true when {@code text} is told in the historic present}: "is", "are", "has" outnumber
     * "was", "were", "had" twice over (a history told in the past has a few present forms to every ten
     * past ones; one written as a present-day survey about as many of each)
     */
    static boolean historicPresent(CharSequence text) {
        int present = count(PRESENT_FORMS.matcher(text));
        int past = count(PAST_FORMS.matcher(text));
        return present + past >= ENOUGH && present >= PRESENT_MAJORITY * past;
    }

    /** {@return true when {@code clause} holds a verb of the past ("was", "took") and none of the present} */
    static boolean toldInThePast(CharSequence clause) {
        return PAST.matcher(clause).find() && !PRESENT.matcher(clause).find();
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) n++;
        return n;
    }
}
