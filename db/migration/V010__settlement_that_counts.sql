-- The second reviewer of an agreement round pairs in the comparison screen with the same tools as anyone:
-- a blind pair has a rationale (required unless consistent) and a topic too. Rows made before stay as they are.
ALTER TABLE blind_pair ADD COLUMN rationale text;
ALTER TABLE blind_pair ADD COLUMN topic text;
ALTER TABLE blind_pair ADD CONSTRAINT blind_pair_rationale_required
    CHECK (relation = 'CONSISTENT' OR btrim(coalesce(rationale, '')) <> '') NOT VALID;

-- The editor's word on a couple: keep the first reviewer's pair, the second's, or neither.
ALTER TABLE agreement_settlement ADD COLUMN choice text CHECK (choice IN ('FIRST', 'SECOND', 'NEITHER'));

-- A pair that an agreement round settled (kept, or made from the second reviewer's version) says so.
ALTER TABLE claim_pair ADD COLUMN settled_round_id bigint REFERENCES agreement_round (id) ON DELETE SET NULL;
