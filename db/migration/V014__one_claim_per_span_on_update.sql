-- Claims are now edited and put back in place by hand: a span taken by another claim is refused on an
-- UPDATE that moves a claim as well, as on an INSERT. Claims made before the rule may still repeat a span
-- they already had; an update that leaves a claim where it is does not trip the rule.
CREATE OR REPLACE FUNCTION claim_one_per_span() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.revision_id = OLD.revision_id AND NEW.start_offset = OLD.start_offset
            AND NEW.end_offset = OLD.end_offset THEN
        RETURN NEW;
    END IF;
    -- Two marks of one span at the same moment: the second waits for the first and then sees it.
    PERFORM pg_advisory_xact_lock(2, (NEW.revision_id % 2147483647)::integer);
    IF EXISTS (SELECT 1 FROM claim
               WHERE revision_id = NEW.revision_id AND start_offset = NEW.start_offset
                 AND end_offset = NEW.end_offset AND id <> NEW.id) THEN
        RAISE EXCEPTION 'span % to % of revision % is a claim already', NEW.start_offset, NEW.end_offset, NEW.revision_id
            USING ERRCODE = 'unique_violation', CONSTRAINT = 'claim_one_per_span';
    END IF;
    RETURN NEW;
END $$;

DROP TRIGGER claim_one_per_span ON claim;
CREATE TRIGGER claim_one_per_span BEFORE INSERT OR UPDATE OF revision_id, start_offset, end_offset ON claim
    FOR EACH ROW EXECUTE FUNCTION claim_one_per_span();
