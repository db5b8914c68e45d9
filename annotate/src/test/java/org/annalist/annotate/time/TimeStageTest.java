package org.annalist.annotate.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annalist.annotate.AnnotatedText;
import org.annalist.annotate.Pipeline;
import org.annalist.model.Heading;
import org.annalist.model.Paragraph;
import org.annalist.model.Region;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceText;
import org.annalist.model.Span;
import org.annalist.model.Structure;
import org.annalist.model.layer.Granularity;
import org.annalist.model.layer.Timex;
import org.annalist.model.layer.Timexes;
import org.junit.jupiter.api.Test;

/** Narrative anchoring: sequences of sentences, each expression resolved where the story stands. */
class TimeStageTest {

    private static final TimeStage NARRATIVE = new TimeStage(TimeConfig.narrative());

    /** Paragraphs are lines; a line starting with "# " is a heading. */
    private static AnnotatedText doc(String text) {
        return TimeTexts.document(text, "\n");
    }

    private static List<String> resolve(TimeStage stage, String text) {
        AnnotatedText t = doc(text);
        return stage.annotate(t).items().stream()
                .map(x -> x.span().coveredText(t.source()) + " = " + x.value()).toList();
    }

    @Test
    void relativeDatesCountFromTheLastDayOfTheMainLine() {
        assertThat(resolve(NARRATIVE, "On March 3, 1862, Grant left Cairo. Two days later he reached the fort. "
                + "On March 9 the rains began. The next day the roads flooded.")).containsExactly(
                "March 3, 1862 = 1862-03-03", "Two days later = 1862-03-05", "March 9 = 1862-03-09",
                "The next day = 1862-03-10");
    }

    @Test
    void aFlashbackInThePastPerfectDoesNotMoveTheMainLine() {
        assertThat(resolve(NARRATIVE, "On May 4, 1864, the army crossed the river. He recalled the winter of 1862, "
                + "when he had first commanded. The next day the fighting began.")).containsExactly(
                "May 4, 1864 = 1864-05-04", "the winter of 1862 = 1862-WI", "The next day = 1864-05-05");
    }

    @Test
    void aFullDateGoingBackIsTheMainLineUnlessTheLookBackIsMarkedBeforeIt() {
        assertThat(resolve(NARRATIVE, "On August 22, 1938, Beria was named. On June 16, 1938, Chubar, who had long "
                + "served, was expelled. That same day he wrote. He had met Stalin on May 2, 1937. The next day he left."))
                .containsExactly("August 22, 1938 = 1938-08-22", "June 16, 1938 = 1938-06-16",
                        "That same day = 1938-06-16", "May 2, 1937 = 1937-05-02", "The next day = 1938-06-17");
    }

    @Test
    void aDateInParenthesesDoesNotMoveTheMainLine() {
        assertThat(resolve(NARRATIVE, "On May 5, 1864, the battle began (the corps was raised in March 1862). "
                + "The next day it ended.")).containsExactly(
                "May 5, 1864 = 1864-05-05", "March 1862 = 1862-03", "The next day = 1864-05-06");
    }

    @Test
    void aFarBareYearInsideAParagraphIsAnAsideButOneOpeningAParagraphSetsTheScene() {
        assertThat(resolve(NARRATIVE, "On April 2, 1847, we landed. Vera Cruz, up to 1880, was a walled city. "
                + "On the 15th of May we entered Puebla.\nIn 1861 the war began. On the 12th of April the guns fired."))
                .containsExactly("April 2, 1847 = 1847-04-02", "1880 = 1880", "the 15th of May = 1847-05-15",
                        "1861 = 1861", "the 12th of April = 1861-04-12");
    }

    @Test
    void underspecifiedDatesTakeTheNarrativesYearAndCrossAYearEndGoingForward() {
        assertThat(resolve(NARRATIVE, "On December 20, 1862, the raid struck Holly Springs. On January 2 the army "
                + "moved. On January 5 it halted.")).containsExactly(
                "December 20, 1862 = 1862-12-20", "January 2 = 1863-01-02", "January 5 = 1863-01-05");
    }

