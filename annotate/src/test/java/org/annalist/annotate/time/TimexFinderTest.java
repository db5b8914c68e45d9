package org.annalist.annotate.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/** Tricky expressions, found in a sentence and resolved on a narrative standing on Tuesday 16 August 1938. */
class TimexFinderTest {

    private static final Reference REFERENCE = Reference.onDay(LocalDate.of(1938, 8, 16));
    private final TimexFinder finder = new TimexFinder();
    private final TimexNormaliser normaliser = new TimexNormaliser();

    /** sentence | extent | value */
    private static final String TABLE = """
            He left on August 1, 1938, for Moscow.            | August 1, 1938            | 1938-08-01
            He left on 1 August 1938 for Moscow.              | 1 August 1938             | 1938-08-01
            The log is dated 1938-08-01 in Moscow.            | 1938-08-01                | 1938-08-01
            The crisis of 1909-10 passed.                     | 1909-10                   | 1909/1910
            On 16 June he wrote again.                        | 16 June                   | 1938-06-16
            On June 16 he wrote again.                        | June 16                   | 1938-06-16
            He wrote on Aug. 3 to the marshal.                | Aug. 3                    | 1938-08-03
            War came on Sept. 1st, 1939, at dawn.             | Sept. 1st, 1939           | 1939-09-01
            War came on 1st Sept. 1939 at dawn.               | 1st Sept. 1939            | 1939-09-01
            The year closed on December 31st quietly.         | December 31st             | 1938-12-31
            He sailed on the 2nd of June for Europe.          | the 2nd of June           | 1938-06-02
            He sailed on June 2nd for Europe.                 | June 2nd                  | 1938-06-02
            He sailed on May 1 for Europe.                    | May 1                     | 1938-05-01
            The offensive opened in May 1940 in the west.     | May 1940                  | 1940-05
            The offensive opened in May, 1940, in the west.   | May, 1940                 | 1940-05
            He sailed on Friday, June 3, 1938, for Europe.    | Friday, June 3, 1938      | 1938-06-03
            Fighting raged on August 2–3, 1938, at the lake.  | August 2–3, 1938          | 1938-08-02/1938-08-03
            Fighting raged on August 2-3, 1938, at the lake.  | August 2-3, 1938          | 1938-08-02/1938-08-03
            The battle (June–October 1938) was long.          | June–October 1938         | 1938-06/1938-10
            The Great War (1914–1918) changed Europe.         | 1914–1918                 | 1914/1918
            In March 1939 the army moved.                     | March 1939                | 1939-03
            In 1938 the purge peaked.                         | 1938                      | 1938
            1938 was a terrible year.                         | 1938                      | 1938
            The 1938 campaign failed.                         | 1938                      | 1938
            By summer 1937 he had doubts.                     | summer 1937               | 1937-SU
            They met again in late summer.                    | late summer               | 1938-SU
            They met in the spring of 1939.                   | the spring of 1939        | 1939-SP
            They met that winter at the dacha.                | that winter               | 1939-WI
            Plans changed in early 1939.                      | early 1939                | 1939
            Mao spoke in the second half of 1938.             | the second half of 1938   | 1938-H2
            Output fell in the first quarter of 1939.         | the first quarter of 1939 | 1939-Q1
            The talks began in mid-August.                    | mid-August                | 1938-08
            He resigned at the end of June.                   | the end of June           | 1938-06
            He was gone by the end of the year.               | the end of the year       | 1938
            Trade grew in the 1930s.                          | the 1930s                 | 193
            Railways spread in the nineteenth century.        | the nineteenth century    | 18
            Athens rose in the fifth century BC.              | the fifth century BC      | BC04
            Caesar died in 44 BC.                             | 44 BC                     | BC0044
            Rome fell in AD 476.                              | AD 476                    | 0476
            Printing began c. 1450 in Mainz.                  | c. 1450                   | 1450
            Six days later Beria was named.                   | Six days later            | 1938-08-22
            Two weeks earlier he had fled.                    | Two weeks earlier         | 1938-08-02
            The next day he was demoted.                      | The next day              | 1938-08-17
            The following month he returned.                  | The following month       | 1938-09
            The previous year had been calm.                  | The previous year         | 1937
            That same day he was expelled.                    | That same day             | 1938-08-16
            He left the day after.                            | the day after             | 1938-08-17
            That year the harvest failed.                     | That year                 | 1938
            Later that day the order came.                    | Later that day            | 1938-08-16
            A week later he came back.                        | A week later              | 1938-08-23
            In the autumn the rains came.                     | the autumn                | 1938-FA
            During the winter the lines froze.                | the winter                | 1939-WI
            By the spring of 1940 all was ready.              | the spring of 1940        | 1940-SP
            He returned that September to Kiev.               | September                 | 1938-09
            Later that month he was shot.                     | Later that month          | 1938-08
            Earlier that year he had won.                     | Earlier that year         | 1938
            The same year the canal opened.                   | The same year             | 1938
            A year later the canal opened.                    | A year later              | 1939
            He had been there the year before.                | the year before           | 1937
            Next day the guns fell silent.                    | Next day                  | 1938-08-17
            The following morning the guns fell silent.       | The following morning     | 1938-08-17TMO
            The previous evening the guns fell silent.        | The previous evening      | 1938-08-15TEV
            Within a week the city fell.                      | a week                    | P1W
            For several weeks the city held.                  | several weeks             | PXW
            A fortnight later the city fell.                  | A fortnight later         | 1938-08-30
            By mid-1942 the tide had turned.                  | mid-1942                  | 1942
            In late 1944 the front collapsed.                 | late 1944                 | 1944
            Jazz spread in the late 1920s.                    | the late 1920s            | 192
            Cities grew in the 20th century.                  | the 20th century          | 19
            Rome ruled Gaul in the 1st century AD.            | the 1st century AD        | 00
            Carthage fell in the 2nd century BC.              | the 2nd century BC        | BC01
            It took nearly ten days of combat.                | nearly ten days           | P10D
            He served for three years in Siberia.             | three years               | P3Y
            They waited for two months.                       | two months                | P2M
            It took some twenty-five days.                    | some twenty-five days     | P25D
            The siege lasted two decades.                     | two decades               | P20Y
            In the following weeks the front held.            | the following weeks       | PXW
            Every spring the river flooded.                   | Every spring              | XXXX-SP
            Each year the count rose.                         | Each year                 | P1Y
            He got his way, for now.                          | for now                   | PRESENT_REF
            Their paths would soon cross.                     | soon                      | FUTURE_REF
            On Friday the court met.                          | Friday                    | 1938-08-19
            On the 20th the corps crossed.                    | the 20th                  | 1938-08-20
            We moved on the 3d of May, 1863.                  | the 3d of May, 1863       | 1863-05-03
            He arrived at 3 p.m. with the staff.              | 3 p.m.                    | 1938-08-16T15:00
            The attack began at 04:45 in fog.                 | 04:45                     | 1938-08-16T04:45
            It raged between 1 and 3 July 1943 at Kursk.      | 1 and 3 July 1943         | 1943-07-01/1943-07-03
            It raged from 1 to 3 July 1943 at Kursk.          | 1 to 3 July 1943          | 1943-07-01/1943-07-03
            It raged from 1 July to 3 August 1943 at Kursk.   | 1 July to 3 August 1943   | 1943-07-01/1943-08-03
            The siege (22 June – 5 December 1941) failed.     | 22 June – 5 December 1941 | 1941-06-22/1941-12-05
            Months later the treaty was signed.               | Months later              | FUTURE_REF
            The truce held at Christmas 1914 on the front.    | Christmas 1914            | 1914-12-25
            Serfdom ended in the 1800s in Russia.             | the 1800s                 | 18
            The crisis of mid-1942 was severe.                | mid-1942                  | 1942
            The winter of 1941–42 was harsh.                  | The winter of 1941–42     | 1942-WI
            The campaign of the mid-1930s failed.             | the mid-1930s             | 193
            He was at Verona the 1st of September, A.D. 312.  | the 1st of September, A.D. 312 | 0312-09-01
            The city fell in the year 701 after a siege.      | 701                       | 0701
            They struck on the eve of August 7, 1938.         | the eve of August 7, 1938 | 1938-08-06
            Athens fought Sparta (431–404 BC) at sea.         | 431–404 BC                | BC0431/BC0404
            The armies clashed between August and December 1914. | August and December 1914 | 1914-08/1914-12
            In the fall of that year he was ordered east.     | the fall of that year     | 1938-FA
            It failed in the Spring Offensive at the Marne.   | the Spring                | 1938-SP
            They launched their main summer offensive.        | summer                    | 1938-SU
            Xerxes passed the winter at Sardis.               | the winter                | 1939-WI
            The Allies met again in the spring of 480 BC.     | the spring of 480 BC      | BC0480-SP
            The fleets fought in August 480 BC off Euboea.    | August 480 BC             | BC0480-08
            The League campaigned throughout the 470s BC.     | the 470s BC               | BC047
            The revolt lasted from 499 to 493 BC.             | 499 to 493 BC             | BC0499/BC0493
            Gettysburg (July 1 to July 3, 1863) was bloody.   | July 1 to July 3, 1863    | 1863-07-01/1863-07-03
            February to April proved calm.                    | February to April         | 1938-02/1938-04
            They met in August/September 1956 in the valley.  | August/September 1956     | 1956-08/1956-09
            Pilsudski saved them in summer-fall 1919.         | summer-fall 1919          | 1919-SU/1919-FA
            It ended on November 23 of the same year.         | November 23 of the same year | 1938-11-23
            Manila fell in March leaving it in ruins.         | March                     | 1938-03
            It began with a March operation in Basra.         | March                     | 1938-03
            Later in the year the army retreated.             | Later in the year         | 1938
            He spoke on the morning of 31 January 1965.       | the morning of 31 January 1965 | 1965-01-31TMO
            The marines landed that afternoon at Danang.      | that afternoon            | 1938-08-16TAF
            Lincoln died early the next morning.              | early the next morning    | 1938-08-17TMO
            The Persians fled at night from the city.         | night                     | XXXX-XX-XXTNI
            The Cheka arrested them in a night-raid.          | night                     | XXXX-XX-XXTNI
            Soldiers served a one-year tour of duty.          | one-year                  | P1Y
            Fighting continued for the next decade.           | the next decade           | P10Y
            A few days later the city fell.                   | A few days later          | FUTURE_REF
            Many years earlier he had been deposed.           | Many years earlier        | PAST_REF
            The arsenal was seized eight days after Fort Sumter. | eight days             | P8D
            The treaty undid the gains of the previous century.  | the previous century   | 18
            """;

