-- Runs on PostgreSQL and on H2 in PostgreSQL mode: plain types only.

-- Who may call the API. Only the SHA-256 of a token is kept: tokens are 32 random bytes, so a
-- fast unsalted hash is enough (there is nothing to guess), unlike people's passwords.
-- organisation_id is null for provider-side tokens not bound to an organisation (the first
-- administrator's, made before any organisation is known).
create table api_token (
  id              varchar(36)  primary key,
  organisation_id varchar(100) references organisation (id),
  role            varchar(30)  not null,
  token_hash      char(64)     not null unique,
  name            varchar(200) not null,
  created_at      timestamp with time zone not null,
  constraint api_token_role
    check (role in ('ADMINISTRATOR', 'SERVICE_MANAGER', 'AGENT', 'CUSTOMER_USER', 'API_CLIENT'))
);

-- Idempotency keys are scoped by who sends them, so one customer's key can never replay another's
-- answer. Stored answers only serve retries, so the unscoped ones are dropped.
drop table idempotency;

create table idempotency (
  scope           varchar(120) not null,
  idempotency_key varchar(200) not null,
  request_hash    char(64)     not null,
  status          integer      not null,
  response        text         not null,
  created_at      timestamp with time zone not null,
  primary key (scope, idempotency_key)
);