    @Test
    void aCoarserDateSetsTheYearButKeepsOnlyADayItContains() {
        assertThat(resolve(NARRATIVE, "On July 4, 1863, Vicksburg fell. That summer was hot. The next day the "
                + "troops rested.")).containsExactly(
                "July 4, 1863 = 1863-07-04", "That summer = 1863-SU", "The next day = 1863-07-05");
        assertThat(resolve(NARRATIVE, "On July 4, 1863, Vicksburg fell. By autumn 1864 the war had moved east. "
                + "The next day the troops rested.")).containsExactly(
                "July 4, 1863 = 1863-07-04", "autumn 1864 = 1864-FA", "The next day = XXXX-XX-XX");
    }

    @Test
    void aHeadingWithoutYearsKeepsTheReferenceDay() {
        assertThat(resolve(NARRATIVE, "On May 1, 1863, they met.\n# CHAPTER II\nThe next day they parted. On May 9 "
                + "they met again.")).containsExactly(
                "May 1, 1863 = 1863-05-01", "The next day = 1863-05-02", "May 9 = 1863-05-09");
    }

    @Test
    void aHeadingThatStatesYearsOpensASectionAndYearlessDatesStayInIt() {
        // a title line (no heading markup) counts as a heading; the year end is not crossed out of the section
        assertThat(resolve(NARRATIVE, "The war began in 1861.\nEastern Theater 1862-1863\nIn May the army moved.\n"
                + "2008: Iraqi forces arm\nThe minister spoke of \"the most dangerous time\" in December 2008.\n"
                + "At the end of March, the army attacked Basra.")).containsExactly(
                "1861 = 1861", "1862-1863 = 1862/1863", "May = 1862-05", "2008 = 2008", "December 2008 = 2008-12",
                "the end of March = 2008-03");
    }

    @Test
    void plansAndEndpointsDoNotMoveTheStory() {
        assertThat(resolve(NARRATIVE, "In October 1974, Tra returned to Hanoi. The big push was planned for 1976. "
                + "On 10 March the attack began.")).containsExactly(
                "October 1974 = 1974-10", "1976 = 1976", "10 March = 1975-03-10");
        assertThat(resolve(NARRATIVE, "In September 1944 the offensive began, and the siege lasted until the fall of "
                + "Budapest in February 1945. By the start of July, Commonwealth forces had repelled them.")).containsExactly(
                "September 1944 = 1944-09", "February 1945 = 1945-02", "the start of July = 1944-07");
    }

    @Test
    void aCountFromANamedEventStartsOnTheEventsDate() {
        assertThat(resolve(NARRATIVE, "Confederate guns fired on Fort Sumter on April 12, 1861. Lincoln called for "
                + "volunteers. Liberty Arsenal was seized eight days after Fort Sumter. A year after the war he died."))
                .containsExactly("April 12, 1861 = 1861-04-12", "eight days = 1861-04-20", "A year = P1Y");
        assertThat(resolve(NARRATIVE, "On April 14, Graziani attacked. This was the Battle of the Ogaden. Ten days "
                + "after the battle began, the line broke.")).containsExactly("April 14 = XXXX-04-14", "Ten days = P10D");
    }

    @Test
    void asidesOfTheNarratorDoNotMoveTheStory() {
        // a when-clause years ahead, a past event named by "the assault of …", a range's start
        assertThat(resolve(NARRATIVE, "On April 6, 1862, the battle began. No one ever doubted him. When I came into "
                + "command of the army in 1864, I restored him. He left Corinth on the 2d of May.")).containsExactly(
                "April 6, 1862 = 1862-04-06", "1864 = 1864", "the 2d of May = 1862-05-02");
        assertThat(resolve(NARRATIVE, "On June 3, 1864, we assaulted at Cold Harbor. I regret it, as I regret the "
                + "assault of the 22d of May, 1863, at Vicksburg. On the 5th the lines were quiet.")).containsExactly(
                "June 3, 1864 = 1864-06-03", "the 22d of May, 1863 = 1863-05-22", "the 5th = 1864-06-05");
        assertThat(resolve(NARRATIVE, "On April 9, 1865, Lee surrendered. We took prisoners between March 29th and the "
                + "surrender. On the 14th we went to the theatre.")).containsExactly(
                "April 9, 1865 = 1865-04-09", "March 29th = 1865-03-29", "the 14th = 1865-04-14");
    }

