-- What each person chose for their own screens, kept across sessions and browsers. A row appears with the
-- first choice; no row means the defaults.
CREATE TABLE user_preference (
    user_id         bigint PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
    pairs_placement text   NOT NULL DEFAULT 'below' CHECK (pairs_placement IN ('below', 'beside'))
);
