-- The generated tsvector columns were never queried, and PostgreSQL refuses a tsvector over 1 MB, so
-- an account of a million distinct words (within the import limit) failed to save. Search gets its own
-- structure when it is built; until then nothing is indexed for it.
DROP INDEX IF EXISTS meeting_search_idx, account_revision_search_idx, claim_search_idx, claim_pair_search_idx;
ALTER TABLE meeting DROP COLUMN search;
ALTER TABLE account_revision DROP COLUMN search;
ALTER TABLE claim DROP COLUMN search;
ALTER TABLE claim_pair DROP COLUMN search;
ALTER TABLE pair_comment DROP COLUMN search;

-- Limits on free text, the same as the services check first (base.Limits). NOT VALID: rows saved
-- before the limits existed stay; every new or changed row is checked.
ALTER TABLE meeting ADD CONSTRAINT meeting_text_limits CHECK (
    char_length(title) <= 500 AND char_length(location) <= 300 AND char_length(description) <= 10000) NOT VALID;
ALTER TABLE source_document ADD CONSTRAINT source_document_title_limit CHECK (char_length(title) <= 500) NOT VALID;
ALTER TABLE account ADD CONSTRAINT account_text_limits CHECK (
    char_length(title) <= 500 AND char_length(speaker) <= 300 AND char_length(publisher) <= 300
    AND char_length(source_url) <= 2000) NOT VALID;
ALTER TABLE account_revision ADD CONSTRAINT account_revision_note_limit CHECK (char_length(note) <= 10000) NOT VALID;
ALTER TABLE claim ADD CONSTRAINT claim_text_limits CHECK (
    char_length(speaker) <= 300 AND char_length(topic) <= 200 AND char_length(no_counterpart_note) <= 10000) NOT VALID;
ALTER TABLE claim_pair ADD CONSTRAINT claim_pair_text_limits CHECK (
    char_length(rationale) <= 10000 AND char_length(topic) <= 200 AND char_length(rereview_reason) <= 10000) NOT VALID;
ALTER TABLE blind_pair ADD CONSTRAINT blind_pair_text_limits CHECK (
    char_length(rationale) <= 10000 AND char_length(topic) <= 200) NOT VALID;
ALTER TABLE evidence ADD CONSTRAINT evidence_text_limits CHECK (
    char_length(url) <= 2000 AND char_length(title) <= 500 AND char_length(note) <= 10000) NOT VALID;
ALTER TABLE review ADD CONSTRAINT review_text_limits CHECK (
    char_length(note) <= 10000 AND char_length(void_reason) <= 10000) NOT VALID;
ALTER TABLE pair_comment ADD CONSTRAINT pair_comment_body_limit CHECK (char_length(body) <= 10000) NOT VALID;
ALTER TABLE party ADD CONSTRAINT party_name_limit CHECK (char_length(name) <= 300) NOT VALID;
ALTER TABLE app_user ADD CONSTRAINT app_user_display_name_limit CHECK (char_length(display_name) <= 300) NOT VALID;
ALTER TABLE api_token ADD CONSTRAINT api_token_name_limit CHECK (char_length(name) <= 300) NOT VALID;
