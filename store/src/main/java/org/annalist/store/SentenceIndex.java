package org.annalist.store;

import java.util.Arrays;
import java.util.List;
import org.annalist.model.Paragraph;
import org.annalist.model.Span;
import org.annalist.model.layer.Sentence;

/**
 * Where each sentence's reach ends: at the next sentence's start or its paragraph's end,
 * whichever comes first. A note call masked out of the text ({@code casualties.217}) lies
 * after its sentence's last token but inside this reach, so it belongs to that sentence.
 */
final class SentenceIndex {

    private final int[] starts;
    private final int[] ends;
    private final int[] extentEnds;

    SentenceIndex(List<Sentence> sentences, List<Paragraph> paragraphs, int textLength) {
        int n = sentences.size();
        starts = new int[n];
        ends = new int[n];
        extentEnds = new int[n];
        for (int i = 0; i < n; i++) {
            Span s = sentences.get(i).span();
            starts[i] = s.start();
            ends[i] = s.end();
        }
        int[] paragraphStarts = paragraphs.stream().mapToInt(p -> p.span().start()).toArray();
        for (int i = 0; i < n; i++) {
            int reach = i + 1 < n ? Math.max(starts[i + 1], ends[i]) : textLength;
            int p = floor(paragraphStarts, starts[i]);
            if (p >= 0) {
                Span para = paragraphs.get(p).span();
                if (para.contains(starts[i]) && para.end() < reach) reach = Math.max(para.end(), ends[i]);
            }
            extentEnds[i] = reach;
        }
    }

    int size() {
        return starts.length;
    }

    int start(int ordinal) {
        return starts[ordinal];
    }

    int end(int ordinal) {
        return ends[ordinal];
    }

    int extentEnd(int ordinal) {
        return extentEnds[ordinal];
    }

    /** {@return the ordinal of the sentence whose reach holds {@code offset}, or -1} */
    int sentenceOf(int offset) {
        int i = floor(starts, offset);
        return i >= 0 && offset < extentEnds[i] ? i : -1;
    }

    /** {@return the index of the last value {@code <= key} in the sorted array, or -1} */
    private static int floor(int[] sorted, int key) {
        int i = Arrays.binarySearch(sorted, key);
        if (i >= 0) {
            while (i + 1 < sorted.length && sorted[i + 1] == key) i++;
            return i;
        }
        return -i - 2;
    }
}
