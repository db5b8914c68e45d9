package org.annalist.annotate.comm;

import org.annalist.annotate.Lexicons;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.annalist.model.layer.Channel;

/**
 * Words that report a message ({@code radioed}, {@code informed}, {@code in a memo to}),
 * each with the channel it implies and the frame that places its parties. One entry a
 * line in the resource {@code communication-cues.txt}: {@code form | channel | frame
 * [| needs=w1,w2]}, {@code -} for no channel, {@code #} starts a comment.
 */
public final class CommunicationLexicon {

    private final Map<List<String>, Cue> cues;
    private final int longest;

    private CommunicationLexicon(Map<List<String>, Cue> cues) {
        this.cues = Map.copyOf(cues);
        this.longest = cues.keySet().stream().mapToInt(List::size).max().orElse(0);
    }

    /** {@return the lexicon shipped with annalist} */
    public static CommunicationLexicon standard() {
        return of(Lexicons.rawLines(CommunicationLexicon.class, "communication-cues.txt"));
    }

    /** {@return a lexicon of {@code lines}}; fails on a malformed line, naming it */
    public static CommunicationLexicon of(List<String> lines) {
        Objects.requireNonNull(lines, "lines");
        Map<List<String>, Cue> cues = new HashMap<>();
        int n = 0;
        for (String raw : lines) {
            n++;
            String line = raw.replaceFirst("#.*", "").strip();
            if (line.isEmpty()) continue;
            String[] f = line.split("\\s*\\|\\s*");
            if (f.length < 3 || f.length > 4) {
                throw new IllegalArgumentException("line " + n + ": want 'form | channel | frame [| needs=…]', got '"
                        + raw + "'");
            }
            List<String> form = List.of(f[0].toLowerCase(Locale.ROOT).split("\\s+"));
            Optional<Channel> channel = f[1].equals("-") ? Optional.empty() : Optional.of(Channel.of(f[1]));
            Frame frame;
            try {
                frame = Frame.valueOf(f[2].toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + n + ": unknown frame '" + f[2] + "'; frames: "
                        + Arrays.toString(Frame.values()), e);
            }
            Set<String> needs = Set.of();
            if (f.length == 4) {
                if (!f[3].startsWith("needs=")) {
                    throw new IllegalArgumentException("line " + n + ": want 'needs=w1,w2', got '" + f[3] + "'");
                }
                needs = Set.of(f[3].substring("needs=".length()).toLowerCase(Locale.ROOT).split(","));
            }
            cues.put(form, new Cue(form, channel, frame, needs));
        }
        if (cues.isEmpty()) throw new IllegalArgumentException("no cues in " + lines.size() + " lines");
        return new CommunicationLexicon(cues);
    }

    /** {@return the longest cue whose words start at {@code words[i]}} (lower-case words) */
    Optional<Cue> matchAt(List<String> words, int i) {
        for (int n = Math.min(longest, words.size() - i); n >= 1; n--) {
            Cue c = cues.get(new ArrayList<>(words.subList(i, i + n)));
            if (c != null) return Optional.of(c);
        }
        return Optional.empty();
    }

    /** {@return the channel label the words imply}, e.g. {@code letter} for {@code wrote}; empty when none */
    public Optional<String> channelOf(String phrase) {
        Cue c = cues.get(List.of(phrase.toLowerCase(Locale.ROOT).strip().split("\\s+")));
        return c == null ? Optional.empty() : c.channel().map(Channel::label);
    }
}
