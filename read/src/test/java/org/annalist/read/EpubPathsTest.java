package org.annalist.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EpubPathsTest {

    @Test
    void dotSegmentsAreResolvedAndNothingClimbsAboveTheTop() {
        assertThat(EpubPaths.normalize("OEBPS/text/../notes.xhtml")).isEqualTo("OEBPS/notes.xhtml");
        assertThat(EpubPaths.normalize("/./a//b")).isEqualTo("a/b");
        assertThat(EpubPaths.normalize("../../etc/passwd")).isEqualTo("etc/passwd");
    }

    @Test
    void folderKeepsItsTrailingSlash() {
        assertThat(EpubPaths.folder("OEBPS/content.opf")).isEqualTo("OEBPS/");
        assertThat(EpubPaths.folder("content.opf")).isEmpty();
    }

    @Test
    void linksResolveAgainstTheDocumentTheyStandIn() {
        assertThat(HtmlExtractor.resolve("OEBPS/text/ch1.xhtml", "../notes/n.xhtml#n3")).isEqualTo("OEBPS/notes/n.xhtml#n3");
        assertThat(HtmlExtractor.resolve("OEBPS/text/ch1.xhtml", "#fn1")).isEqualTo("OEBPS/text/ch1.xhtml#fn1");
        assertThat(HtmlExtractor.resolve("", "http://example.org/#x")).isEmpty();
    }
}
