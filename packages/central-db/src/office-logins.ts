import pg from 'pg';

export interface OfficeLogin {
  /** The PostgreSQL login the office connects with (`office_bryansk_1`). */
  login: string;
  /** The office id it may write under (`CENTRAL_OFFICE_ID` of that office). */
  officeId: string;
  /** Set (or changed) when given; an existing login keeps its password otherwise. */
  password?: string | null;
}

const LOGIN = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Makes (or updates) an office's login at the centre: the role, what it may touch — add its events and
 * its summary, read the templates, nothing else — and the office id it is held to by row-level security
 * (migration 003), so one office's credentials cannot write under another office's id. Run by a login
 * that may create roles and owns the tables (docs/SCALING.md «Deploying the head office»).
 */
export const saveOfficeLogin = async (client: pg.ClientBase, office: OfficeLogin): Promise<void> => {
  if (!LOGIN.test(office.login))
    throw new Error(`an office login is lowercase letters, digits and _ (not "${office.login}")`);
  const role = pg.escapeIdentifier(office.login);
  await client.query('BEGIN');
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [office.login]);
    if (rowCount === 0) await client.query(`CREATE ROLE ${role} LOGIN`);
    if (office.password)
      await client.query(`ALTER ROLE ${role} PASSWORD ${pg.escapeLiteral(office.password)}`);
    await client.query(`GRANT SELECT, INSERT, UPDATE ON offices TO ${role}`);
    await client.query(`GRANT SELECT, INSERT ON office_events TO ${role}`);
    await client.query(`GRANT SELECT ON config_templates, office_logins TO ${role}`);
    await client.query(
      `INSERT INTO office_logins (login, office_id) VALUES ($1, $2)
       ON CONFLICT (login) DO UPDATE SET office_id = EXCLUDED.office_id`,
      [office.login, office.officeId],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
};
