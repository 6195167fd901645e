-- What the offices send: every office's event log, exactly as the office wrote it, and the office's
-- latest summary of its hall. An office only ever adds its own rows; the head office never writes them.

CREATE TABLE offices (
  id              text PRIMARY KEY,
  name            text NOT NULL DEFAULT '',
  time_zone       text NOT NULL DEFAULT 'Europe/Moscow',
  preset_id       text,
  -- Every event of the office up to this seq is held, none missing: where the office resumes.
  replicated_seq  bigint NOT NULL DEFAULT 0,
  -- The office-local day of the last held event (the day of the last `day.opened`).
  current_day     text,
  -- The office's own last seq when it last reported: head_seq - replicated_seq is the backlog it has.
  head_seq        bigint NOT NULL DEFAULT 0,
  -- The office's summary of its hall at its last report (waiting, windows, longest wait, alarms…).
  status          jsonb,
  -- The configuration the office's own reports fall back to before its first `config.replaced`.
  base_config     jsonb,
  first_seen_at   timestamptz NOT NULL DEFAULT now(),
  -- Last contact of any kind (a batch or a heartbeat) and last batch stored.
  seen_at         timestamptz,
  replicated_at   timestamptz
);

CREATE TABLE office_events (
  office_id    text NOT NULL REFERENCES offices (id),
  seq          bigint NOT NULL,
  -- Milliseconds since the epoch, as the engine stamps the event.
  at           bigint NOT NULL,
  type         text NOT NULL,
  -- The office-local day the event belongs to: that of the last `day.opened` at or before it.
  day          text,
  event        jsonb NOT NULL,
  received_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (office_id, seq)
);

CREATE INDEX office_events_by_day ON office_events (office_id, day, seq);
CREATE INDEX office_events_configs ON office_events (office_id, seq) WHERE type = 'config.replaced';
