-- The head office's own data: its staff, the configuration templates it publishes, and the report
-- facts of each closed office day, computed once from the events (packages/reports).

CREATE TABLE central_users (
  login          text PRIMARY KEY,
  full_name      text NOT NULL,
  role           text NOT NULL CHECK (role IN ('company_manager', 'analyst')),
  password_salt  text NOT NULL,
  password_hash  text NOT NULL,
  disabled       boolean NOT NULL DEFAULT false,
  created_at     timestamptz NOT NULL DEFAULT now()
);

-- The key that signs the head office's sessions, made once by the first start.
CREATE TABLE central_secrets (
  name   text PRIMARY KEY,
  value  text NOT NULL
);

-- A configuration offered to every office (topics, norms, preset). Each publication is a new row: an
-- office adopts a version, and its own record says which.
CREATE TABLE config_templates (
  id            bigserial PRIMARY KEY,
  title         text NOT NULL,
  template      jsonb NOT NULL,
  note          text NOT NULL DEFAULT '',
  published_by  text NOT NULL REFERENCES central_users (login),
  published_at  timestamptz NOT NULL DEFAULT now()
);

-- The facts of one closed office day (packages/reports `collectFacts` over that day's events), kept so
-- that a company report over months reads facts, not millions of events.
CREATE TABLE office_day_facts (
  office_id    text NOT NULL REFERENCES offices (id),
  day          text NOT NULL,
  through_seq  bigint NOT NULL,
  facts        jsonb NOT NULL,
  computed_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (office_id, day)
);

-- Which office days are closed (and so may have their facts made): found without reading the others.
CREATE INDEX office_events_days_closed ON office_events (office_id, seq) WHERE type = 'day.closed';