    /** sentences with no temporal expression */
    private static final String NONE = """
            He sent 1938 troops to the front.
            The fall of Richmond was near.
            They May be late.
            The 3d Corps crossed the river on foot.
            As soon as he arrived, he wrote.
            The army lost 1,938 men.
            He was a 40-year-old colonel.
            At the same time, the hawks grew bolder.
            Israel won the Six-Day War quickly.
            It ended the Seven Years' War at last.
            He hoped some day to return.
            He made a second attempt.
            He had previously dismissed it.
            The city was soon besieged.
            He was replaced shortly after the defeat.
            General March inspected the camp.
            Theresa May spoke to the House.
            A Billy Sunday convert spoke at the meeting.
            The Prague Spring was crushed.
            The 100 Days Offensive broke the line.
            Trade was the engine of the 18th and 19th centuries.
            """;

    @Test
    void everyTrickyExpressionIsFoundWithItsExtentAndValue() {
        SoftAssertions softly = new SoftAssertions();
        TABLE.lines().forEach(row -> {
            String[] cols = row.split("\\|");
            String sentence = cols[0].trim();
            List<Candidate> found = finder.find(sentence, 0, sentence.length());
            softly.assertThat(found).as(sentence).hasSize(1);
            if (found.size() != 1) return;
            Candidate c = found.get(0);
            softly.assertThat(sentence.substring(c.span().start(), c.span().end())).as(sentence).isEqualTo(cols[1].trim());
            softly.assertThat(normaliser.resolve(c.expr(), REFERENCE).value()).as(sentence).isEqualTo(cols[2].trim());
        });
        softly.assertAll();
    }

