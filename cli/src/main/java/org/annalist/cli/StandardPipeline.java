package org.annalist.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.annalist.annotate.Pipeline;
import org.annalist.annotate.entity.TurnSpeakers;
import org.annalist.annotate.time.TimeConfig;
import org.annalist.annotate.time.TimeStage;
import org.annalist.corenlp.CoreNlpNames;
import org.annalist.corenlp.CoreNlpTokens;

/** The order of stages, written in one place. */
public final class StandardPipeline {

    /** What a user may set for a run. */
    public record Options(Optional<LocalDate> referenceDate) {
        public static final Options DEFAULT = new Options(Optional.empty());
    }

    private StandardPipeline() {
    }

    public static Pipeline create(Options options) {
        return Pipeline.of(List.of(
                new CoreNlpTokens(),
                new CoreNlpNames(),
                new TimeStage(new TimeConfig(options.referenceDate())),
                new TurnSpeakers()));
    }
}