    @Test
    void aLettersDatelineIsNotASectionHeading() {
        assertThat(resolve(NARRATIVE, "On December 28, 1864, Butler was back.\nCITY POINT, VA., September 27, 1864\n"
                + "It was the 6th of January before the troops sailed.")).containsExactly(
                "December 28, 1864 = 1864-12-28", "September 27, 1864 = 1864-09-27", "the 6th of January = 1865-01-06");
    }

    @Test
    void thatDayAndThatYearPointBackToTheDateNamedLast() {
        assertThat(resolve(NARRATIVE, "On May 10, 1940, Churchill took office. China was stalemated by 1938. In August "
                + "of that year the communists attacked.")).containsExactly("May 10, 1940 = 1940-05-10", "1938 = 1938",
                "August of that year = 1938-08");
        assertThat(resolve(NARRATIVE, "On May 5, 1864, the army crossed. On the afternoon of the 7th I received news that "
                + "Sherman had attacked that day.")).containsExactly("May 5, 1864 = 1864-05-05",
                "the afternoon of the 7th = 1864-05-07TAF", "that day = 1864-05-07");
    }

    @Test
    void aDayStatedBesideARelativeOneIsTheDayMeant() {
        assertThat(resolve(NARRATIVE, "On December 23, 1864, they met. The next day (24th) Sherman marched on. "
                + "Warren was ordered to move that night (the 31st), but started after 5 o'clock next morning."))
                .containsExactly("December 23, 1864 = 1864-12-23", "The next day (24th) = 1864-12-24",
                        "that night (the 31st) = 1864-12-31TNI", "5 o'clock next morning = 1865-01-01T05:00");
    }

    @Test
    void daysNamedInWordsAreDatesButAFigureOfADayIsNot() {
        assertThat(resolve(NARRATIVE, "In 1792 the court fled. On the Tenth of August the palace fell. "
                + "They feared a new Tenth of August. On Monday the twentieth of August the assembly met."))
                .containsExactly("1792 = 1792", "the Tenth of August = 1792-08-10",
                        "Monday the twentieth of August = 1792-08-20");
    }

    @Test
    void sinceAMonthLooksBackAndAWillGoesAhead() {
        assertThat(resolve(NARRATIVE, "On March 3, 1862, he wrote from Cairo. He had been ill since November. "
                + "He will return in January.")).containsExactly("March 3, 1862 = 1862-03-03",
                "November = 1861-11", "January = 1863-01");
    }

    @Test
    void aWinterIsNamedByItsJanuaryAndIsTheOneAheadOfTheStory() {
        assertThat(resolve(NARRATIVE, "In September 480 BC the fleet won at Salamis. The Athenians returned for the "
                + "winter. In the autumn of 1919 the British left before the onset of winter.")).containsExactly(
                "September 480 BC = BC0480-09", "the winter = BC0479-WI", "the autumn of 1919 = 1919-FA",
                "winter = 1920-WI");
    }

    @Test
    void thatSameDayAndTheNextAreTwoDays() {
        assertThat(resolve(NARRATIVE, "On August 7, Blyukher was ordered out. That same day and the next, Stern "
                + "attacked.")).containsExactly("August 7 = XXXX-08-07", "That same day = XXXX-XX-XX",
                "the next = XXXX-XX-XX");
        assertThat(resolve(NARRATIVE, "In 1938 the border was quiet. On August 7, Blyukher was ordered out. That same "
                + "day and the next, Stern attacked.")).containsExactly("1938 = 1938", "August 7 = 1938-08-07",
                "That same day = 1938-08-07", "the next = 1938-08-08");
    }

    @Test
    void aDocumentDateAnchorsDeicticExpressionsInNews() {
        TimeStage news = new TimeStage(TimeConfig.withDocumentDate(LocalDate.of(1998, 8, 7)));
        assertThat(resolve(news, "Bombs exploded Friday. Officials said yesterday that last year was calm. "
                + "Talks resumed in March. They will meet again in September. Two weeks ago they met, and today they "
                + "meet.")).containsExactly("Friday = 1998-08-07", "yesterday = 1998-08-06", "last year = 1997",
                "March = 1998-03", "September = 1998-09", "Two weeks ago = 1998-W30", "today = 1998-08-07");
    }

