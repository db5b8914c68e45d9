package org.annalist.corenlp;

/** The CoreNLP CRF name classifiers annalist can load; one is used per process. */
public enum NerModel {
    /** PERSON, ORGANIZATION, LOCATION; trained on CoNLL, MUC, ACE and more (32 MB) */
    ALL_3CLASS("edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz"),
    /** PERSON, ORGANIZATION, LOCATION, MISC; trained on CoNLL 2003 (18 MB) */
    CONLL_4CLASS("edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");

    private final String resource;

    NerModel(String resource) {
        this.resource = resource;
    }

    /** {@return the classpath resource of the serialised classifier} */
    public String resource() {
        return resource;
    }
}
