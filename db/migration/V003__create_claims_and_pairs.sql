CREATE TABLE claim (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id          bigint      NOT NULL,
    meeting_id          bigint      NOT NULL,
    party_id            bigint      NOT NULL,
    revision_id         bigint      NOT NULL,
    revision_length     integer     NOT NULL,
    -- UTF-16 code-unit offsets into the revision's text, checked by the application against the text.
    start_offset        integer     NOT NULL,
    end_offset          integer     NOT NULL,
    quote               text        NOT NULL,
    prefix              text        NOT NULL DEFAULT '' CHECK (char_length(prefix) <= 32),
    suffix              text        NOT NULL DEFAULT '' CHECK (char_length(suffix) <= 32),
    speaker             text,
    topic               text,
    kind                text        NOT NULL DEFAULT 'FACT'
        CHECK (kind IN ('FACT', 'CHARACTERISATION', 'COMMITMENT', 'DEMAND')),
    no_counterpart      boolean     NOT NULL DEFAULT false,
    no_counterpart_note text,
    anchor_status       text        NOT NULL DEFAULT 'ANCHORED' CHECK (anchor_status IN ('ANCHORED', 'NEEDS_ATTENTION')),
    created_by          bigint      NOT NULL REFERENCES app_user (id),
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    version             integer     NOT NULL DEFAULT 0,
    search              tsvector GENERATED ALWAYS AS (to_tsvector('simple', quote)) STORED,
    -- The claim's meeting and party are those of its account, kept here so pairs can be checked declaratively.
    CONSTRAINT claim_account_fk FOREIGN KEY (account_id, meeting_id, party_id)
        REFERENCES account (id, meeting_id, party_id) ON UPDATE CASCADE,
    CONSTRAINT claim_revision_fk FOREIGN KEY (revision_id, account_id, revision_length)
        REFERENCES account_revision (id, account_id, text_length),
    CONSTRAINT claim_span_in_text CHECK (start_offset >= 0 AND start_offset < end_offset AND end_offset <= revision_length),
    -- A quote of n UTF-16 units holds between n/2 and n code points.
    CONSTRAINT claim_quote_fits_span CHECK (
        char_length(quote) <= end_offset - start_offset AND 2 * char_length(quote) >= end_offset - start_offset),
    CONSTRAINT claim_pairing_key UNIQUE (id, meeting_id, party_id)
);
CREATE INDEX claim_account_idx ON claim (account_id);
CREATE INDEX claim_meeting_idx ON claim (meeting_id);
CREATE INDEX claim_search_idx ON claim USING gin (search);

CREATE TABLE claim_pair (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id     bigint      NOT NULL REFERENCES meeting (id),
    left_claim_id  bigint      NOT NULL,
    left_party_id  bigint      NOT NULL,
    right_claim_id bigint      NOT NULL,
    right_party_id bigint      NOT NULL,
    relation       text        NOT NULL CHECK (relation IN ('CONTRADICTS', 'PARTLY_CONTRADICTS', 'CONSISTENT')),
    rationale      text,
    topic          text,
    status         text        NOT NULL DEFAULT 'DRAFT'
        CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'CHANGES_REQUESTED')),
    author_id      bigint      NOT NULL REFERENCES app_user (id),
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    version        integer     NOT NULL DEFAULT 0,
    search         tsvector GENERATED ALWAYS AS (
        to_tsvector('simple', coalesce(rationale, '') || ' ' || coalesce(topic, ''))
    ) STORED,
    -- Both claims belong to this meeting (same meeting_id column) and to different parties.
    CONSTRAINT claim_pair_left_fk FOREIGN KEY (left_claim_id, meeting_id, left_party_id)
        REFERENCES claim (id, meeting_id, party_id) ON UPDATE CASCADE,
    CONSTRAINT claim_pair_right_fk FOREIGN KEY (right_claim_id, meeting_id, right_party_id)
        REFERENCES claim (id, meeting_id, party_id) ON UPDATE CASCADE,
    CONSTRAINT claim_pair_different_parties CHECK (left_party_id <> right_party_id),
    CONSTRAINT claim_pair_rationale_required CHECK (relation = 'CONSISTENT' OR btrim(coalesce(rationale, '')) <> ''),
    CONSTRAINT claim_pair_author_key UNIQUE (id, author_id)
);
-- One pair per couple of claims, whichever side each is on.
CREATE UNIQUE INDEX claim_pair_couple_key
    ON claim_pair (least(left_claim_id, right_claim_id), greatest(left_claim_id, right_claim_id));
CREATE INDEX claim_pair_meeting_idx ON claim_pair (meeting_id, status);
CREATE INDEX claim_pair_right_idx ON claim_pair (right_claim_id);
CREATE INDEX claim_pair_search_idx ON claim_pair USING gin (search);

CREATE TABLE evidence (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    pair_id    bigint      NOT NULL REFERENCES claim_pair (id) ON DELETE CASCADE,
    position   integer     NOT NULL DEFAULT 0,
    url        text        CHECK (url IS NULL OR url ~* '^https?://'),
    title      text,
    note       text,
    created_by bigint      NOT NULL REFERENCES app_user (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT evidence_not_empty CHECK (url IS NOT NULL OR btrim(coalesce(note, '')) <> '')
);
CREATE INDEX evidence_pair_idx ON evidence (pair_id);
