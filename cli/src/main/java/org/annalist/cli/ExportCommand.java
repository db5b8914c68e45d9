package org.annalist.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.annalist.export.ExportFile;
import org.annalist.export.ExportFormat;
import org.annalist.export.Exporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code annalist export}: the store's chronicle written as files other tools read. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports a store to files other tools read. FORMAT is one of: "
                + "timelinejs (TimelineJS 3 JSON of the dated expressions), "
                + "gexf (GEXF 1.3 dynamic graph of the communications), "
                + "palladio (linked CSV tables: people, places, events, communications), "
                + "webanno (W3C Web Annotations JSON-LD of mentions, dates and quotations), "
                + "cmif (CMIF TEI of the communications), "
                + "tei (TEI P5, one file per document), "
                + "json (the whole chronicle)."})
public final class ExportCommand implements Callable<Integer> {

    @Mixin
    StoreOption storeOption;

    @Option(names = "--to", paramLabel = "FORMAT", required = true, converter = FormatConverter.class,
            description = "timelinejs, gexf, palladio, webanno, cmif, tei or json.")
    ExportFormat to;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "The folder to write into (created).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<ExportFile> files = Exporter.export(storeOption.db, to);
        Files.createDirectories(out);
        PrintWriter pw = spec.commandLine().getOut();
        for (ExportFile f : files) {
            Path file = out.resolve(f.name());
            Files.writeString(file, f.content(), StandardCharsets.UTF_8);
            pw.println(file);
        }
        pw.flush();
        return Main.OK;
    }

    /** Reads a format by its name, failing with the known names (a usage error). */
    static final class FormatConverter implements ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            return ExportFormat.of(value);
        }
    }
}
