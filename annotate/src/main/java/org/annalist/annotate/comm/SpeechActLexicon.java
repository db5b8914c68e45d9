package org.annalist.annotate.comm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.annalist.annotate.Lexicons;
import org.annalist.annotate.comm.SpeechActEntry.Part;
import org.annalist.annotate.comm.SpeechActEntry.Slot;
import org.annalist.annotate.comm.SpeechActEntry.Use;
import org.annalist.model.layer.Channel;
import org.annalist.model.layer.Sentence;
import org.annalist.model.layer.SpeechAct;
import org.annalist.model.layer.Token;

/**
 * The words that report a message, by speech act, read from {@code speech-acts.txt}: one
 * {@code form | part | act | addressee | use [| channel] [| needs=w1,w2]} a line (see the
 * file's header), and the verbs that govern a message noun, from
 * {@code message-governors.txt}: {@code form | send|uptake|take-part}. A word may have
 * several lines; the first whose needs the sentence meets is used.
 */
public final class SpeechActLexicon {

    /** What the subject of a verb governing a message noun does with it. */
    enum Governor { SEND, UPTAKE, TAKE_PART }

    private final Map<String, List<SpeechActEntry>> byLemma;
    private final Map<String, Governor> governors;

    private SpeechActLexicon(Map<String, List<SpeechActEntry>> byLemma, Map<String, Governor> governors) {
        this.byLemma = Map.copyOf(byLemma);
        this.governors = Map.copyOf(governors);
    }

    /** {@return the lexicon shipped with annalist} */
    public static SpeechActLexicon standard() {
        return of(Lexicons.rawLines(SpeechActLexicon.class, "speech-acts.txt"),
                Lexicons.rawLines(SpeechActLexicon.class, "message-governors.txt"));
    }

    /** {@return the lexicon of {@code acts} and {@code governors} lines}; fails on a malformed line, naming it */
    public static SpeechActLexicon of(List<String> acts, List<String> governorLines) {
        Objects.requireNonNull(acts, "acts");
        Objects.requireNonNull(governorLines, "governorLines");
        Map<String, List<SpeechActEntry>> byLemma = new HashMap<>();
        int n = 0;
        for (String raw : acts) {
            n++;
            String line = raw.replaceFirst("#.*", "").strip();
            if (line.isEmpty()) continue;
            try {
                SpeechActEntry e = entry(line);
                byLemma.computeIfAbsent(e.lemma(), k -> new ArrayList<>()).add(e);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("speech-acts line " + n + ": " + e.getMessage() + " in '" + raw + "'", e);
            }
        }
        if (byLemma.isEmpty()) throw new IllegalArgumentException("no speech-act words in " + acts.size() + " lines");
        Map<String, Governor> governors = new HashMap<>();
        n = 0;
        for (String raw : governorLines) {
            n++;
            String line = raw.replaceFirst("#.*", "").strip();
            if (line.isEmpty()) continue;
            String[] f = line.split("\\s*\\|\\s*");
            if (f.length != 2) {
                throw new IllegalArgumentException("message-governors line " + n + ": want 'form | role', got '" + raw + "'");
            }
            try {
                governors.put(f[0].toLowerCase(Locale.ROOT), Governor.valueOf(constant(f[1])));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("message-governors line " + n + ": unknown role '" + f[1]
                        + "'; roles: send, uptake, take-part", e);
            }
        }
        return new SpeechActLexicon(byLemma, governors);
    }

