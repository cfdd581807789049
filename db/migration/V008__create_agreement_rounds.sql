-- Blind double pairing: an editor asks a second reviewer to pair a meeting without seeing the first
-- reviewer's pairs. The second reviewer's pairs live apart (blind_pair), so both may pair the same two
-- claims; the editor compares them (agreement, Cohen's kappa) and settles each difference.
CREATE TABLE agreement_round (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id         bigint      NOT NULL REFERENCES meeting (id),
    first_reviewer_id  bigint      NOT NULL REFERENCES app_user (id),
    second_reviewer_id bigint      NOT NULL REFERENCES app_user (id),
    requested_by       bigint      NOT NULL REFERENCES app_user (id),
    requested_at       timestamptz NOT NULL DEFAULT now(),
    settled_at         timestamptz,
    CONSTRAINT agreement_round_two_people CHECK (first_reviewer_id <> second_reviewer_id)
);
CREATE INDEX agreement_round_meeting_idx ON agreement_round (meeting_id);

CREATE TABLE blind_pair (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    round_id       bigint      NOT NULL REFERENCES agreement_round (id) ON DELETE CASCADE,
    left_claim_id  bigint      NOT NULL REFERENCES claim (id),
    right_claim_id bigint      NOT NULL REFERENCES claim (id),
    relation       text        NOT NULL CHECK (relation IN ('CONTRADICTS', 'PARTLY_CONTRADICTS', 'CONSISTENT')),
    created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX blind_pair_couple_key
    ON blind_pair (round_id, least(left_claim_id, right_claim_id), greatest(left_claim_id, right_claim_id));

-- The editor's word on each couple where the two reviewers differ: the relation that stands, or none.
CREATE TABLE agreement_settlement (
    round_id       bigint      NOT NULL REFERENCES agreement_round (id) ON DELETE CASCADE,
    low_claim_id   bigint      NOT NULL REFERENCES claim (id),
    high_claim_id  bigint      NOT NULL REFERENCES claim (id),
    relation       text CHECK (relation IN ('CONTRADICTS', 'PARTLY_CONTRADICTS', 'CONSISTENT')),
    settled_by     bigint      NOT NULL REFERENCES app_user (id),
    settled_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (round_id, low_claim_id, high_claim_id)
);
