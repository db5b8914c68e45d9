package org.annalist.annotate.claim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.Span;
import org.annalist.model.layer.CheckKind;
import org.annalist.model.layer.Claim;
import org.annalist.model.layer.ClaimCheck;
import org.annalist.model.layer.Claims;
import org.annalist.model.layer.Qualifier;

/**
 * Recomputes the arithmetic a sentence states between its figures:
 * <ul>
 * <li>a difference ("526 killed and 913 wounded—2,600 fewer"): the plain figures before it
 *     fall into two sides (by subject, else by clause); "fewer"/"less" is the other side's sum
 *     less its own side's, "more" the reverse;</li>
 * <li>a total ("a total of", "in all"): the sum of the sentence's other plain figures (at least two);</li>
 * <li>a ratio ("twice as many", "three times as many", "half as many"): the figure before the
 *     cue divided by the figure after it.</li>
 * </ul>
 * A stated figure is consistent when the computed value lies within half a unit of its last
 * significant digit (2,600 → ±50), a whole unit when the text says "about"; a ratio within 10%.
 * A consistent figure that is not exact ("2,600" for 2,632) is marked approximate.
 */
public final class ClaimChecker {

    private static final Pattern RATIO = Pattern.compile("(?i)(?<![\\p{L}])(twice|double|thrice|half|(\\w+)\\s+times)"
            + "\\s+(?:as\\s+(?:many|much|large|numerous|great|strong|heavy)|the\\s+number)(?![\\p{L}])");
    private static final double RATIO_TOLERANCE = 0.10;

    /** {@return the claims layer: the claims, qualifiers adjusted by their checks, and the checks} */
    public Claims check(String text, List<FoundClaim> found) {
        Map<Span, List<FoundClaim>> bySentence = new LinkedHashMap<>();
        for (FoundClaim f : found) bySentence.computeIfAbsent(f.claim().sentence(), k -> new ArrayList<>()).add(f);
        List<Claim> claims = new ArrayList<>();
        List<ClaimCheck> checks = new ArrayList<>();
        for (Map.Entry<Span, List<FoundClaim>> e : bySentence.entrySet()) {
            List<FoundClaim> inSentence = e.getValue();
            for (FoundClaim f : inSentence) {
                Optional<ClaimCheck> check = switch (f.role()) {
                    case DIFFERENCE -> difference(text, f, inSentence);
                    case TOTAL -> total(f, inSentence);
                    case PLAIN, PROPORTION -> Optional.empty();
                };
                check.ifPresent(checks::add);
                Claim c = f.claim();
                if (check.isPresent() && check.get().consistent() && check.get().computed() != c.value()
                        && c.qualifier() == Qualifier.EXACT) {
                    c = c.withQualifier(Qualifier.APPROXIMATELY);
                }
                claims.add(c);
            }
            ratio(text, e.getKey(), inSentence).ifPresent(checks::add);
        }
        return new Claims(claims, checks);
    }

    private static Optional<ClaimCheck> difference(String text, FoundClaim d, List<FoundClaim> sentence) {
        List<FoundClaim> operands = sentence.stream()
                .filter(c -> c.role() == FoundClaim.Role.PLAIN && c.claim().number().end() <= d.claim().number().start())
                .toList();
        Map<Object, List<FoundClaim>> sides = new LinkedHashMap<>();
        boolean bySubject = operands.stream().allMatch(c -> c.claim().subject().isPresent())
                && operands.stream().map(c -> c.claim().subject().get()).distinct().count() == 2;
        for (FoundClaim c : operands) {
            Object key = bySubject ? c.claim().subject().get() : c.clauseStart();
            sides.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
        }
        if (sides.size() != 2) return Optional.empty();
        List<Object> keys = new ArrayList<>(sides.keySet());
        Object own = bySubject ? d.claim().subject().orElse(null) : (Object) d.clauseStart();
        double first = sum(sides.get(keys.get(0)));
        double second = sum(sides.get(keys.get(1)));
        double computed;
        if (keys.contains(own)) {
            double mine = own.equals(keys.get(0)) ? first : second;
            double other = own.equals(keys.get(0)) ? second : first;
            String word = text.substring(d.claim().number().end(), d.claim().span().end()).strip().toLowerCase(Locale.ROOT);
            computed = word.startsWith("more") ? mine - other : other - mine;
        } else {
            computed = Math.abs(first - second);
        }
        List<Span> spans = new ArrayList<>();
        sides.get(keys.get(0)).forEach(c -> spans.add(c.claim().number()));
        sides.get(keys.get(1)).forEach(c -> spans.add(c.claim().number()));
        return Optional.of(ClaimCheck.of(CheckKind.DIFFERENCE, d.claim().number(), d.claim().value(), spans, computed,
                tolerance(d)));
    }

    private static Optional<ClaimCheck> total(FoundClaim t, List<FoundClaim> sentence) {
        List<FoundClaim> plain = sentence.stream().filter(c -> c.role() == FoundClaim.Role.PLAIN).toList();
        List<FoundClaim> before = plain.stream().filter(c -> c.claim().number().end() <= t.claim().number().start()).toList();
        List<FoundClaim> after = plain.stream().filter(c -> c.claim().number().start() >= t.claim().number().end()).toList();
        List<FoundClaim> operands = before.size() >= 2 ? before : after.size() >= 2 ? after : List.of();
        if (operands.isEmpty()) return Optional.empty();
        return Optional.of(ClaimCheck.of(CheckKind.TOTAL, t.claim().number(), t.claim().value(),
                operands.stream().map(c -> c.claim().number()).toList(), sum(operands), tolerance(t)));
    }

    private static Optional<ClaimCheck> ratio(String text, Span sentence, List<FoundClaim> inSentence) {
        Matcher m = RATIO.matcher(text).region(sentence.start(), sentence.end());
        if (!m.find()) return Optional.empty();
        Optional<Double> factor = factor(m);
        if (factor.isEmpty()) return Optional.empty();
        List<FoundClaim> plain = inSentence.stream().filter(c -> c.role() == FoundClaim.Role.PLAIN).toList();
        Optional<FoundClaim> a = plain.stream().filter(c -> c.claim().number().end() <= m.start()).reduce((x, y) -> y);
        Optional<FoundClaim> b = plain.stream().filter(c -> c.claim().number().start() >= m.end()).findFirst();
        if (a.isEmpty() || b.isEmpty() || b.get().claim().value() == 0) return Optional.empty();
        double computed = a.get().claim().value() / b.get().claim().value();
        return Optional.of(ClaimCheck.of(CheckKind.RATIO, Span.of(m.start(), m.end()), factor.get(),
                List.of(a.get().claim().number(), b.get().claim().number()), computed, factor.get() * RATIO_TOLERANCE));
    }

    private static Optional<Double> factor(Matcher m) {
        String cue = m.group(1).toLowerCase(Locale.ROOT);
        if (cue.equals("twice") || cue.equals("double")) return Optional.of(2.0);
        if (cue.equals("thrice")) return Optional.of(3.0);
        if (cue.equals("half")) return Optional.of(0.5);
        return NumberParser.parse(m.group(2)).filter(v -> v > 1);
    }

    /** Half a unit of the stated figure's precision; a whole unit when the text itself says it is approximate. */
    private static double tolerance(FoundClaim f) {
        return f.claim().qualifier() == Qualifier.APPROXIMATELY ? f.figure().unit() : f.figure().tolerance();
    }

    private static double sum(List<FoundClaim> claims) {
        return claims.stream().mapToDouble(c -> c.claim().value()).sum();
    }
}