    @Test
    void newsReadsDeadlinesAndReportingPeriodsAsTheReportsOwn() {
        // 2000-04-03 is a Monday: a deadline "until Tuesday" lies ahead, a loss "for the third quarter of $2 million"
        // is the last third quarter reported, "the current fiscal year" and "this past spring" count from the report
        TimeStage news = new TimeStage(TimeConfig.withDocumentDate(LocalDate.of(2000, 4, 3)));
        assertThat(resolve(news, "The agency extended its deadline until 9 a.m. Tuesday. The firm reported a loss for the third "
                + "quarter of $2 million. Sales in the current fiscal year rose. It closed the plant this past spring. "
                + "Until Thursday, they had not called him a suspect.")).containsExactly(
                "9 a.m. Tuesday = 2000-04-04T09:00", "the third quarter = 1999-Q3", "the current fiscal year = 2000",
                "this past spring = 1999-SP", "Thursday = 2000-03-30");
    }

    @Test
    void howFarAStretchRanDoesNotMoveTheStoryOn() {
        assertThat(resolve(NARRATIVE, "In October 1793 the deputies fled. Two of them were taken at once; the third weathered it "
                + "longer, into the summer of 1794.\nIn November the trials began.")).containsExactly(
                "October 1793 = 1793-10", "the summer of 1794 = 1794-SU", "November = 1793-11");
    }

    @Test
    void olderProseNamesTheYearAfterTheDayWithOfThis() {
        assertThat(resolve(NARRATIVE, "The decree passed in the autumn of 1790. It was on January 21st, of this 1791, that he "
                + "signed it.")).containsExactly("the autumn of 1790 = 1790-FA", "January 21st, of this 1791 = 1791-01-21");
    }

    @Test
    void withoutADocumentDateTheNarratorsTodayStaysVague() {
        assertThat(resolve(NARRATIVE, "The war ended on 9 May 1945. Historians today still debate it."))
                .containsExactly("9 May 1945 = 1945-05-09", "today = PRESENT_REF");
    }

    @Test
    void expressionsCarryIntervalGranularityAndAnchor() {
        AnnotatedText t = doc("On August 16, 1938, he was summoned. Six days later Beria was named.");
        List<Timex> items = NARRATIVE.annotate(t).items();
        Timex later = items.get(1);
        assertThat(later.interval()).hasValueSatisfying(i -> {
            assertThat(i.earliest()).isEqualTo(LocalDate.of(1938, 8, 22));
            assertThat(i.latest()).isEqualTo(LocalDate.of(1938, 8, 22));
        });
        assertThat(later.granularity()).isEqualTo(Granularity.DAY);
        assertThat(later.anchor()).contains(items.get(0).span());
    }

    @Test
    void setAsideRegionsAndNoteCallsYieldNoDates() {
        String text = "In 1938 he fled.\nNOTES 1. See the report of June 16, 1939.";
        Structure s = Structure.EMPTY.withParagraphs(List.of(new Paragraph(Span.of(0, 16)), new Paragraph(Span.of(17, text.length()))))
                .withSetAside(List.of(new Region(Span.of(17, text.length()), Region.Kind.NOTES)));
        AnnotatedText t = AnnotatedText.of(new SourceDocument(SourceText.of("n.txt", text), s));
        assertThat(NARRATIVE.annotate(t).items()).extracting(Timex::value).containsExactly("1938");
    }

    @Test
    void theStageKeepsTheLayerContractAndRunsInAPipeline() {
        String text = "On August 16, 1938, he was summoned. Six days later, nearly ten days after the clash, Beria "
                + "was named; by summer 1939 (or the 1940s) nothing had changed, every spring.";
        AnnotatedText t = doc(text);
        Timexes first = NARRATIVE.annotate(t);
        assertThat(first.items()).isNotEmpty();
        Span previous = null;
        for (Timex x : first.items()) {
            assertThat(x.span().end()).isLessThanOrEqualTo(text.length());
            assertThat(x.span().coveredText(t.source())).isNotBlank();
            if (previous != null) assertThat(x.span().start()).isGreaterThanOrEqualTo(previous.end());
            x.interval().ifPresent(i -> assertThat(i.earliest()).isBeforeOrEqualTo(i.latest()));
            previous = x.span();
        }
        assertThat(NARRATIVE.annotate(t)).isEqualTo(first);
        AnnotatedText after = Pipeline.of(List.of(NARRATIVE)).run(t.document());
        assertThat(after.layer(Timexes.class)).isEqualTo(first);
    }

