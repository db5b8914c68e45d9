package org.annalist.annotate.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.annalist.annotate.AnnotatedText;
import org.annalist.model.Heading;
import org.annalist.model.Paragraph;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceText;
import org.annalist.model.Span;
import org.annalist.model.Structure;
import org.junit.jupiter.api.Test;

/**
 * The narrative clock on a book's conventions: a chapter that steps back to take up a thread,
 * a look back counted in its own month, a stretch begun "ever since", tables, and feasts named as
 * figures. Invented text.
 */
class TimeStageThreadTest {

    private static final TimeStage NARRATIVE = new TimeStage(TimeConfig.narrative());

    /** Paragraphs are separated by blank lines (so a table's rows stay one block); "# " opens a heading. */
    private static AnnotatedText doc(String text) {
        return TimeTexts.document(text, "\n\n");
    }

    private static List<String> resolve(String text) {
        AnnotatedText t = doc(text);
        return NARRATIVE.annotate(t).items().stream()
                .map(x -> x.span().coveredText(t.source()) + " = " + x.value()).toList();
    }

    @Test
    void aChapterThatStepsBackToADayTakesUpTheThreadFromThere() {
        assertThat(resolve("On April 9, 1865, Marsh rode to the farm.\n\n# CHAPTER X.\n\n"
                + "On the 8th Hale had followed the column. During the night he received a note asking for a "
                + "meeting on the following morning.")).containsExactly(
                "April 9, 1865 = 1865-04-09", "the 8th = 1865-04-08", "the following morning = 1865-04-09TMO");
    }

    @Test
    void insideAParagraphTheSameLookBackLeavesTheMainLineWhereItWas() {
        assertThat(resolve("On April 9, 1865, Marsh rode to the farm. On the 8th Hale had followed the column. "
                + "The next day they met.")).containsExactly(
                "April 9, 1865 = 1865-04-09", "the 8th = 1865-04-08", "The next day = 1865-04-10");
    }

    @Test
    void aBareOrdinalInALookBackCountsInTheMonthTheLookBackNamed() {
        assertThat(resolve("On May 2, 1863, Varga crossed the river. Dunn had left the camp on April 17th. "
                + "On the 21st he had reached the ford. The next day Varga marched.")).containsExactly(
                "May 2, 1863 = 1863-05-02", "April 17th = 1863-04-17", "the 21st = 1863-04-21",
                "The next day = 1863-05-03");
    }

    @Test
    void aStretchBegunEverSinceAnEarlierYearDoesNotTakeTheStoryBack() {
        assertThat(resolve("On June 20, 1791, Ostrova fled the city.\n\nFor above a year, ever since March 1790, there "
                + "has hovered a plan of flight. On the Fourth of May the crowd met in the square.")).containsExactly(
                "June 20, 1791 = 1791-06-20", "March 1790 = 1790-03", "the Fourth of May = 1791-05-04");
    }

    @Test
    void aCalendarLaidOutAsATableGivesNoDaysOfTheStory() {
        assertThat(resolve("On March 3, 1794, Hale wrote the decree.\n\n"
                + "     Nivose      20     December     31\n"
                + "     Pluviose    19     January      31\n"
                + "     Ventose     18     February     28\n\n"
                + "The next day Dunn left.")).containsExactly(
                "March 3, 1794 = 1794-03-03", "20     December = XXXX-12-20", "19     January = XXXX-01-19",
                "18     February = XXXX-02-18", "The next day = 1794-03-04");
    }

    @Test
    void aTablesDatesAreResolvedButDoNotMoveTheStory() {
        assertThat(resolve("On May 10, 1863, Varga counted the losses.\n\n"
                + "     Skirmish at the ford, May 3      1      9\n"
                + "     Fight at the mill, May 5         6     20\n\n"
                + "The next day the march went on.")).containsExactly(
                "May 10, 1863 = 1863-05-10", "May 3 = 1863-05-03", "May 5 = 1863-05-05",
                "The next day = 1863-05-11");
    }

    @Test
    void theWinterOfTwoYearsWrittenShortIsTheWinterOfItsJanuary() {
        assertThat(resolve("On December 29, 1862, Dunn withdrew.\n\nThe winter of 1862-3 was a wet one. It was in January "
                + "the troops moved.")).containsExactly(
                "December 29, 1862 = 1862-12-29", "The winter of 1862-3 = 1863-WI", "January = 1863-01");
    }

