-- An editor's decision on a pair. The pair's author is copied in so the database itself refuses
-- a review by the author (four-eyes).
CREATE TABLE review (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    pair_id        bigint      NOT NULL,
    pair_author_id bigint      NOT NULL,
    editor_id      bigint      NOT NULL REFERENCES app_user (id),
    decision       text        NOT NULL CHECK (decision IN ('APPROVE', 'REJECT', 'REQUEST_CHANGES')),
    note           text,
    -- Hash of both quotes, the relation and the rationale at the moment of the decision.
    content_hash   text        NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
    decided_at     timestamptz NOT NULL DEFAULT now(),
    voided_at      timestamptz,
    void_reason    text,
    CONSTRAINT review_pair_fk FOREIGN KEY (pair_id, pair_author_id)
        REFERENCES claim_pair (id, author_id) ON DELETE CASCADE,
    CONSTRAINT review_not_by_author CHECK (editor_id <> pair_author_id),
    CONSTRAINT review_note_required CHECK (decision = 'APPROVE' OR btrim(coalesce(note, '')) <> '')
);
CREATE INDEX review_pair_idx ON review (pair_id);

CREATE TABLE pair_comment (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    pair_id    bigint      NOT NULL REFERENCES claim_pair (id) ON DELETE CASCADE,
    author_id  bigint      NOT NULL REFERENCES app_user (id),
    body       text        NOT NULL CHECK (btrim(body) <> ''),
    created_at timestamptz NOT NULL DEFAULT now(),
    search     tsvector GENERATED ALWAYS AS (to_tsvector('simple', body)) STORED
);
CREATE INDEX pair_comment_pair_idx ON pair_comment (pair_id);

-- Append-only history: who, when, what, before and after.
CREATE TABLE audit_event (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at timestamptz NOT NULL DEFAULT now(),
    actor_id    bigint REFERENCES app_user (id),
    actor_name  text        NOT NULL,
    action      text        NOT NULL,
    entity_type text        NOT NULL,
    entity_id   bigint,
    meeting_id  bigint,
    before      jsonb,
    after       jsonb
);
CREATE INDEX audit_event_entity_idx ON audit_event (entity_type, entity_id);
CREATE INDEX audit_event_meeting_idx ON audit_event (meeting_id);

CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
