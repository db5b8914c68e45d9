package org.annalist.pipeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annalist.annotate.ParseScope;
import org.annalist.annotate.Pipeline;
import org.annalist.annotate.Stage;
import org.annalist.annotate.claim.ClaimStage;
import org.annalist.annotate.entity.EntityStage;
import org.annalist.annotate.hedge.HedgeStage;
import org.annalist.annotate.comm.CommunicationStage;
import org.annalist.annotate.event.EventStage;
import org.annalist.annotate.quote.QuoteStage;
import org.annalist.annotate.time.TimeConfig;
import org.annalist.annotate.time.TimeStage;
import org.annalist.corenlp.CoreNlpModels;
import org.annalist.corenlp.CoreNlpNames;
import org.annalist.corenlp.CoreNlpParse;
import org.annalist.corenlp.CoreNlpTokens;

/** The order of stages, written in one place. CoreNLP models load once per process. */
public final class StandardPipeline {

    /** What a user may set for a run. */
    public record Options(Optional<LocalDate> referenceDate) {
        public static final Options DEFAULT = new Options(Optional.empty());
    }

    private StandardPipeline() {
    }

    /** {@return every stage, in order} */
    public static List<Stage<?>> stages(Options options) {
        CoreNlpModels models = CoreNlpModels.shared();
        CommunicationStage communications = CommunicationStage.standard();
        EventStage events = EventStage.standard();
        ClaimStage claims = ClaimStage.standard();
        return List.of(
                new CoreNlpTokens(models),
                new CoreNlpNames(models),
                // dates before the parse: the claims' scope leaves out figures inside a date
                new TimeStage(new TimeConfig(options.referenceDate())),
                new CoreNlpParse(models, ParseScope.Factory.anyOf(communications.parseScope(), events.parseScope(),
                        claims.parseScope())),
                new EntityStage(),
                QuoteStage.standard(),
                communications,
                events,
                claims,
                HedgeStage.standard());
    }

    /** {@return the whole pipeline}; the parser starts loading in the background, while the first text is tagged */
    public static Pipeline create(Options options) {
        Pipeline pipeline = Pipeline.of(stages(options));
        CoreNlpModels.shared().loadParserSoon();
        return pipeline;
    }

    /** {@return the pipeline of the named stages only, in the standard order}; fails on unknown names */
    public static Pipeline only(Set<String> names, Options options) {
        List<Stage<?>> all = stages(options);
        List<String> known = all.stream().map(Stage::name).toList();
        for (String n : names) {
            if (!known.contains(n)) throw new IllegalArgumentException("unknown stage '" + n + "'; stages: " + known);
        }
        return Pipeline.of(all.stream().filter(s -> names.contains(s.name())).toList());
    }
}
