-- What kind of work a ticket is (e.g. new-domain), which a commitment may give its own target
-- ("provisioning within 24 h, 48 h with a new domain"). Null: none.
alter table ticket add column category varchar(100);
