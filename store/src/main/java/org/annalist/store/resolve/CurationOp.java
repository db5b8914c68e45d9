package org.annalist.store.resolve;

import java.util.Objects;
import org.annalist.model.layer.EntityType;

/** One line of a curation file. Names are matched through {@link NameKey}. */
public sealed interface CurationOp permits CurationOp.Merge, CurationOp.Split, CurationOp.Rename, CurationOp.Retype {

    /** The 1-based line it was read from, for messages. */
    int line();

    /** {@code merge A = B}: B's entities join A's; A's name stays. */
    record Merge(int line, String into, String from) implements CurationOp {
        public Merge {
            Objects.requireNonNull(into, "into");
            Objects.requireNonNull(from, "from");
        }
    }

    /** {@code split A}: A's entities are not merged across documents. */
    record Split(int line, String name) implements CurationOp {
        public Split {
            Objects.requireNonNull(name, "name");
        }
    }

    /** {@code rename A -> Name}: the collection entity is shown as Name. */
    record Rename(int line, String name, String to) implements CurationOp {
        public Rename {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(to, "to");
        }
    }

    /** {@code type A PERSON}: the collection entity's type. */
    record Retype(int line, String name, EntityType type) implements CurationOp {
        public Retype {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }
    }
}
