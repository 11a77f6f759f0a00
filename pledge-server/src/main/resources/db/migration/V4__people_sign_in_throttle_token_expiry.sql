-- Runs on PostgreSQL and on H2 in PostgreSQL mode: plain types only.

-- People who sign in to the web UI with an email address and a password. Only a slow salted hash
-- of the password is kept, prefixed with its algorithm ({bcrypt}...), so hashes can be upgraded
-- as people sign in. organisation_id is as for API tokens: a customer organisation for a
-- CUSTOMER_USER, else the provider's organisation or null.
create table person (
  id              varchar(36)  primary key,
  organisation_id varchar(100) references organisation (id),
  role            varchar(30)  not null,
  email           varchar(320) not null unique,
  display_name    varchar(200) not null,
  locale          varchar(10)  not null,
  password_hash   varchar(500) not null,
  created_at      timestamp with time zone not null,
  disabled        boolean      not null default false,
  constraint person_role
    check (role in ('ADMINISTRATOR', 'SERVICE_MANAGER', 'AGENT', 'CUSTOMER_USER')),
  constraint person_locale check (locale in ('zh-CN', 'en'))
);

-- Failed sign-ins per login name ('login:<email>') and per client address ('address:<ip>'), in
-- the database so every node refuses the same attempts.
create table sign_in_failure (
  throttle_key   varchar(400) primary key,
  failures       integer      not null,
  last_failure   timestamp with time zone not null,
  locked_until   timestamp with time zone
);

-- Counts a day old are deleted as failures come in (SignInThrottle), found by this index.
create index sign_in_failure_last_failure on sign_in_failure (last_failure);

-- Tokens may expire and may be revoked; a revoked or expired token answers 401 saying so.
alter table api_token add column expires_at timestamp with time zone;
alter table api_token add column revoked_at timestamp with time zone;
