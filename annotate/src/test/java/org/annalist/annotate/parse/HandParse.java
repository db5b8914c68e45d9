package org.annalist.annotate.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.model.Span;
import org.annalist.model.layer.Dependencies;
import org.annalist.model.layer.Entities;
import org.annalist.model.layer.Entity;
import org.annalist.model.layer.EntityType;
import org.annalist.model.layer.Mention;
import org.annalist.model.layer.MentionKind;
import org.annalist.model.layer.Metonymy;
import org.annalist.model.layer.Sentence;
import org.annalist.model.layer.Token;

/**
 * A sentence parsed by hand, so the readers of the parse are tested without CoreNLP. One
 * token a line: {@code word tag lemma head relation [entity]}, the head 1-based as in CoNLL-U
 * (0 for the root), the entity an id whose mention is that token (tokens of one id in a row
 * make one mention; {@code id:TYPE} gives its type, PERSON by default).
 */
public final class HandParse {

    private final Sentence sentence;
    private final Dependencies deps;
    private final Entities entities;

    private HandParse(String table) {
        List<String> words = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        List<String> lemmas = new ArrayList<>();
        List<Integer> heads = new ArrayList<>();
        List<String> relations = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        for (String line : table.strip().split("\n")) {
            String[] f = line.strip().split("\\s+");
            words.add(f[0]);
            tags.add(f[1]);
            lemmas.add(f[2]);
            heads.add(Integer.parseInt(f[3]) - 1);
            relations.add(f[4]);
            owners.add(f.length > 5 ? f[5] : null);
        }
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < words.size(); i++) {
            tokens.add(new Token(Span.of(at, at + words.get(i).length()), words.get(i), tags.get(i)));
            at += words.get(i).length() + 1;
        }
        this.sentence = new Sentence(Span.of(0, at - 1), tokens);
        this.deps = new Dependencies(sentence.span(), lemmas, heads, relations);
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        Map<String, EntityType> types = new LinkedHashMap<>();
        for (int i = 0; i < owners.size(); i++) {
            String o = owners.get(i);
            if (o == null) continue;
            String[] idType = o.split(":");
            types.put(idType[0], idType.length > 1 ? EntityType.valueOf(idType[1]) : EntityType.PERSON);
            List<Mention> list = mentions.computeIfAbsent(idType[0], k -> new ArrayList<>());
            Span t = tokens.get(i).span();
            boolean continues = i > 0 && o.equals(owners.get(i - 1)) && !list.isEmpty();
            if (continues) {
                Mention last = list.remove(list.size() - 1);
                list.add(new Mention(Span.of(last.span().start(), t.end()), last.text() + " " + words.get(i),
                        MentionKind.NAME, Metonymy.NONE));
            } else {
                MentionKind kind = tags.get(i).startsWith("PRP") ? MentionKind.PRONOUN
                        : tags.get(i).startsWith("NNP") ? MentionKind.NAME : MentionKind.NOMINAL;
                list.add(new Mention(t, words.get(i), kind, Metonymy.NONE));
            }
        }
        List<Entity> out = new ArrayList<>();
        mentions.forEach((id, ms) -> out.add(new Entity(id, types.get(id), id, List.of(), ms)));
        this.entities = new Entities(out);
    }

    /** {@return the sentence of {@code table}} */
    public static HandParse of(String table) {
        return new HandParse(table);
    }

    /** {@return the sentence read as clauses, nothing quoted} */
    public ParsedSentence parsed() {
        return ParsedSentence.of(sentence, deps, new MentionIndex(entities), List.of());
    }

    public Entities entities() {
        return entities;
    }
}
