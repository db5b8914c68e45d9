package org.annalist.cli;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.annalist.store.Store;
import org.annalist.web.Library;
import org.annalist.web.Routes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code annalist serve}: the web reader and its REST API over a store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the web reader (at /) and its REST API (under /api, described at /openapi.json) "
                + "over a store, until interrupted.",
                "Binds 127.0.0.1 unless --host says otherwise; beyond this machine, guard it with --token "
                        + "(or put it behind a reverse proxy that authenticates: see README)."})
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOption storeOption;

    @Option(names = "--port", paramLabel = "N", defaultValue = "7070", description = "The port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "H", defaultValue = Routes.LOOPBACK,
            description = "The address to bind (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:ANNALIST_TOKEN}",
            description = "Answer only requests that carry this token (Authorization: Bearer TOKEN, or basic auth "
                    + "with it as password); default: the environment variable ANNALIST_TOKEN. "
                    + "Wanted when --host opens the server beyond this machine.")
    String token;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Library library = Library.open(storeOption.db);
        library.warm();
        Javalin app = start(library);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            library.close();
            stopped.countDown();
        }));
        PrintWriter out = spec.commandLine().getOut();
        if (token().isEmpty() && !isLoopback(host)) {
            spec.commandLine().getErr().println("annalist: warning: serving " + host + " without --token: anyone who "
                    + "reaches this address reads the whole store");
        }
        out.println("annalist: serving " + Store.describe(storeOption.db) + " at http://" + host + ":" + app.port()
                + "/" + (token().isPresent() ? " (token required)" : "") + "  (Ctrl-C stops)");
        out.flush();
        stopped.await();
        return Main.OK;
    }

    /** {@return the application over {@code library}, started on the options' host and port} */
    Javalin start(Library library) {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("--port must be 0..65535; got " + port);
        return Routes.create(library, token()).start(host, port);
    }

    private Optional<String> token() {
        return Optional.ofNullable(token).filter(t -> !t.isBlank());
    }

    /** {@return whether {@code host} names this machine only} (127.0.0.0/8, ::1, localhost) */
    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
