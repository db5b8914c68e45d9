-- annalist store, schema version 4: what kind each claim is and where a range ends. A new store
-- runs schema-1.sql to schema-3.sql and then this file; an older store is brought up to date
-- with this file in one transaction when it is next opened (its claims keep NULL here: written
-- before the claims stage said). Documented in docs/schema.md.

-- kind: what the figure counts, which weighs it in the ledger: 'casualties' (weight 5),
-- 'forces' and 'prisoners' (4), 'money' (3), 'materiel' (2), 'count' (1, the trivial counts
-- of description). value_high: a range's high end ("between 50,000 and 200,000": value is
-- 50000, value_high 200000); NULL for a single figure.
ALTER TABLE claims ADD COLUMN kind TEXT CHECK (kind IN ('casualties', 'forces', 'prisoners', 'money', 'materiel', 'count'))
;;
ALTER TABLE claims ADD COLUMN value_high REAL
