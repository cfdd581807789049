-- People who sign in. One role each; the roles nest (ADMIN > EDITOR > REVIEWER) in the application.
CREATE TABLE app_user (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username      text        NOT NULL,
    display_name  text        NOT NULL,
    password_hash text        NOT NULL,
    role          text        NOT NULL CHECK (role IN ('REVIEWER', 'EDITOR', 'ADMIN')),
    enabled       boolean     NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    version       integer     NOT NULL DEFAULT 0,
    CONSTRAINT app_user_username_format CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,62}$'),
    CONSTRAINT app_user_display_name_not_blank CHECK (btrim(display_name) <> '')
);
CREATE UNIQUE INDEX app_user_username_key ON app_user (username);

-- Tokens for the REST API; only a hash of the secret is kept.
CREATE TABLE api_token (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id      bigint      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    name         text        NOT NULL CHECK (btrim(name) <> ''),
    token_hash   text        NOT NULL UNIQUE,
    created_at   timestamptz NOT NULL DEFAULT now(),
    last_used_at timestamptz,
    expires_at   timestamptz,
    revoked_at   timestamptz
);
CREATE INDEX api_token_user_idx ON api_token (user_id);

-- Facts about this installation that must survive restarts (e.g. whether the demo was loaded).
CREATE TABLE app_setting (
    key   text PRIMARY KEY,
    value text NOT NULL
);
