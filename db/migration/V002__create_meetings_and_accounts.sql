CREATE TABLE party (
    id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code    text    NOT NULL UNIQUE CHECK (code ~ '^[A-Z][A-Z0-9_]{0,15}$'),
    name    text    NOT NULL CHECK (btrim(name) <> ''),
    colour  text    NOT NULL CHECK (colour ~ '^#[0-9a-f]{6}$'),
    version integer NOT NULL DEFAULT 0
);

CREATE TABLE meeting (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title       text        NOT NULL CHECK (btrim(title) <> ''),
    starts_on   date        NOT NULL,
    ends_on     date        NOT NULL,
    location    text,
    description text,
    archived    boolean     NOT NULL DEFAULT false,
    created_by  bigint      NOT NULL REFERENCES app_user (id),
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    version     integer     NOT NULL DEFAULT 0,
    search      tsvector GENERATED ALWAYS AS (
        to_tsvector('simple', title || ' ' || coalesce(location, '') || ' ' || coalesce(description, ''))
    ) STORED,
    CONSTRAINT meeting_dates_in_order CHECK (ends_on >= starts_on)
);
CREATE INDEX meeting_search_idx ON meeting USING gin (search);
CREATE INDEX meeting_starts_on_idx ON meeting (starts_on);

-- A document as imported (a news article quoting both sides, say); accounts may be excerpts of it.
CREATE TABLE source_document (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id        bigint      NOT NULL REFERENCES meeting (id),
    title             text        NOT NULL CHECK (btrim(title) <> ''),
    original_filename text,
    media_type        text,
    text              text        NOT NULL CHECK (text <> ''),
    -- UTF-16 code units, computed by the application (SQL counts code points).
    text_length       integer     NOT NULL CHECK (text_length >= char_length(text) AND text_length <= 2 * char_length(text)),
    imported_by       bigint      NOT NULL REFERENCES app_user (id),
    imported_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT source_document_id_meeting_length_key UNIQUE (id, meeting_id, text_length)
);

CREATE TABLE account (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id         bigint      NOT NULL REFERENCES meeting (id),
    party_id           bigint      NOT NULL REFERENCES party (id),
    title              text        NOT NULL CHECK (btrim(title) <> ''),
    speaker            text,
    publisher          text,
    source_url         text,
    published_on       date,
    language           text        NOT NULL DEFAULT 'en' CHECK (language ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'),
    kind               text        NOT NULL DEFAULT 'OFFICIAL_STATEMENT' CHECK (kind IN ('OFFICIAL_STATEMENT', 'REPORT')),
    source_document_id bigint,
    source_length      integer,
    source_start       integer,
    source_end         integer,
    created_by         bigint      NOT NULL REFERENCES app_user (id),
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    version            integer     NOT NULL DEFAULT 0,
    CONSTRAINT account_id_meeting_party_key UNIQUE (id, meeting_id, party_id),
    -- An excerpt points at a range inside a source document of the same meeting.
    CONSTRAINT account_source_fk FOREIGN KEY (source_document_id, meeting_id, source_length)
        REFERENCES source_document (id, meeting_id, text_length),
    CONSTRAINT account_source_range CHECK (
        (source_document_id IS NULL AND source_length IS NULL AND source_start IS NULL AND source_end IS NULL)
        OR (source_document_id IS NOT NULL AND source_start >= 0 AND source_start < source_end
            AND source_end <= source_length))
);
CREATE INDEX account_meeting_idx ON account (meeting_id);

-- Account text is immutable: a correction is a new revision. Claims anchor to a revision.
CREATE TABLE account_revision (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id  bigint      NOT NULL REFERENCES account (id),
    revision_no integer     NOT NULL CHECK (revision_no >= 1),
    text        text        NOT NULL CHECK (btrim(text) <> ''),
    text_length integer     NOT NULL CHECK (text_length >= char_length(text) AND text_length <= 2 * char_length(text)),
    note        text,
    created_by  bigint      NOT NULL REFERENCES app_user (id),
    created_at  timestamptz NOT NULL DEFAULT now(),
    search      tsvector GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED,
    CONSTRAINT account_revision_no_key UNIQUE (account_id, revision_no),
    CONSTRAINT account_revision_anchor_key UNIQUE (id, account_id, text_length)
);
CREATE INDEX account_revision_search_idx ON account_revision USING gin (search);

CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% rows are immutable', TG_TABLE_NAME USING ERRCODE = 'integrity_constraint_violation';
END $$;

CREATE TRIGGER account_revision_immutable BEFORE UPDATE ON account_revision
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
