package org.annalist.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The UI in the jar builds its pages from DOM nodes only and loads nothing from elsewhere. */
class StaticUiTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = StaticUiTest.class.getResourceAsStream("/org/annalist/web/static/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theScriptNeverParsesStringsAsHtml() throws IOException {
        String js = resource("app.js");
        assertThat(js).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                "new Function", "createContextualFragment", "DOMParser");
        assertThat(js).contains("textContent", "createTextNode");
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "app.js", "style.css"})
    void nothingIsLoadedFromAnotherHost(String name) throws IOException {
        assertThat(resource(name)).doesNotContainPattern("(?i)(src|href)=\"(https?:)?//").doesNotContain("@import");
    }

    @Test
    void thePageForbidsInlineAndForeignScriptsByPolicy() throws IOException {
        assertThat(resource("index.html")).contains("script-src 'self'").doesNotContain("unsafe-inline");
    }
}
