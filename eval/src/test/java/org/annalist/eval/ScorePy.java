package org.annalist.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the Python referee, {@code shared/tools/score.py}, and returns what it prints. */
final class ScorePy {

    private ScorePy() {
    }

    static Path script() {
        String shared = System.getProperty("annalist.shared");
        if (shared == null) throw new AssertionError("system property annalist.shared is not set (surefire sets it)");
        Path p = Path.of(shared, "tools", "score.py");
        if (!Files.isRegularFile(p)) throw new AssertionError("referee not found at " + p);
        return p;
    }

    /** {@return score.py's standard output for the two directories}, with {@code --json} when asked */
    static String run(Path goldDir, Path predictedDir, boolean json) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("python3", script().toString(), goldDir.toString(),
                predictedDir.toString()));
        if (json) cmd.add("--json");
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("PYTHONIOENCODING", "utf-8");
        Path err = Files.createTempFile("score-py", ".err");
        pb.redirectError(err.toFile());
        Process proc;
        try {
            proc = pb.start();
        } catch (IOException e) {
            throw new AssertionError("cannot run python3 (needed to compare with the Python referee; "
                    + "install python3 and put it on PATH): " + e.getMessage(), e);
        }
        String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!proc.waitFor(60, TimeUnit.SECONDS)) {
            proc.destroyForcibly();
            throw new AssertionError("score.py did not finish in 60 s: " + cmd);
        }
        String stderr = Files.readString(err);
        Files.delete(err);
        if (proc.exitValue() != 0) {
            throw new AssertionError("score.py exited " + proc.exitValue() + ": " + cmd + "\n" + stderr);
        }
        return out;
    }
}
