-- annalist store, schema version 3: how each date was resolved. A new store runs schema-1.sql,
-- schema-2.sql and then this file; an older store is brought up to date with this file in one
-- transaction when it is next opened (its dates keep NULL here: written before the engine said).
-- Documented in docs/schema.md.

-- certainty: 'stated' (in full), 'context' (year from the text around it), 'story_order'
-- (inferred from the order of the story), 'guessed'. matter: 'front' (preface, contents,
-- title page), 'body', 'back' (notes, index, licence). outside_frame: 1 when a body date whose
-- year the text does not state falls outside the span of years the story covers.
ALTER TABLE timexes ADD COLUMN certainty TEXT CHECK (certainty IN ('stated', 'context', 'story_order', 'guessed'))
;;
ALTER TABLE timexes ADD COLUMN matter TEXT CHECK (matter IN ('front', 'body', 'back'))
;;
ALTER TABLE timexes ADD COLUMN outside_frame INTEGER
