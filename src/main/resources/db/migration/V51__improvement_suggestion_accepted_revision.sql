-- The revision an accepted suggestion became, so that undoing the decision can check that it is still the
-- current revision and restore the one before it.
ALTER TABLE improvement_suggestion ADD COLUMN accepted_revision INT NULL;