    @Test
    void frontMatterKeepsItsDatesMarkedAndDoesNotSetTheStorysYear() {
        String preface = "Ostrova, March 3, 1919.";
        String body = "In August, 1918, the regiment reached Varga. On September 12 it attacked at dawn.";
        String text = preface + "\n" + body;
        Span p = Span.of(0, preface.length());
        Span b = Span.of(preface.length() + 1, text.length());
        Structure structure = Structure.EMPTY.withParagraphs(List.of(new Paragraph(p), new Paragraph(b)))
                .withMatter(List.of(new org.annalist.model.MatterRegion(p, org.annalist.model.Matter.FRONT,
                        org.annalist.model.MatterRegion.Kind.SIGNATURE)));
        Timexes found = NARRATIVE.annotate(AnnotatedText.of(new SourceDocument(SourceText.of("m.txt", text), structure)));
        assertThat(found.items()).extracting(t -> t.value() + " " + t.matter()).containsExactly(
                "1919-03-03 FRONT", "1918-08 BODY", "1918-09-12 BODY");
        assertThat(found.frame()).contains(org.annalist.model.layer.TimeInterval.of(LocalDate.of(1918, 1, 1), LocalDate.of(1918, 12, 31)));
        assertThat(found.outsideFrame()).isEmpty();
    }

    @Test
    void aPlanActsOnlyOnTheDatesAfterItsWords() {
        // the planned day does not move the story: "the next morning" after it counts from the 18th
        assertThat(resolve(NARRATIVE, "On the morning of September 18, 1862, Hale marched. He was to attack by the morning "
                + "of the 19th. Hale met the enemy at noon. He was ready to attack the next morning.")).containsExactly(
                "the morning of September 18, 1862 = 1862-09-18TMO", "the morning of the 19th = 1862-09-19TMO",
                "noon = 1862-09-18T12:00", "the next morning = 1862-09-19TMO");
        // a date before the words is the story's: "By the 20th" moves it, and the next day follows
        assertThat(resolve(NARRATIVE, "On September 18, 1862, Hale marched. By the 20th he was at Varga, where he was to wait. "
                + "The next day he crossed.")).containsExactly("September 18, 1862 = 1862-09-18", "the 20th = 1862-09-20",
                "The next day = 1862-09-21");
    }

    @Test
    void aDayOfLastNovemberIsTheNovemberBeforeTheStory() {
        assertThat(resolve(NARRATIVE, "In February 1790 the guards of Varga swore their oath. On the 29th day of last November "
                + "they had met at Ostrova.")).containsExactly("February 1790 = 1790-02", "the 29th day of last November = 1789-11-29");
    }

    @Test
    void aHistoryToldInThePresentLooksBackInThePast() {
        // the historic present: the story's weekdays lie ahead; a weekday told in the past tense lies behind
        String present = "The city is quiet and the guards are at their posts; the people has its bread, and the hall is full. ";
        String story = present.repeat(130) + "On Wednesday, the 22d of June 1791, the court is at Varga. "
                + "On Monday night the court fled from the capital. On Saturday the court returns to the capital.";
        List<String> found = resolve(NARRATIVE, story);
        assertThat(found).containsExactly("Wednesday, the 22d of June 1791 = 1791-06-22", "Monday night = 1791-06-20TNI",
                "Saturday = 1791-06-25");
        // told in the past, the same weekday lies ahead of the story
        assertThat(resolve(NARRATIVE, "On Wednesday, the 22d of June 1791, the court was at Varga. On Monday night the court fled."))
                .containsExactly("Wednesday, the 22d of June 1791 = 1791-06-22", "Monday night = 1791-06-27TNI");
    }

    @Test
    void aQuotedPapersFutureDoesNotHoldBackTheDateItBears() {
        // the dispatch's "will" is the writer's, not the narrator's: the paper's date moves the story to October
        assertThat(resolve(NARRATIVE, "On the 27th of September, 1863, Hale rested at Varga. He received a dispatch dated "
                + "October 3d: \"Marsh will come to Ostrova and report.\" Arriving at Ostrova on the 16th he wrote to Marsh."))
                .containsExactly("the 27th of September, 1863 = 1863-09-27", "October 3d = 1863-10-03", "the 16th = 1863-10-16");
        // a declaration of a day is a past deed named, not a step of the story
        assertThat(resolve(NARRATIVE, "On the 20th of June 1791 the court fled to Varga. Its letter cites the declaration of the "
                + "23d of June. The next day Hale stopped the coach.")).containsExactly("the 20th of June 1791 = 1791-06-20",
                "the 23d of June = 1791-06-23", "The next day = 1791-06-21");
    }

