package org.annalist.annotate.comm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommunicationDaterTest {

    @Test
    void aDateReadFromAnEarlierSentenceKeepsOnlyTheGranularityTheTextSupports() {
        """
                1862-03-14              1862-03
                1862-03                 1862-03
                1862                    1862
                1862-SU                 1862-SU
                1862-04/1862-09         1862
                1862-04-02/1862-04-09   1862-04
                1861-11/1862-02         1861-11/1862-02
                """.lines().map(l -> l.strip().split("\\s+")).forEach(row ->
                assertThat(CommunicationDater.coarsen(row[0])).as(row[0]).isEqualTo(row[1]));
    }
}
