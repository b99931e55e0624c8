// xAPI statements as the H5P player sends them, and the raw-INSERT baseline that ingestion is compared with.
import { createHash, randomUUID } from 'node:crypto';
import pg from 'pg';
import { jsonRequest } from './load.mjs';

/** A `completed` statement with a score: the kind the API keeps as a `reported` learning record. */
export const statement = (materialId) => ({
  id: randomUUID(),
  actor: { objectType: 'Agent', name: 'bench' },
  verb: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-US': 'completed' } },
  object: { objectType: 'Activity', id: `urn:lc:material:${materialId}` },
  result: { score: { raw: 3, max: 5, scaled: 0.6 }, success: true, completion: true, duration: 'PT42S' },
  timestamp: new Date().toISOString(),
});

/** One request per call, each with new statement ids; `batch` 1 uses the single form `{ statement }`. */
export function xapiJob(materialId, user, batch) {
  const path = `/api/materials/${materialId}/xapi`;
  const body =
    batch === 1
      ? { statement: statement(materialId) }
      : { statements: Array.from({ length: batch }, () => statement(materialId)) };
  return jsonRequest('POST', path, user.token, body);
}

/**
 * Whether the API takes `{ statements: [...] }` and keeps each one; the answer to a two-statement probe says
 * (`{ recordIds: [...], ignored }`).
 */
export async function probeBatch(baseUrl, materialId, user) {
  const job = xapiJob(materialId, user, 2);
  const res = await fetch(`${baseUrl}${job.path}`, job);
  const body = await res.json().catch(() => null);
  return { supported: res.status === 201 && body?.recordIds?.length === 2, status: res.status, body };
}

const COLUMNS = [
  'person_id',
  'seq',
  'verb',
  'object_type',
  'object_id',
  'object_name',
  'trust',
  'score',
  'max_score',
  'success',
  'completion',
  'context',
  'occurred_at',
  'prev_hash',
  'hash',
];

/** Requests autocannon gave up on at the end may still be writing: wait until the table stops growing. */
async function settle(pool) {
  let last = -1;
  for (let i = 0; i < 50; i++) {
    const { rows } = await pool.query('SELECT count(*)::int AS n FROM learning_record');
    if (rows[0].n === last) return;
    last = rows[0].n;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * `total` rows in multi-row INSERTs of `batch`, `concurrency` at a time: what the database can take without the API.
 * Each row continues its person's chain (next seq, previous hash, a sha256 over its fields) as the API's would,
 * but without the API's per-person lock and look-up: that difference is what the comparison measures.
 */
export async function rawInsert(dbUrl, { users, materialId, total, batch, concurrency }) {
  const pool = new pg.Pool({ connectionString: dbUrl, max: concurrency });
  try {
    return await insertAll(pool, { users, materialId, total, batch, concurrency });
  } finally {
    await pool.end();
  }
}

async function insertAll(pool, { users, materialId, total, batch, concurrency }) {
  await settle(pool);
  const chains = new Map(users.map((u) => [u.id, { seq: 0, hash: null }]));
  const { rows: tips } = await pool.query(
    `SELECT DISTINCT ON (person_id) person_id, seq, hash FROM learning_record
     WHERE person_id = ANY($1::uuid[]) ORDER BY person_id, seq DESC`,
    [[...chains.keys()]],
  );
  for (const t of tips) chains.set(t.person_id, { seq: t.seq, hash: t.hash });
  let nextRow = 0;
  const statementFor = (n) => {
    const rows = [];
    const params = [];
    for (let i = 0; i < n; i++) {
      const personId = users[nextRow++ % users.length].id;
      const chain = chains.get(personId);
      const occurredAt = new Date().toISOString();
      const context = JSON.stringify({ statementId: randomUUID(), competences: ['1.1'] });
      const name = JSON.stringify({ vi: 'Học liệu', en: 'Material' });
      const fields = [personId, ++chain.seq, 'completed', 'h5p_material', materialId];
      const prevHash = chain.hash;
      chain.hash = createHash('sha256')
        .update(JSON.stringify([...fields, name, context, occurredAt, prevHash]))
        .digest('hex');
      params.push(...fields, name, 'reported', 3, 5, true, true, context, occurredAt, prevHash, chain.hash);
      rows.push(`(${COLUMNS.map((_, c) => `$${i * COLUMNS.length + c + 1}`).join(', ')})`);
    }
    return { text: `INSERT INTO learning_record (${COLUMNS.join(', ')}) VALUES ${rows.join(', ')}`, values: params };
  };
  const started = performance.now();
  const worker = async () => {
    while (nextRow < total) await pool.query(statementFor(Math.min(batch, total - nextRow)));
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  return { rows: nextRow, seconds, rate: nextRow / seconds };
}
