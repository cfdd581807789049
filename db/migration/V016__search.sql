-- Search. Each searchable text gets one tsvector: English stems (so "negotiations" finds "negotiation") plus
-- overlapping two-character terms of Korean, Japanese and Chinese runs (so 회담 finds 회담에서 and 남북회담,
-- which word-based parsing keeps as one token). An account's text is indexed per passage (a sentence, cut
-- at 2,000 characters by the application), which keeps every tsvector far below PostgreSQL's 1 MB limit
-- whatever the length of the text, and tells where in the text a hit is.
CREATE FUNCTION search_bigrams(content text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
    SELECT coalesce(string_agg(
               CASE WHEN char_length(run) = 1 THEN run
                    ELSE (SELECT string_agg(substr(run, i, 2), ' ' ORDER BY i)
                          FROM generate_series(1, char_length(run) - 1) AS i) END, ' '), '')
    FROM regexp_split_to_table(
             regexp_replace(content, '[^ᄀ-ᇿ぀-ヿㄱ-ㆎ㐀-䶿一-鿿가-힣豈-﫿]+', ' ', 'g'), ' ') AS run
    WHERE run <> ''
$$;

-- At most the first 100,000 characters of one text go in (a claim or comment is far shorter; account
-- texts go by passage), so that no text within the limits can fail on the tsvector size. search_bigrams is
-- named with its schema: pg_restore runs with an empty search_path when it fills the generated columns.
CREATE FUNCTION search_vector(content text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT to_tsvector('english'::regconfig, left(coalesce(content, ''), 100000))
        || to_tsvector('simple'::regconfig, public.search_bigrams(left(coalesce(content, ''), 100000)))
$$;

ALTER TABLE meeting ADD COLUMN search tsvector GENERATED ALWAYS AS (
    search_vector(title || ' ' || coalesce(location, '') || ' ' || coalesce(description, ''))) STORED;
CREATE INDEX meeting_search_idx ON meeting USING gin (search);

ALTER TABLE claim ADD COLUMN search tsvector GENERATED ALWAYS AS (search_vector(quote)) STORED;
CREATE INDEX claim_search_idx ON claim USING gin (search);

ALTER TABLE claim_pair ADD COLUMN search tsvector GENERATED ALWAYS AS (
    search_vector(coalesce(topic, '') || ' ' || coalesce(rationale, ''))) STORED;
CREATE INDEX claim_pair_search_idx ON claim_pair USING gin (search);

ALTER TABLE pair_comment ADD COLUMN search tsvector GENERATED ALWAYS AS (search_vector(body)) STORED;
CREATE INDEX pair_comment_search_idx ON pair_comment USING gin (search);

-- The passages of each account's current text; rows of older revisions are removed with the new one.
CREATE TABLE account_passage (
    revision_id  bigint  NOT NULL REFERENCES account_revision (id) ON DELETE CASCADE,
    account_id   bigint  NOT NULL REFERENCES account (id),
    -- UTF-16 code-unit offsets into the revision's text, as for claims.
    start_offset integer NOT NULL CHECK (start_offset >= 0),
    end_offset   integer NOT NULL,
    content      text    NOT NULL CHECK (char_length(content) <= 2000),
    search       tsvector GENERATED ALWAYS AS (search_vector(content)) STORED,
    PRIMARY KEY (revision_id, start_offset),
    CONSTRAINT account_passage_span CHECK (start_offset < end_offset)
);
CREATE INDEX account_passage_account_idx ON account_passage (account_id);
CREATE INDEX account_passage_search_idx ON account_passage USING gin (search);

-- A suggested contradiction a person dismissed stays dismissed for that meeting: the two spans, by
-- revision, so a corrected text asks again.
CREATE TABLE dismissed_suggestion (
    meeting_id        bigint      NOT NULL REFERENCES meeting (id),
    left_revision_id  bigint      NOT NULL REFERENCES account_revision (id) ON DELETE CASCADE,
    left_start        integer     NOT NULL,
    left_end          integer     NOT NULL,
    right_revision_id bigint      NOT NULL REFERENCES account_revision (id) ON DELETE CASCADE,
    right_start       integer     NOT NULL,
    right_end         integer     NOT NULL,
    dismissed_by      bigint      NOT NULL REFERENCES app_user (id),
    dismissed_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (left_revision_id, left_start, left_end, right_revision_id, right_start, right_end),
    CONSTRAINT dismissed_suggestion_spans CHECK (left_start < left_end AND right_start < right_end)
);
CREATE INDEX dismissed_suggestion_meeting_idx ON dismissed_suggestion (meeting_id);
