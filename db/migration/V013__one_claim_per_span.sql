-- A span of a revision is marked as a claim once. Claims made before this rule may repeat a span (a load
-- test left thousands): they keep their pairs, so the rule guards new claims, as a trigger rather than a
-- unique index. Re-anchoring (an UPDATE) moves old repeats along without tripping it.
CREATE FUNCTION claim_one_per_span() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- Two marks of one span at the same moment: the second waits for the first and then sees it.
    PERFORM pg_advisory_xact_lock(2, (NEW.revision_id % 2147483647)::integer);
    IF EXISTS (SELECT 1 FROM claim
               WHERE revision_id = NEW.revision_id AND start_offset = NEW.start_offset
                 AND end_offset = NEW.end_offset) THEN
        RAISE EXCEPTION 'span % to % of revision % is a claim already', NEW.start_offset, NEW.end_offset, NEW.revision_id
            USING ERRCODE = 'unique_violation', CONSTRAINT = 'claim_one_per_span';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER claim_one_per_span BEFORE INSERT ON claim
    FOR EACH ROW EXECUTE FUNCTION claim_one_per_span();

CREATE INDEX claim_span_idx ON claim (revision_id, start_offset, end_offset);
