package org.annalist.eval.timeml;

/** A TempEval-3 style file: DCT outside TEXT, events and entities inside it. */
final class TimeMlFixture {

    static final String TML = """
            <?xml version="1.0" ?>
            <TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">

            <DOCID>NYT19981120.0362</DOCID>

            <DCT><TIMEX3 tid="t0" type="TIME" value="1998-11-20T19:30" temporalFunction="false" \
            functionInDocument="CREATION_TIME">1998-11-20 19:30</TIMEX3></DCT>

            <TITLE>BOARD &amp; STAFF MEET</TITLE>

            <TEXT>
            The board <EVENT eid="e1" class="OCCURRENCE">met</EVENT> <TIMEX3 tid="t1" type="DATE" \
            value="1998-11-19" temporalFunction="true" functionInDocument="NONE" anchorTimeID="t0">yesterday</TIMEX3> \
            at AT&amp;T &lt;NYSE&gt;.

            It will meet <TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks</TIMEX3> from now.
            </TEXT>

            </TimeML>
            """;

    static final String TEXT = "\nThe board met yesterday at AT&T <NYSE>.\n\nIt will meet two weeks from now.\n";

    private TimeMlFixture() {
    }
}
