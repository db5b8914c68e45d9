package org.annalist.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.model.Span;
import org.annalist.model.layer.Entities;
import org.annalist.model.layer.Entity;
import org.annalist.model.layer.EntityType;
import org.annalist.model.layer.Mention;
import org.junit.jupiter.api.Test;

class CorefScoreTest {

    private static Entity entity(String id, int... starts) {
        List<Mention> ms = new java.util.ArrayList<>();
        for (int s : starts) ms.add(new Mention(Span.of(s, s + 4), "Xxxx"));
        return new Entity(id, EntityType.PERSON, id, List.of(), ms);
    }

    @Test
    void countsFoundMentionsAndKeptLinksAndSeparationsAsTheRefereeDoes() {
        List<CorefScore.GoldEntity> gold = List.of(
                new CorefScore.GoldEntity("a", List.of(Span.of(0, 4), Span.of(10, 14), Span.of(20, 24))),
                new CorefScore.GoldEntity("b", List.of(Span.of(30, 34), Span.of(40, 44))));
        // the system splits a, merges one a-mention into b, misses 40..44
        Entities predicted = new Entities(List.of(entity("x", 0, 10), entity("y", 20, 30)));

        CorefScore s = CorefScore.ZERO.add(gold, predicted);

        assertThat(s.goldMentions()).isEqualTo(5);
        assertThat(s.foundMentions()).isEqualTo(4);
        assertThat(s.samePairs()).isEqualTo(3);   // a: 0-10, 0-20, 10-20
        assertThat(s.sameKept()).isEqualTo(1);    // 0-10
        assertThat(s.apartPairs()).isEqualTo(3);  // 30 with each a-mention
        assertThat(s.apartKept()).isEqualTo(2);   // 20-30 merged
        assertThat(s.mentionRecall()).isEqualTo(0.8);
    }
}