    @Test
    void aWinterHoldingTheStorysDayLeavesTheStoryOnIt() {
        assertThat(resolve(NARRATIVE, "About the 20th of December, 1863, Hale moved to Varga. Nothing occurred there during "
                + "the winter. In December he went up the river to Ostrova.")).containsExactly(
                "About the 20th of December, 1863 = 1863-12-20", "the winter = 1864-WI", "December = 1863-12");
    }

    @Test
    void aMidnightToldAfterTheMorningANightLedToBeganThatMorningsDay() {
        assertThat(resolve(NARRATIVE, "On the 6th of April, 1862, Hale fought at Varga. During the night of the 6th the boats "
                + "crossed, and Marsh was on the bank early on the 7th. Rain fell all night. Some time after midnight Hale moved "
                + "to the house.")).contains("midnight = 1862-04-06T24:00");
        // the day's course told after its morning: the day's own midnight
        assertThat(resolve(NARRATIVE, "On the 6th of April, 1862, Hale fought at Varga. Early on the morning of the 8th he "
                + "marched. Late in the evening he reached Ostrova, and about midnight a letter came."))
                .contains("midnight = 1862-04-08T24:00");
    }

    @Test
    void aSeasonFollowedByBeforeIsThePreviousOne() {
        assertThat(resolve(NARRATIVE, "In the fall of 1863 Hale took Varga, and the people of Ostrova felt as Marsh's had felt "
                + "in the fall and winter before. In the spring he marched.")).contains("winter = 1863-WI");
    }

    @Test
    void aWeekdayInAQuotedLetterIsCountedFromTheWritersDay() {
        // 25 November 1863 was a Wednesday: the letter's Monday and Tuesday are the days just gone, and the story stays
        assertThat(resolve(NARRATIVE, "On the 25th of November, 1863, Hale won at Varga. That evening Marsh replied: \"Your "
                + "letters on Monday and Tuesday are here.\" On the night of the 26th Hale rested.")).containsExactly(
                "the 25th of November, 1863 = 1863-11-25", "That evening = 1863-11-25TEV", "Monday = 1863-11-23",
                "Tuesday = 1863-11-24", "the night of the 26th = 1863-11-26TNI");
        // under a speaker's readiness the weekday lies ahead
        assertThat(resolve(NARRATIVE, "On the 25th of November, 1863, Hale met Dunn at Varga. \"Yes,\" said Dunn, \"we could "
                + "be off before daylight on Monday.\"")).contains("Monday = 1863-11-30");
    }

    @Test
    void theDayALetterWasWrittenGoingBackDoesNotTakeTheStoryBack() {
        // counted from the story's day (the 16th), not from the letter's (the 8th)
        assertThat(resolve(NARRATIVE, "On the 16th of February, 1862, Varga fell. Marsh had lost heart early: he wrote to "
                + "Ostrova on the 8th of February that the fort was lost. Two weeks later he was dead.")).contains(
                "the 8th of February = 1862-02-08", "Two weeks later = 1862-03-02");
    }

    @Test
    void aSeasonOfAPurposeADecisionOrADeedDoesNotMoveTheStory() {
        // "so as to", "determined to": the season of a purpose; "the spring campaign": a deed named by its season
        assertThat(resolve(NARRATIVE, "About the 20th of December, 1863, Hale moved to Varga. He gathered supplies so as to be "
                + "ready in the spring. But the spring campaign against Ostrova was not made. He determined to see if the "
                + "road could be used in the spring. Accordingly he left Varga late in December.")).contains("late in December = 1863-12");
    }

    @Test
    void thatYearNamingTheStorysYearKeepsItsMonth() {
        // the story is in December 1845: "that year" says nothing new, and March after it is the next one
        assertThat(resolve(NARRATIVE, "Hale rode to Varga in December, 1845. Settlers had come there only that year. "
                + "The march to Ostrova began on the 8th of March.")).containsExactly("December, 1845 = 1845-12",
                "that year = 1845", "the 8th of March = 1846-03-08");
    }
}