    @Test
    void numbersNounsAndVerbsThatLookLikeDatesAreNotTimexes() {
        SoftAssertions softly = new SoftAssertions();
        NONE.lines().forEach(sentence ->
                softly.assertThat(finder.find(sentence, 0, sentence.length())).as(sentence).isEmpty());
        softly.assertAll();
    }

    @Test
    void twoCompleteDatesJoinedByWordsAreOneRangeInNarrativeAndTwoExpressionsInNews() {
        String s = "The war lasted from 1914 to 1918, and output grew between 1936 and 1938.";
        assertThat(finder.find(s, 0, s.length())).extracting(c -> normaliser.resolve(c.expr(), REFERENCE).value())
                .containsExactly("1914/1918", "1936/1938");
        assertThat(finder.find(s, 0, s.length(), TimexFinder.Convention.NEWS))
                .extracting(c -> normaliser.resolve(c.expr(), REFERENCE).value())
                .containsExactly("1914", "1918", "1936", "1938");
    }

    @Test
    void narrativeHistoryTakesVagueWordsAsTimesAndNewsDoesNot() {
        String s = "The former regime was now weak, and its recent defeats haunted its future leaders.";
        assertThat(finder.find(s, 0, s.length())).extracting(c -> s.substring(c.span().start(), c.span().end())
                        + " = " + normaliser.resolve(c.expr(), REFERENCE).value())
                .containsExactly("former = PAST_REF", "now = PRESENT_REF", "recent = PAST_REF", "future = FUTURE_REF");
        assertThat(finder.find(s, 0, s.length(), TimexFinder.Convention.NEWS)).isEmpty();
        String news = "Japan was now mired in China, but the Germans now control the port.";
        assertThat(finder.find(news, 0, news.length(), TimexFinder.Convention.NEWS))
                .extracting(c -> news.substring(c.span().start(), c.span().end())).containsExactly("now");
    }

