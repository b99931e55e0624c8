// Bench citizens, made in one statement rather than through registration: hashing a password per account would take
// minutes at argon2's cost. All share one hash, made with the parameters the API is told to use.
import argon2 from 'argon2';
import { randomInt } from 'node:crypto';
import { withClient } from './postgres.mjs';
import { mapLimit, step } from './report.mjs';

export const PASSWORD = 'Bench-mat-khau-2026';
const COMMUNE_CODE = '00004'; // Phường Ba Đình: seeded with the demo data.

/**
 * The argon2 parameters from the environment variables the API reads, defaulting to the API's own defaults
 * (DEFAULT_ARGON2 in libs/api/identity/src/lib/passwords.ts). The server is given the same values: an API that
 * finds a hash made with other settings re-hashes it at the first sign-in, which would blur the sign-in storm.
 */
export function argon2Params() {
  const int = (name, def) => Number(process.env[name] ?? def);
  return {
    memoryCost: int('ARGON2_MEMORY_KIB', 19_456),
    timeCost: int('ARGON2_TIME_COST', 2),
    parallelism: int('ARGON2_PARALLELISM', 1),
  };
}

export const argon2Env = () => {
  const p = argon2Params();
  return {
    ARGON2_MEMORY_KIB: String(p.memoryCost),
    ARGON2_TIME_COST: String(p.timeCost),
    ARGON2_PARALLELISM: String(p.parallelism),
  };
};

/**
 * `count` citizens of the demo commune. Their IDs start with province 097, which no real ID uses, and carry a
 * random run number, so that a rerun on a kept DATABASE_URL database does not collide.
 */
export async function createCitizens(dbUrl, count) {
  const hash = await argon2.hash(PASSWORD, { type: argon2.argon2id, ...argon2Params() });
  const run = String(randomInt(10_000)).padStart(4, '0');
  const ids = Array.from({ length: count }, (_, i) => `097${run}${String(i).padStart(5, '0')}`);
  return withClient(dbUrl, async (client) => {
    const area = await client.query(`SELECT id FROM area WHERE code = $1 AND kind = 'commune'`, [COMMUNE_CODE]);
    if (!area.rowCount) throw new Error(`commune ${COMMUNE_CODE} is missing: was the database seeded?`);
    const { rows } = await client.query(
      `WITH u AS (
         INSERT INTO app_user (full_name, citizen_id, birth_year, gender, commune_id, population_group, password_hash)
         SELECT 'Công dân thử tải ' || n, cid, 1985, 'female', $2, 'other', $3
         FROM unnest($1::text[]) WITH ORDINALITY AS t(cid, n)
         RETURNING id, citizen_id
       ), g AS (
         INSERT INTO role_grant (user_id, role, area_id) SELECT id, 'citizen', $2 FROM u
       )
       SELECT id, citizen_id AS login FROM u ORDER BY citizen_id`,
      [ids, area.rows[0].id, hash],
    );
    return { accounts: rows, hash };
  });
}

export async function signIn(baseUrl, login) {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password: PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`sign-in of ${login} answered ${res.status}: ${await res.text()}`);
  const body = await res.json();
  return { id: body.user?.id, login, token: body.accessToken };
}

/** Creates `count` citizens and signs each in through the API: setup, so it is not measured. */
export async function signedInCitizens(platform, count) {
  step(`creating ${count} citizens`);
  const { accounts } = await createCitizens(platform.db.url, count);
  step(`signing ${count} citizens in`);
  return mapLimit(accounts, 8, (a) => signIn(platform.baseUrl, a.login));
}
