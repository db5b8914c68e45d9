package org.annalist.annotate.time;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Times each finder pattern over a file (a development aid, not a test). */
public final class FinderProfile {
    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args[0]));
        for (Map.Entry<String, Pattern> e : new TimexFinder().patterns().entrySet()) {
            long best = Long.MAX_VALUE;
            int n = 0;
            for (int r = 0; r < 3; r++) {
                long t0 = System.nanoTime();
                Matcher m = e.getValue().matcher(text);
                n = 0;
                while (m.find()) n++;
                best = Math.min(best, System.nanoTime() - t0);
            }
            System.out.printf("%-14s %6d ms %6d matches%n", e.getKey(), best / 1_000_000, n);
        }
    }
}
