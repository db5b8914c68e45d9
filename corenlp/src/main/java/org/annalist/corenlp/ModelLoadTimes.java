package org.annalist.corenlp;

/**
 * How long loading each model took, in milliseconds.
 *
 * @param tokenizerMillis the PTB tokenizer factory and sentence splitter
 * @param taggerMillis    the part-of-speech tagger
 * @param nerMillis       the CRF name classifier
 */
public record ModelLoadTimes(long tokenizerMillis, long taggerMillis, long nerMillis) {
    public ModelLoadTimes {
        if (tokenizerMillis < 0 || taggerMillis < 0 || nerMillis < 0) {
            throw new IllegalArgumentException("load times must be non-negative; got tokenizer=" + tokenizerMillis
                    + ", tagger=" + taggerMillis + ", ner=" + nerMillis);
        }
    }

    /** {@return the sum of the three} */
    public long totalMillis() {
        return tokenizerMillis + taggerMillis + nerMillis;
    }
}
