-- Publication (DESIGN.md §9): a closed round can be published; a beheerder can withdraw that (back to gesloten).
-- The states are spelled out, so a typo in code can never store a state nobody reads.
alter table ronde add constraint ronde_status check (status in ('CONCEPT', 'OPEN', 'GESLOTEN', 'GEPUBLICEERD'));
