-- PostgreSQL only (spring.flyway.locations adds db/vendor/{vendor}): the audit log cannot be
-- changed after the fact, not even by a statement typed into psql as the application's user.
create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_entry is append-only: % is not allowed', tg_op;
end;
$$;

create trigger audit_entry_append_only
  before update or delete on audit_entry
  for each statement execute function audit_entry_append_only();

create trigger audit_entry_no_truncate
  before truncate on audit_entry
  for each statement execute function audit_entry_append_only();
