-- Marks on one account no longer wait for one another. Two marks of one span at the same moment must still
-- meet (the second sees the first), so the lock is taken per stripe of spans: 256 stripes a revision
-- instead of one lock for the whole revision, held until commit. Many claims in one transaction (an API
-- batch) take at most 256 locks, and take them in stripe order (the app inserts them so), which keeps two
-- batches from waiting on each other in a circle.
CREATE FUNCTION claim_span_stripe(start_offset integer, end_offset integer) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN ((start_offset::bigint * 31 + end_offset) % 256)::integer;

CREATE OR REPLACE FUNCTION claim_one_per_span() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.revision_id = OLD.revision_id AND NEW.start_offset = OLD.start_offset
            AND NEW.end_offset = OLD.end_offset THEN
        RETURN NEW;
    END IF;
    PERFORM pg_advisory_xact_lock(
        2, ((NEW.revision_id * 256 + claim_span_stripe(NEW.start_offset, NEW.end_offset)) % 2147483647)::integer);
    IF EXISTS (SELECT 1 FROM claim
               WHERE revision_id = NEW.revision_id AND start_offset = NEW.start_offset
                 AND end_offset = NEW.end_offset AND id <> NEW.id) THEN
        RAISE EXCEPTION 'span % to % of revision % is a claim already', NEW.start_offset, NEW.end_offset, NEW.revision_id
            USING ERRCODE = 'unique_violation', CONSTRAINT = 'claim_one_per_span';
    END IF;
    RETURN NEW;
END $$;
