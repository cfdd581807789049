-- The approval seal: what an editor approved, kept whole so that a later difference can be named.
-- content_hash is the SHA-256 of this JSON as the application writes it. Approvals made before the seal
-- covered everything keep sealed NULL until their first check, which reseals them while their old hash
-- (quotes, relation, rationale) still holds.
ALTER TABLE review ADD COLUMN sealed jsonb;

-- Why a pair whose seal broke went back to the review queue (NULL for every other pair); cleared by the
-- next change of status.
ALTER TABLE claim_pair ADD COLUMN rereview_reason text;

-- Who marked a claim "no counterpart" and when, for the reports' omission ledger.
ALTER TABLE claim ADD COLUMN no_counterpart_by bigint REFERENCES app_user (id);
ALTER TABLE claim ADD COLUMN no_counterpart_at timestamptz;
UPDATE claim SET no_counterpart_by = created_by, no_counterpart_at = updated_at WHERE no_counterpart;
ALTER TABLE claim ADD CONSTRAINT claim_no_counterpart_marked
    CHECK (NOT no_counterpart OR (no_counterpart_by IS NOT NULL AND no_counterpart_at IS NOT NULL));
