-- A submission lets the slot's waiting reminders and the submitter's waiting confirmation lapse. The unique key
-- would find them only among all the slot's messages of that reason (every version's confirmation stays recorded),
-- so the work per submission would grow with the round; this index holds only messages still waiting.
create index bericht_wachtend_per_slot on bericht (jaar, regio, financier) where status = 'wachtend';
