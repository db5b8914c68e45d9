package org.annalist.read.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.model.Matter;
import org.annalist.model.MatterRegion;
import org.annalist.model.Span;
import org.annalist.model.Structure;
import org.junit.jupiter.api.Test;

/** Front and back matter of a book laid out as Project Gutenberg lays it out. */
class MatterFinderTest {

    private static final String PROSE = "The regiment marched at dawn and reached the river before noon, where the"
            + "\nengineers had thrown a bridge across during the night; the crossing took\nthe whole of the afternoon"
            + " and the wagons did not follow until dark, so\nthat the men went into camp without their tents and"
            + " slept on the wet\nground under the trees along the bank of the stream.";

    private static final String BOOK = String.join("\n\n",
            "MEMOIRS OF A SOLDIER",
            "PREFACE.",
            "I write these pages for my children, who asked for them.",
            "J. SMITH.",
            "NEW YORK, March 3, 1919.",
            "CONTENTS",
            "CHAPTER I. THE MARCH.",
            "CHAPTER II. THE RIVER.",
            "APPENDIX",
            "CHAPTER I.",
            "THE MARCH.",
            "On the 3d of August we left the camp. " + PROSE,
            PROSE,
            "CHAPTER II.",
            "THE RIVER.",
            PROSE,
            PROSE,
            "APPENDIX.",
            "REPORT OF THE COLONEL, 1920.",
            "The report was written in the spring of 1920 at the depot.") + "\n";

    @Test
    void thePrefaceItsSignatureAndTheContentsAreFrontMatterAndTheAppendixBackMatter() {
        Structure s = PlainTextStructure.detect(BOOK);
        List<MatterRegion> matter = MatterFinder.find(BOOK, s);
        assertThat(matter).extracting(MatterRegion::kind).containsExactly(MatterRegion.Kind.PREFACE,
                MatterRegion.Kind.CONTENTS, MatterRegion.Kind.APPENDIX);
        Structure marked = s.withMatter(matter);
        assertThat(marked.matterAt(at("NEW YORK, March 3, 1919."))).isEqualTo(Matter.FRONT);
        assertThat(marked.matterAt(at("CHAPTER II. THE RIVER."))).isEqualTo(Matter.FRONT);
        assertThat(marked.matterAt(at("On the 3d of August"))).isEqualTo(Matter.BODY);
        assertThat(marked.matterAt(at("The report was written"))).isEqualTo(Matter.BACK);
    }

    @Test
    void aTextWithoutHeadingsHasNoFrontOrBackMatter() {
        String text = PROSE + "\n\n" + PROSE + "\n";
        assertThat(MatterFinder.find(text, PlainTextStructure.detect(text))).isEmpty();
    }

    @Test
    void aNoteHeadingInsideTheStoryIsNotFrontMatter() {
        String text = String.join("\n\n", "CHAPTER I.", PROSE, "NOTE.", PROSE, "CHAPTER II.", PROSE, PROSE) + "\n";
        assertThat(MatterFinder.find(text, PlainTextStructure.detect(text))).isEmpty();
    }

    private static Span at(String fragment) {
        int i = BOOK.indexOf(fragment);
        return Span.of(i, i + fragment.length());
    }
}
