-- Failed sign-ins, kept for admins across restarts (the throttle's counts stay in memory: they only
-- need to last a period). Rows older than the retention are removed as new ones arrive.
CREATE TABLE sign_in_failure (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at timestamptz NOT NULL DEFAULT now(),
    username    text        NOT NULL CHECK (char_length(username) <= 200),
    address     text        NOT NULL CHECK (char_length(address) <= 100),
    via         text        NOT NULL CHECK (via IN ('FORM', 'API')),
    locked      boolean     NOT NULL
);
CREATE INDEX sign_in_failure_occurred_at_idx ON sign_in_failure (occurred_at DESC);
