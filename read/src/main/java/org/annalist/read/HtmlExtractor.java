package org.annalist.read;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.BlockQuote;
import org.annalist.model.CallStyle;
import org.annalist.model.Heading;
import org.annalist.model.Note;
import org.annalist.model.NoteCall;
import org.annalist.model.Span;
import org.annalist.model.Structure;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Extracts text and structure from parsed HTML documents, one after another (an EPUB's
 * spine), into one text. Blocks become paragraphs separated by {@code "\n\n"}, {@code br}
 * a {@code "\n"}; script, style, navigation and head content is dropped, and attribute
 * values are never copied. Headings come from {@code h1}–{@code h6}, block quotes from
 * {@code blockquote}, note calls from {@code <sup>} markers and EPUB/ARIA note references
 * ({@link CallStyle#SUPERSCRIPT}), notes from the elements their links point to or that are
 * marked as footnotes. The traversal is iterative (jsoup's {@link NodeTraversor}), so deep
 * nesting cannot overflow the stack.
 */
final class HtmlExtractor {

    private static final Set<String> DROPPED = Set.of("script", "style", "nav", "head", "noscript", "template",
            "title", "iframe", "object", "embed", "svg", "math", "canvas", "audio", "video", "select", "option",
            "button", "textarea", "datalist");
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "dl", "dt", "dd", "blockquote", "section", "article", "aside", "header", "footer", "main",
            "figure", "figcaption", "table", "thead", "tbody", "tfoot", "tr", "caption", "pre", "address", "center",
            "details", "summary", "hr", "body", "html", "fieldset", "legend", "hgroup", "form");
    private static final Set<String> CELLS = Set.of("td", "th");
    /** a note marker: digits, signs, or up to four letters, optionally bracketed */
    private static final Pattern MARKER = Pattern.compile("\\[?([0-9]{1,4}|[*†‡§¶#]{1,3}|\\p{L}{1,4})\\]?");
    private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th", "e", "er", "re", "me", "o",
            "a", "os", "as", "ème", "eme", "d");
    private static final Pattern BRACKETED = Pattern.compile("\\[([0-9]{1,4}|[*†‡§¶]{1,3}|\\p{L}{1,4})\\]");
    /** notes marked as such (EPUB 3, ARIA); the plural ("footnotes") marks their container */
    private static final String FOOTNOTES =
            "[epub:type~=(?i)(^|\\s)(foot|end|rear)note(\\s|$)], [role~=^doc-(foot|end)note$]";
    /** longest note accepted from a link target; longer targets are sections, not notes */
    private static final int MAX_NOTE_CHARS = 20_000;
    private static final int MAX_NOTE_NODES = 1_000;
    /** ancestors climbed when relating calls and notes; bounds the work on hostile nesting */
    private static final int MAX_CLIMB = 200;
    private static final Set<String> SECTION_LIKE = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
            "body", "main");
    private static final Pattern BACKLINKS = Pattern.compile("[\\s↩↑⤴\\uFE0E\\uFE0F]+$");

    /** where a note's target is and what its calls call it */
    private record NoteTarget(String id, String marker) {
    }

    /** a linked call candidate: the calling element, its link's key, the note it points at (or null) */
    private record Candidate(Element element, String key, Element note, long target, long position) {
    }

    private final TextBuilder out = new TextBuilder();
    private final Set<Element> callElements = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<Element, NoteTarget> notesByElement = new IdentityHashMap<>();
    private final Map<String, String> noteIdByKey = new HashMap<>();
    private final Set<String> usedIds = new HashSet<>();
    private final List<Heading> headings = new ArrayList<>();
    private final List<BlockQuote> quotes = new ArrayList<>();
    private final List<NoteCall> calls = new ArrayList<>();
    private final List<Note> notes = new ArrayList<>();

    /** One parsed document and its path inside its container ({@code ""} for a lone file). */
    record Part(Document doc, String key) {
    }

    /**
     * {@return the extraction of {@code parts}, in order, into one text}. Note links are
     * resolved across all parts first, so a note is recognised wherever it stands; a link
     * back from a note to its call is told apart from the call (its target comes first).
     */
    static HtmlExtractor extract(List<Part> parts) {
        HtmlExtractor x = new HtmlExtractor();
        x.findNotes(parts);
        for (Part p : parts) x.extract(p.doc(), p.key());
        return x;
    }

    private void findNotes(List<Part> parts) {
        Map<String, Element> byKey = new HashMap<>();
        Map<Element, Long> order = new IdentityHashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        Map<Element, Boolean> plausible = new IdentityHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            long base = (long) i << 32;
            NodeTraversor.traverse((node, depth) -> {
                if (node instanceof Element e) {
                    order.put(e, base + order.size());
                    String id = e.id().isEmpty() && e.normalName().equals("a") ? e.attr("name") : e.id();
                    if (!id.isEmpty()) byKey.putIfAbsent(part.key() + "#" + id, e);
                }
            }, part.doc());
        }
        for (Part part : parts) {
            List<Element> found = new ArrayList<>();
            NodeTraversor.traverse(new org.jsoup.select.NodeVisitor() {
                private int supDepth;

                @Override
                public void head(Node node, int depth) {
                    if (!(node instanceof Element e)) return;
                    if (e.normalName().equals("sup")) {
                        if (supDepth++ == 0) found.add(e);
                    } else if (supDepth == 0 && isLinkCall(e)) {
                        found.add(e);
                    }
                }

                @Override
                public void tail(Node node, int depth) {
                    if (node instanceof Element e && e.normalName().equals("sup")) supDepth--;
                }
            }, part.doc());
            for (Element e : found) {
                Optional<Element> link = linkOf(e);
                String key = link.map(a -> resolve(part.key(), a.attr("href"))).orElse("");
                Element target = key.isEmpty() ? null : byKey.get(key);
                Element note = target == null ? null : noteElement(target);
                if (note != null && !plausible.computeIfAbsent(note, HtmlExtractor::plausibleNote)) note = null;
                if (note != null && isInside(e, note)) note = null;
                // a plain number linked within the page is a call only when it points at a note
                if (isNumberLink(e) && (note == null || !callsNote(e, key, note))) continue;
                callElements.add(e);
                if (link.isEmpty()) continue;
                candidates.add(new Candidate(e, key, note, target == null ? -1 : order.get(target), order.get(e)));
            }
        }
        dropBackLinks(candidates);
        for (Candidate c : candidates) {
            if (c.note() == null || !callElements.contains(c.element())) continue;
            NoteTarget t = notesByElement.get(c.note());
            if (t == null) {
                String fragment = c.key().substring(c.key().indexOf('#') + 1);
                String id = uniqueId(c.key().startsWith("#") ? fragment : c.key());
                t = new NoteTarget(id, stripBrackets(c.element().text().strip()));
                notesByElement.put(c.note(), t);
            }
            noteIdByKey.put(c.key(), t.id());
        }
        for (Part part : parts) {
            for (Element e : part.doc().select(FOOTNOTES)) {
                if (e.normalName().equals("a") || notesByElement.containsKey(e)) continue;
                String base = e.id().isEmpty() ? part.key() + "#note"
                        : part.key().isEmpty() ? e.id() : part.key() + "#" + e.id();
                notesByElement.put(e, new NoteTarget(uniqueId(base), leadingMarker(e.text())));
            }
        }
    }

    /**
     * A call inside a note that links back to an earlier call is a back-link ({@code [1]} at the
     * start of a Project Gutenberg footnote), not a call: it and its target are dropped.
     */
    private void dropBackLinks(List<Candidate> candidates) {
        Map<Element, List<Candidate>> byNote = new IdentityHashMap<>();
        for (Candidate c : candidates) {
            if (c.note() != null) byNote.computeIfAbsent(c.note(), k -> new ArrayList<>()).add(c);
        }
        for (Candidate c : candidates) {
            if (c.note() == null || c.target() > c.position()) continue;
            int climbed = 0;
            // a back-link sits a few levels inside its note (li > p > a)
            for (Element a = c.element().parent(); a != null && climbed++ < 32; a = a.parent()) {
                List<Candidate> owners = byNote.get(a);
                if (owners == null) continue;
                boolean mutual = owners.stream().anyMatch(o -> o != c && isInside(o.element(), c.note()));
                if (mutual) {
                    callElements.remove(c.element());
                    break;
                }
            }
        }
    }

    /**
     * A link to a chapter or a section is a cross-reference, not a note: a note holds no
     * heading, section or article, and is short. The look stops at the first sign, so a huge
     * target costs no more than a small one.
     */
    private static boolean plausibleNote(Element note) {
        int[] chars = {0};
        int[] nodes = {0};
        boolean[] sectionLike = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) chars[0] += t.getWholeText().length();
                if (node instanceof Element e && e != note && SECTION_LIKE.contains(e.normalName())) {
                    sectionLike[0] = true;
                }
                nodes[0]++;
                return sectionLike[0] || chars[0] > MAX_NOTE_CHARS || nodes[0] > MAX_NOTE_NODES
                        ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, note);
        return !sectionLike[0] && chars[0] <= MAX_NOTE_CHARS && nodes[0] <= MAX_NOTE_NODES;
    }

    /** true when {@code container} is {@code e} or one of its nearest ancestors */
    private static boolean isInside(Element e, Element container) {
        int climbed = 0;
        for (Element a = e; a != null && climbed++ < MAX_CLIMB; a = a.parent()) {
            if (a == container) return true;
        }
        return false;
    }

    /** Appends the text of {@code doc} (after a paragraph break) and records its structure. */
    private void extract(Document doc, String docKey) {
        out.paragraphBreak();
        Element body = doc.selectFirst("body");
        Element root = body != null ? body : doc;
        NodeTraversor.filter(new Visitor(docKey), root);
        out.paragraphBreak();
    }

    /** {@return the extracted text} */
    String text() {
        return out.text();
    }

    /** {@return the structure found, with paragraphs from the blank lines of the text} */
    Structure structure() {
        String text = text();
        Set<String> present = new HashSet<>();
        for (Note n : notes) present.add(n.id());
        List<NoteCall> linked = new ArrayList<>();
        for (NoteCall c : calls) {
            linked.add(c.noteId().isPresent() && !present.contains(c.noteId().get())
                    ? new NoteCall(c.span(), c.marker(), c.style(), Optional.empty()) : c);
        }
        return Structure.EMPTY.withParagraphs(TextBuilder.paragraphs(text)).withHeadings(inside(headings, text))
                .withBlockQuotes(quotes).withNoteCalls(linked).withNotes(notes)
                .withSetAside(TextBuilder.noteRegions(text, notes));
    }

    private static List<Heading> inside(List<Heading> items, String text) {
        return items.stream().filter(h -> h.span().end() <= text.length()).toList();
    }

    private final class Visitor implements NodeFilter {
        private final String docKey;
        private final Deque<Integer> starts = new ArrayDeque<>();
        private int preDepth;
        private int noteDepth;
        private int noteStart;
        private int callDepth;

        Visitor(String docKey) {
            this.docKey = docKey;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                out.append(t.getWholeText(), preDepth > 0);
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) return FilterResult.SKIP_ENTIRELY;
            String tag = e.normalName();
            if (DROPPED.contains(tag)) return FilterResult.SKIP_ENTIRELY;
            if (tag.equals("br")) {
                out.lineBreak();
                return FilterResult.CONTINUE;
            }
            if (BLOCKS.contains(tag) || (notesByElement.containsKey(e) && noteDepth == 0)) out.paragraphBreak();
            else if (CELLS.contains(tag)) out.space();
            if (tag.equals("pre")) preDepth++;
            if (notesByElement.containsKey(e) && noteDepth++ == 0) noteStart = out.length();
            if (isCallCandidate(e)) callDepth++;
            starts.push(out.length());
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element e) || e.normalName().equals("br")) return FilterResult.CONTINUE;
            String tag = e.normalName();
            int start = starts.pop();
            if (tag.equals("pre")) preDepth--;
            boolean call = isCallCandidate(e);
            if (call) callDepth--;
            if (call && callDepth == 0) out.close(start).ifPresent(span -> addCall(e, span));
            if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
                out.close(start).ifPresent(span -> headings.add(new Heading(span, tag.charAt(1) - '0',
                        out.substring(span.start(), span.end()).replaceAll("\\s+", " "))));
            } else if (tag.equals("blockquote")) {
                out.close(start).ifPresent(span -> quotes.add(new BlockQuote(span)));
            }
            NoteTarget target = notesByElement.get(e);
            if (target != null) {
                noteDepth--;
                if (noteDepth == 0) out.close(start).ifPresent(span -> addNote(target, span));
            }
            if (BLOCKS.contains(tag) || (target != null && noteDepth == 0)) out.paragraphBreak();
            return FilterResult.CONTINUE;
        }

        private boolean isCallCandidate(Element e) {
            return callElements.contains(e);
        }

        private void addCall(Element e, Span span) {
            String covered = out.substring(span.start(), span.end());
            Matcher m = MARKER.matcher(covered);
            if (!m.matches()) return;
            String marker = m.group(1);
            if (noteDepth > 0 && out.substring(Math.min(noteStart, span.start()), span.start()).isBlank()) {
                return; // the note's own label, <sup>1</sup> at its start
            }
            Optional<Element> link = linkOf(e);
            boolean letters = Character.isLetter(marker.charAt(0));
            if (link.isEmpty() && !isNoteRef(e)) {
                if (letters) return;
                if (span.start() > 0 && Character.isDigit(out.substring(span.start() - 1, span.start()).charAt(0))) {
                    return; // 10<sup>6</sup>: an exponent
                }
            }
            if (letters && ORDINAL_SUFFIXES.contains(marker.toLowerCase(java.util.Locale.ROOT)) && span.start() > 0
                    && Character.isDigit(out.substring(span.start() - 1, span.start()).charAt(0))) {
                return; // 19<sup>th</sup>
            }
            Optional<String> noteId = link.map(a -> noteIdByKey.get(resolve(docKey, a.attr("href"))));
            boolean bracketed = covered.startsWith("[") && !e.normalName().equals("sup");
            calls.add(new NoteCall(span, marker, bracketed ? CallStyle.BRACKETED : CallStyle.SUPERSCRIPT, noteId));
        }

        private void addNote(NoteTarget target, Span span) {
            String covered = out.substring(span.start(), span.end());
            int bodyStart = labelLength(covered, target.marker());
            Matcher back = BACKLINKS.matcher(covered);
            int bodyEnd = covered.length();
            if (back.find() && back.start() > bodyStart) bodyEnd = back.start();
            // "4 (return) [ Titus.]": the body's brackets are the note's, not its text
            if (covered.substring(0, bodyStart).stripTrailing().endsWith("[") && covered.charAt(bodyEnd - 1) == ']') bodyEnd--;
            if (bodyStart >= bodyEnd) {
                bodyStart = 0;
                bodyEnd = covered.length();
            }
            notes.add(new Note(target.id(), target.marker(), span,
                    Span.of(span.start() + bodyStart, span.start() + bodyEnd)));
        }
    }

    /** {@return the length of a leading label: a back-link sign, the marker, its punctuation} */
    static int labelLength(String note, String marker) {
        Pattern label = Pattern.compile("^(?:[\\^↑↩]\\s*)*(?:\\[?" + Pattern.quote(marker) + "\\]?[.):]?\\s*)?"
                + "(?:[\\^↑↩]\\s*)*(?:\\((?:return|back)\\)\\s*\\[?\\s*)?");
        Matcher m = label.matcher(note);
        return m.find() ? m.end() : 0;
    }

    private static String leadingMarker(String text) {
        Matcher m = Pattern.compile("^\\s*\\[?([0-9]{1,4}|[*†‡§¶]{1,3})\\]?").matcher(text);
        return m.find() ? m.group(1) : "*";
    }

    private String uniqueId(String base) {
        String id = base;
        for (int k = 2; !usedIds.add(id); k++) id = base + "-" + k;
        return id;
    }

    /** the note is the target itself, or for an empty anchor or inline target its nearest block */
    private static Element noteElement(Element target) {
        boolean inline = !BLOCKS.contains(target.normalName()) && !target.normalName().equals("aside");
        if (!inline && target.hasText()) return target;
        Element e = target.parent();
        int climbed = 0;
        while (e != null && !BLOCKS.contains(e.normalName()) && climbed++ < MAX_CLIMB) e = e.parent();
        if (e != null && !BLOCKS.contains(e.normalName())) return target;
        if (e == null || e.normalName().equals("body") || e.normalName().equals("html")) return target;
        // Project Gutenberg: the anchor stands alone in an empty paragraph, the note is the next one
        Element next = e;
        for (int k = 0; k < 3 && !next.hasText(); k++) {
            Element sibling = next.nextElementSibling();
            if (sibling == null || !BLOCKS.contains(sibling.normalName())) break;
            next = sibling;
        }
        return next.hasText() ? next : e;
    }

    /** the link of a call: itself, a link child or grandchild, or a link around it */
    private static Optional<Element> linkOf(Element e) {
        if (e.normalName().equals("a") && e.hasAttr("href")) return Optional.of(e);
        for (Element child : e.children()) {
            if (child.normalName().equals("a") && child.hasAttr("href")) return Optional.of(child);
            for (Element grandchild : child.children()) {
                if (grandchild.normalName().equals("a") && grandchild.hasAttr("href")) return Optional.of(grandchild);
            }
        }
        Element parent = e.parent();
        if (parent != null && parent.normalName().equals("a") && parent.hasAttr("href")) return Optional.of(parent);
        return Optional.empty();
    }

    /**
     * a link that calls a note without a superscript: a note reference, a bracketed marker, or
     * a plain number or sign (kept only when it points at a note, see {@link #callsNote})
     */
    private static boolean isLinkCall(Element a) {
        if (!a.normalName().equals("a") || !a.attr("href").contains("#")) return false;
        if (isNoteRef(a)) return true;
        String cls = a.className().toLowerCase(java.util.Locale.ROOT);
        if (cls.contains("fnanchor") || cls.contains("noteref") || cls.contains("footnote-ref")) return true;
        return BRACKETED.matcher(a.text().strip()).matches() || isNumberLink(a);
    }

    /** a link whose whole text is a number or a reference sign, {@code <a href="#note-4">4</a>}, not otherwise marked */
    private static boolean isNumberLink(Element e) {
        return e.normalName().equals("a") && !isNoteRef(e) && PLAIN_MARKER.matcher(e.text().strip()).matches()
                && !e.className().toLowerCase(java.util.Locale.ROOT).matches(".*(fnanchor|noteref|footnote-ref).*");
    }

    private static final Pattern PLAIN_MARKER = Pattern.compile("[0-9]{1,4}|[*†‡]{1,3}");
    private static final Pattern NOTE_KEY = Pattern.compile("(?i).*(note|fn|foot).*");

    /**
     * the evidence that a plain-number link calls a note, not a page or a section: the note
     * it points at opens with the number (its label), or the link's target is named as a note
     */
    private static boolean callsNote(Element call, String key, Element note) {
        String marker = call.text().strip();
        String text = note.text().strip();
        boolean labelled = text.startsWith(marker)
                && (text.length() == marker.length() || !Character.isDigit(text.charAt(marker.length())))
                || text.startsWith("[" + marker + "]") || text.startsWith("(" + marker + ")");
        String fragment = key.substring(key.indexOf('#') + 1).toLowerCase(java.util.Locale.ROOT);
        return labelled || NOTE_KEY.matcher(fragment).matches() && !fragment.contains("page");
    }

    private static boolean isNoteRef(Element e) {
        return e.attr("epub:type").toLowerCase(java.util.Locale.ROOT).contains("noteref")
                || e.attr("role").toLowerCase(java.util.Locale.ROOT).contains("doc-noteref");
    }

    private static String stripBrackets(String s) {
        Matcher m = MARKER.matcher(s);
        return m.matches() ? m.group(1) : s;
    }

    /** {@return {@code docKey#fragment} for a link within this container}, or "" for outside links */
    static String resolve(String docKey, String href) {
        int hash = href.indexOf('#');
        if (hash < 0 || href.contains("://") || href.startsWith("mailto:")) return "";
        String path = href.substring(0, hash);
        String fragment = href.substring(hash + 1);
        if (fragment.isEmpty()) return "";
        if (path.isEmpty()) return docKey + "#" + fragment;
        String dir = docKey.contains("/") ? docKey.substring(0, docKey.lastIndexOf('/') + 1) : "";
        return EpubPaths.normalize(dir + decode(path)) + "#" + fragment;
    }

    private static String decode(String path) {
        try {
            return java.net.URLDecoder.decode(path.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }
}
