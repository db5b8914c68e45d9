package org.annalist.annotate.entity;

import java.util.Set;
import org.annalist.model.layer.Metonymy;

/**
 * Decides whether a capital or a seat of government stands for the people who act from it.
 * A capital is its government when it acts ({@code Tokyo continued}, {@code Tokyo, which
 * …}), is acted upon as a party ({@code beseech Berlin}, {@code provoke Tokyo and Berlin}),
 * or is written to ({@code wrote to Lubyanka}); after a place preposition ({@code to Moscow}
 * after a verb of motion, {@code in Tokyo}) it is the city. Countries are left alone: a
 * country acting is ordinary usage, not a figure.
 */
final class MetonymyCues {

    private static final Set<String> WRITING = Set.of("wrote", "write", "writes", "writing", "written", "reported",
            "report", "reports", "reporting", "cabled", "cable", "telegraphed", "telegraph", "radioed", "radio",
            "appealed", "appeal", "complained", "replied", "reply", "signalled", "signaled", "protested", "turned",
            "answered", "denounced", "submitted", "petitioned", "applied", "addressed");
    private static final Set<String> NOT_AGENTIVE_VERBS = Set.of("is", "was", "were", "are", "be", "been", "being",
            "located", "situated", "visited", "reached", "left", "entered", "bombed", "captured", "seized", "took",
            "take", "occupied", "defended", "surrounded", "besieged", "stormed", "fled", "evacuated", "leave",
            "reach", "enter", "capture", "seize", "occupy", "defend", "surround");

    private MetonymyCues() {
    }

    /** {@return how the name at tokens {@code [a, b]} of gazetteer kind {@code kind} is used} */
    static Metonymy of(Gazetteer.Kind kind, TokenIndex idx, int a, int b) {
        Metonymy figure = switch (kind) {
            case CAPITAL -> Metonymy.GOVERNMENT;
            case BUILDING -> Metonymy.INSTITUTION;
            default -> Metonymy.NONE;
        };
        if (figure == Metonymy.NONE) return figure;
        return agentive(idx, a, b) ? figure : Metonymy.NONE;
    }

    private static boolean agentive(TokenIndex idx, int a, int b) {
        int next = b + 1;
        if (next < idx.size() && idx.sentence(next) == idx.sentence(b)) {
            if (idx.possessiveMark(next)) return false;
            String pos = idx.pos(next);
            if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD")) return true;
            if (idx.word(next).equals(",") && Set.of("which", "who").contains(idx.lower(next + 1))) return true;
        }
        int prev = a - 1;
        if (prev < 0 || idx.sentence(prev) != idx.sentence(a)) return false;
        if (idx.lower(prev).equals("and") || idx.lower(prev).equals("or")) {
            // the second of a pair: "provoke Tokyo and Berlin"
            int p = prev - 1;
            while (p >= 0 && idx.capitalised(p) && idx.pos(p).startsWith("NNP")) p--;
            prev = p < prev - 1 ? p : prev;
        }
        if (prev < 0) return false;
        if (idx.pos(prev).startsWith("VB") && !NOT_AGENTIVE_VERBS.contains(idx.lower(prev))) return true;
        return idx.lower(prev).equals("to") && WRITING.contains(idx.lower(prev - 1));
    }
}
