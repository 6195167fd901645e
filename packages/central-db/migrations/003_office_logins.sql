-- Each office's login may write only under its own office id (docs/SCALING.md «Deploying the head
-- office»). The head office maps every office login to its office here; row-level security then shows
-- and lets an office login change only that office's rows of `offices` and `office_events`. A login not
-- mapped sees and writes nothing. The head-office service owns the tables and is not bound by these
-- policies (nor is a superuser).

CREATE TABLE office_logins (
  login      text PRIMARY KEY,
  office_id  text NOT NULL
);

-- An office login reads its own mapping (the policies below read it as that login), nothing else.
ALTER TABLE office_logins ENABLE ROW LEVEL SECURITY;
CREATE POLICY office_logins_own ON office_logins FOR SELECT
  USING (login = current_user);

ALTER TABLE offices ENABLE ROW LEVEL SECURITY;
CREATE POLICY offices_own ON offices
  USING (id IN (SELECT office_id FROM office_logins WHERE login = current_user))
  WITH CHECK (id IN (SELECT office_id FROM office_logins WHERE login = current_user));

ALTER TABLE office_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY office_events_own ON office_events
  USING (office_id IN (SELECT office_id FROM office_logins WHERE login = current_user))
  WITH CHECK (office_id IN (SELECT office_id FROM office_logins WHERE login = current_user));
