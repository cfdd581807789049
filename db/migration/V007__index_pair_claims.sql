-- Finding the pairs of a claim from either side: the couple index only serves least/greatest.
CREATE INDEX claim_pair_left_idx ON claim_pair (left_claim_id);