    private static SpeechActEntry entry(String line) {
        String[] f = line.split("\\s*\\|\\s*");
        if (f.length < 5 || f.length > 7) {
            throw new IllegalArgumentException("want 'form | part | act | addressee | use [| channel] [| needs=…]'");
        }
        String lemma = f[0].toLowerCase(Locale.ROOT);
        Part part = parse(Part.class, f[1], "part");
        Optional<SpeechAct> act = f[2].equals("-") ? Optional.empty() : Optional.of(SpeechAct.of(f[2]));
        Set<Slot> slots = new HashSet<>();
        if (!f[3].equals("-")) {
            for (String s : f[3].split("\\s*,\\s*")) slots.add(parse(Slot.class, s, "addressee"));
        }
        Use use = parse(Use.class, f[4], "use");
        Optional<Channel> channel = f.length < 6 || f[5].equals("-") ? Optional.empty() : Optional.of(Channel.of(f[5]));
        Set<String> needs = Set.of();
        if (f.length == 7) {
            if (!f[6].startsWith("needs=")) throw new IllegalArgumentException("want 'needs=w1,w2', got '" + f[6] + "'");
            needs = Set.of(f[6].substring("needs=".length()).toLowerCase(Locale.ROOT).split(","));
        }
        return new SpeechActEntry(lemma, part, act, slots, use, channel, needs);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String label, String what) {
        try {
            return Enum.valueOf(type, constant(label));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown " + what + " '" + label + "'; " + what + "s: "
                    + Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT), e);
        }
    }

    private static String constant(String label) {
        return label.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** {@return the entries of {@code lemma} read as {@code part}, in the file's order} */
    List<SpeechActEntry> entries(String lemma, Part part) {
        List<SpeechActEntry> all = byLemma.get(lemma);
        if (all == null) return List.of();
        return all.stream().filter(e -> e.part() == part).toList();
    }

    /** {@return true when {@code lemma} is a word of the lexicon, as any part} */
    public boolean holds(String lemma) {
        return byLemma.containsKey(lemma);
    }

    /**
     * {@return true when a token of {@code sentence} may be a cue}: its lemma has an entry for
     * its part of speech (as the finder reads it) and, when the entry needs a word, the word
     * stands in the sentence. A sentence where this is false yields no message, so it needs no parse.
     *
     * @param lemmas the lower-case lemma of each token
     */
    public boolean mayCue(Sentence sentence, List<String> lemmas) {
        List<Token> tokens = sentence.tokens();
        Set<String> words = null;
        for (int i = 0; i < tokens.size(); i++) {
            List<SpeechActEntry> all = byLemma.get(lemmas.get(i));
            if (all == null) continue;
            Optional<Part> part = Part.ofTag(tokens.get(i).pos());
            if (part.isEmpty() || subordinator(tokens, lemmas, i)) continue;
            for (SpeechActEntry e : all) {
                if (e.part() != part.get()) continue;
                if (e.needs().isEmpty() || e.needs().stream().anyMatch(n -> n.startsWith("@"))) return true;
                if (words == null) {
                    words = new HashSet<>(lemmas);
                    for (Token t : tokens) words.add(t.word().toLowerCase(Locale.ROOT));
                }
                if (e.needs().stream().anyMatch(words::contains)) return true;
            }
        }
        return false;
    }

    /** {@return true for the noun of "in order to", "in order that"}: a subordinator (UD's fixed), no order given */
    private static boolean subordinator(List<Token> tokens, List<String> lemmas, int i) {
        return lemmas.get(i).equals("order") && i > 0 && i + 1 < tokens.size()
                && tokens.get(i - 1).word().equalsIgnoreCase("in")
                && (lemmas.get(i + 1).equals("to") || lemmas.get(i + 1).equals("that"));
    }

    /** {@return what the subject of {@code lemma} does with the message noun it governs}, if it governs one */
    Optional<Governor> governor(String lemma) {
        return Optional.ofNullable(governors.get(lemma));
    }

    /** {@return the channel the noun {@code lemma} names}, e.g. {@code radio} for {@code wireless} */
    Optional<Channel> channelOfNoun(String lemma) {
        List<SpeechActEntry> all = byLemma.getOrDefault(lemma, List.of());
        for (SpeechActEntry e : all) {
            if ((e.part() == Part.NOUN || e.part() == Part.MEDIUM) && e.channel().isPresent()) return e.channel();
        }
        return Optional.empty();
    }
}