    @Test
    void aDecemberNamedInAWinterIsTheWintersFirstMonth() {
        assertThat(resolve("In the winter of 1838-9 Dunn was at school, but spent the Christmas holidays at home. "
                + "In March he left.")).containsExactly(
                "the winter of 1838-9 = 1839-WI", "Christmas = 1838-12-25", "March = 1839-03");
    }

    @Test
    void olderProsePutsTheMonthFirstAndTheMorningBeforeTheMonth() {
        // "shall be next Sunday" is a plan: the story stays on the 9th
        assertThat(resolve("On the ninth morning of April, 1792, the Swiss arrived. Their feast shall be next Sunday. "
                + "Hale had slept since July the 17th of 1791. The next day he woke.")).containsExactly(
                "the ninth morning of April, 1792 = 1792-04-09TMO", "next Sunday = 1792-04-15",
                "July the 17th of 1791 = 1791-07-17", "The next day = 1792-04-10");
    }

    @Test
    void thePapersDateAndADayYearsAgoDoNotTakeTheStoryBack() {
        assertThat(resolve("On August 10, 1861, Marsh reached the river. Both commissions bore date May 17th, 1861. "
                + "The next morning the column moved.\n\nOn the Sixth of October 1859, two years ago, Hale entered the city. "
                + "Not till Saturday did the carriage return.")).containsExactly(
                "August 10, 1861 = 1861-08-10", "May 17th, 1861 = 1861-05-17", "The next morning = 1861-08-11TMO",
                "the Sixth of October 1859 = 1859-10-06", "two years ago = 1859", "Saturday = 1861-08-17");
    }

    @Test
    void aMonthFollowingIsTheNextSuchMonth() {
        assertThat(resolve("On the 22d of August, 1848, Dunn was married. In April following he was ordered west."))
                .containsExactly("the 22d of August, 1848 = 1848-08-22", "April = 1849-04");
    }

    @Test
    void aRetrospectOverYearsWrittenShortDoesNotTakeTheStoryBack() {
        assertThat(resolve("On April 9, 1865, Marsh rode to the farm.\n\nDuring 1862 and '3 Varga raided the roads. "
                + "The rebellion of 1861-5 was long.\n\nLate in March one column had started, another on the 20th."))
                .containsExactly("April 9, 1865 = 1865-04-09", "1862 and '3 = 1862/1863", "1861-5 = 1861/1865",
                        "Late in March = 1865-03", "the 20th = 1865-03-20");
    }

    @Test
    void anHourAtNightIsAnEveningHour() {
        assertThat(resolve("On January 15, 1865, the fight went on, and by 10 o'clock at night the fort was carried."))
                .containsExactly("January 15, 1865 = 1865-01-15", "10 o'clock at night = 1865-01-15T22:00");
    }

    @Test
    void aDayNamedAsAnEventGoneByIsThatDayAndTheStoryStaysWhereItWas() {
        assertThat(resolve("On the Tenth of August, 1792, the palace fell.\n\nOn the 2d of April 1794 Dunn was tried. "
                + "\"Hidden on the Tenth of August?\" he cried. The next day he was condemned. \"Who pressed me that day?\""))
                .containsExactly("the Tenth of August, 1792 = 1792-08-10", "the 2d of April 1794 = 1794-04-02",
                        "the Tenth of August = 1792-08-10", "The next day = 1794-04-03", "that day = 1794-04-03");
    }

    @Test
    void theStoryStepsOnToTheNextSuchDayWhenItIsNear() {
        assertThat(resolve("On Monday night, the Twentieth of June 1791, Hale fled.\n\nOn the 13th of June 1792 the "
                + "ministers fell. Meanwhile the Twentieth of June is nigh.")).containsExactly(
                "Monday night, the Twentieth of June 1791 = 1791-06-20", "the 13th of June 1792 = 1792-06-13",
                "the Twentieth of June = 1792-06-20");
    }

    @Test
    void aFeastNamedAsAFigureIsNoDateButAFeastOfTheStoryIs() {
        assertThat(resolve("On June 4, 1790, Marsh spoke to the assembly. It was a new Night of Pentecost for them. "
                + "Their old Christmas Guisings were forgotten. At Christmas the assembly rose.")).containsExactly(
                "June 4, 1790 = 1790-06-04", "Christmas = 1790-12-25");
    }
}
