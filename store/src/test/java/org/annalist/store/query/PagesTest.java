package org.annalist.store.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PagesTest {

    @Test
    void pagesStartAtTheFirstParagraphPastTheTarget() {
        String text = "aaaa\n\nbbbb\n\ncccc\n\ndddd";
        Pages pages = Pages.of(text, new int[] {0, 6, 12, 18}, 5);

        assertThat(pages.count()).isEqualTo(4);
        assertThat(pages.start(1)).isEqualTo(6);
        assertThat(pages.end(3)).isEqualTo(text.length());
        assertThat(pages.pageAt(0)).isZero();
        assertThat(pages.pageAt(11)).isEqualTo(1);
        assertThat(pages.pageAt(12)).isEqualTo(2);
        assertThat(pages.pageAt(text.length())).isEqualTo(3);
        assertThat(Pages.of(text, new int[] {0, 6, 12, 18}, 10).start(1)).isEqualTo(12);
    }

    @Test
    void aTextWithoutParagraphsIsCutAtWhitespace() {
        String text = "word ".repeat(100);
        Pages pages = Pages.of(text, new int[0], 42);

        assertThat(pages.count()).isGreaterThan(10);
        for (int p = 1; p < pages.count(); p++) assertThat(text.charAt(pages.start(p) - 1)).isEqualTo(' ');
    }

    @Test
    void badPagesAndOffsetsAreRefusedWithTheirValues() {
        Pages pages = Pages.of("short", new int[0], 100);
        assertThat(pages.count()).isEqualTo(1);
        assertThatThrownBy(() -> pages.start(1)).hasMessageContaining("no page 1");
        assertThatThrownBy(() -> pages.pageAt(6)).hasMessageContaining("offset 6");
        assertThatThrownBy(() -> Pages.of("x", new int[0], 0)).hasMessageContaining("got 0");
    }

    @Property
    void pagesTileTheTextAndNoneIsOverTwiceTheTarget(@ForAll @IntRange(min = 0, max = 3000) int length,
                                                     @ForAll @IntRange(min = 1, max = 400) int target,
                                                     @ForAll @IntRange(min = 1, max = 300) int paragraph) {
        StringBuilder b = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        while (b.length() < length) {
            starts.add(b.length());
            b.append("x".repeat(paragraph)).append("\n\n");
        }
        String text = b.toString();
        Pages pages = Pages.of(text, starts.stream().mapToInt(Integer::intValue).toArray(), target);

        assertThat(pages.start(0)).isZero();
        assertThat(pages.end(pages.count() - 1)).isEqualTo(text.length());
        for (int p = 0; p < pages.count(); p++) {
            assertThat(pages.end(p)).isGreaterThan(pages.start(p) - (text.isEmpty() ? 1 : 0));
            assertThat(pages.end(p) - pages.start(p)).isLessThanOrEqualTo(2 * target);
            if (p > 0) assertThat(pages.start(p)).isEqualTo(pages.end(p - 1));
            assertThat(pages.pageAt(pages.start(p))).isEqualTo(p);
        }
    }
}
