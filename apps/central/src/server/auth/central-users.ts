import type pg from 'pg';
import type { CentralRole, CentralUser } from '../../contract/central-api.js';
import { type PasswordHash, hashPassword } from './password-hash.js';

/** The head office's own staff (`central_users`): never an office's staff, never an office PIN. */
export interface StoredUser extends CentralUser {
  password: PasswordHash;
  disabled: boolean;
}

interface Row {
  login: string;
  full_name: string;
  role: CentralRole;
  password_salt: string;
  password_hash: string;
  disabled: boolean;
}

export const findUser = async (db: pg.Pool, login: string): Promise<StoredUser | null> => {
  const { rows } = await db.query<Row>('SELECT * FROM central_users WHERE lower(login) = lower($1)', [login]);
  const row = rows[0];
  return row
    ? {
        login: row.login,
        fullName: row.full_name,
        role: row.role,
        password: { salt: row.password_salt, hash: row.password_hash },
        disabled: row.disabled,
      }
    : null;
};

/** Adds a user, or sets the name, role and password of an existing one. */
export const saveUser = async (db: pg.Pool, user: CentralUser & { password: string }): Promise<void> => {
  if (user.password.length < 10) throw new Error('a head-office password has at least 10 characters');
  const { salt, hash } = hashPassword(user.password);
  await db.query(
    `INSERT INTO central_users (login, full_name, role, password_salt, password_hash) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (login) DO UPDATE SET full_name = $2, role = $3, password_salt = $4, password_hash = $5, disabled = false`,
    [user.login, user.fullName, user.role, salt, hash],
  );
};

export const countUsers = async (db: pg.Pool): Promise<number> =>
  Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM central_users')).rows[0]!.n);

/** The demo head office's two people (README «Head office»); a real one adds its own with `npm run central:user`. */
export const DEMO_USERS: (CentralUser & { password: string })[] = [
  {
    login: 'director',
    fullName: 'Орлова Наталья Сергеевна',
    role: 'company_manager',
    password: 'director-demo',
  },
  { login: 'analyst', fullName: 'Белов Игорь Павлович', role: 'analyst', password: 'analyst-demo' },
];