    @Test
    void coordinatedOrdinalDaysAreTwoDays() {
        String s = "On the 24th and 25th the battles followed.";
        List<Candidate> found = finder.find(s, 0, s.length());
        assertThat(found).extracting(c -> s.substring(c.span().start(), c.span().end())).containsExactly("the 24th", "25th");
        assertThat(found).extracting(c -> normaliser.resolve(c.expr(), REFERENCE).value())
                .containsExactly("1938-08-24", "1938-08-25");
    }

    @Test
    void aMonthBeforeAnotherSharesItsYear() {
        String s = "Fighting went on during July and August 1943 near Kursk.";
        List<Candidate> found = finder.find(s, 0, s.length());
        assertThat(found).extracting(c -> normaliser.resolve(c.expr(), Reference.empty()).value())
                .containsExactly("1943-07", "1943-08");
    }

    @Test
    void twoDaysSharingAMonthAreTwoDays() {
        String s = "They attacked on July 5 and 6, 1943, and again on 9 and 10 July 1943, and on May 16th.";
        List<Candidate> found = finder.find(s, 0, s.length());
        assertThat(found).extracting(c -> s.substring(c.span().start(), c.span().end()))
                .containsExactly("July 5", "6, 1943", "9", "10 July 1943", "May 16th");
        assertThat(found).extracting(c -> normaliser.resolve(c.expr(), REFERENCE).value())
                .containsExactly("1943-07-05", "1943-07-06", "1943-07-09", "1943-07-10", "1938-05-16");
    }

    @Test
    void aSeasonBeforeAnotherSharesItsYear() {
        String s = "They fought in the summer and autumn of 1941 near Kiev.";
        List<Candidate> found = finder.find(s, 0, s.length());
        assertThat(found).extracting(c -> normaliser.resolve(c.expr(), REFERENCE).value())
                .containsExactly("1941-SU", "1941-FA");
    }

    @Test
    void approximationAndPartWordsSetTheMod() {
        String s = "It took nearly ten days; talks resumed in early 1939.";
        List<Candidate> found = finder.find(s, 0, s.length());
        assertThat(found).extracting(c -> c.mod().map(Enum::name).orElse("-")).containsExactly("LESS_THAN", "START");
    }

    @Test
    void aCoordinatedNextCountsOnFromTheExpressionBeforeIt() {
        String s = "That same day and the next, Stern attacked.";
        List<Candidate> found = finder.find(s, 0, s.length());
        assertThat(found).extracting(c -> s.substring(c.span().start(), c.span().end()))
                .containsExactly("That same day", "the next");
        assertThat(found).extracting(c -> normaliser.resolve(c.expr(), REFERENCE).value())
                .containsExactly("1938-08-16", "1938-08-17");
    }
}
