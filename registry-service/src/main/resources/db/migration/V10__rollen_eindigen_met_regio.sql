-- History is never rewritten; people leave, history stays (DESIGN.md §4).

-- A contact removed while holding history keeps name, subject and roles; this is the day they left.
alter table contactpersoon add column vertrokken_op date;

-- Roles end with their region: those that would start after it ended never took effect, those that ran
-- past its end end on the same date.
delete from roltoewijzing r using regio g
where r.regio = g.code and g.geldig_tot is not null and r.vanaf >= g.geldig_tot;

update roltoewijzing r set tot = g.geldig_tot
from regio g
where r.regio = g.code and g.geldig_tot is not null and (r.tot is null or r.tot > g.geldig_tot);
