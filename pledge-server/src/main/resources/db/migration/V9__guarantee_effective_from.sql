-- The local date, in the guarantee's zone, a version takes effect on: the first day of one of its
-- reporting periods, as its YAML says. Null: in effect from the beginning. A ticket is measured
-- against the version in effect when it was reported, a period report uses the one in effect on the
-- period's first day.
alter table guarantee add column effective_from date;
