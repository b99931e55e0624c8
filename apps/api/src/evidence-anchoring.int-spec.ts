import { INestApplication } from '@nestjs/common';
import { createHash, createPublicKey, verify } from 'node:crypto';
import { chmodSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type {
  Application,
  EvidenceCheckpointResult,
  EvidenceVerification,
  PublishedCheckpoint,
} from '@lc/shared-contracts';
import { hashedFieldsOf, LearningRecordEntity, NewRecord, recordHash, RecordsService } from '@lc/api-records';
import { runEvidenceCommand } from './evidence-command';
import { BA_DINH, CITY, submittedApplication } from './testing/fixtures';
import { behindTheTrigger } from './testing/learning-records';
import { asOwner, bearer, createTestApp, createUser, TestUser } from './testing/test-app';
import { loadConfig } from './config/env';

const CROWD = 50;
const checkpointsDir = () => resolve(loadConfig().STORAGE_DIR, 'evidence', 'checkpoints');
const checkpointFile = (sequence: number) => resolve(checkpointsDir(), `${String(sequence).padStart(12, '0')}.json`);

/** Tamper evidence held outside the database (issue 9 §2, docs/adr/0013). */
describe('evidence anchored outside the database (HTTP, PostgreSQL)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let records: RecordsService;
  let cityAdmin: TestUser;

  beforeAll(async () => {
    app = await createTestApp();
    http = request(app.getHttpServer());
    records = app.get(RecordsService);
    cityAdmin = await createUser(app, [{ role: 'admin', areaId: CITY }]);
  });
  afterAll(() => app.close());

  const citizen = () => createUser(app, [{ role: 'citizen', areaId: BA_DINH }]);
  const record = (person: TestUser, n: number): NewRecord => ({
    personId: person.id,
    verb: 'completed',
    objectType: 'course',
    objectId: `course-${n}`,
    objectName: { vi: `Khoá học ${n}` },
    trust: 'verified',
    score: n,
    maxScore: 10,
    completion: true,
  });
  /** A citizen with `n` records and a submitted application. */
  async function withChain(n = 4): Promise<{ person: TestUser; application: Application }> {
    const person = await citizen();
    for (let i = 1; i <= n; i++) await records.appendNow(record(person, i));
    return { person, application: await submittedApplication(app, person) };
  }
  const checkpoint = async (): Promise<EvidenceCheckpointResult> =>
    (await http.post('/api/admin/evidence-checkpoints').set(bearer(cityAdmin)).expect(200)).body;
  const verifyAll = async (): Promise<EvidenceVerification> =>
    (await http.post('/api/admin/evidence-verifications').set(bearer(cityAdmin)).expect(200)).body;
  const brokenOf = (report: EvidenceVerification, people: TestUser[]) =>
    report.broken.filter((b) => people.some((p) => p.id === b.personId));
  const chainOf = (person: TestUser): Promise<LearningRecordEntity[]> =>
    app
      .get(DataSource)
      .getRepository(LearningRecordEntity)
      .find({ where: { personId: person.id }, order: { seq: 'ASC' } });
  /** Changes record `seq` and, if asked, recomputes every hash from it on so the chain holds again. */
  async function rewrite(person: TestUser, seq: number, rehash: boolean): Promise<void> {
    const chain = await chainOf(person);
    let prevHash = chain[seq - 2]?.hash ?? null;
    await behindTheTrigger(async (tx) => {
      for (const r of chain.slice(seq - 1)) {
        if (r.seq === seq) r.score = 10;
        if (!rehash && r.seq > seq) break;
        r.prevHash = prevHash;
        const hash = rehash ? recordHash(hashedFieldsOf(r)) : r.hash;
        await tx.query(`UPDATE learning_record SET score = $2, prev_hash = $3, hash = $4 WHERE id = $1`, [
          r.id,
          r.score,
          r.prevHash,
          hash,
        ]);
        prevHash = hash;
      }
    });
  }
  const evidenceOf = async (application: Application) => {
    const officer = await createUser(app, [{ role: 'verifier', areaId: BA_DINH }]);
    const seen: Application = (await http.get(`/api/applications/${application.id}`).set(bearer(officer)).expect(200))
      .body;
    return { intact: seen.evidenceIntact, problem: seen.evidenceProblem };
  };

  it('signs each checkpoint with a key the database does not hold, stores it outside, and publishes it', async () => {
    const { person } = await withChain(3);
    const result = await checkpoint();
    expect(result.created).toBe(true);
    const published: PublishedCheckpoint = (await http.get('/api/public/evidence-checkpoints/latest').expect(200)).body;
    expect(published).toEqual(result.checkpoint);
    const { statement, signature, publicKey } = published;
    expect(statement).toMatchObject({
      format: 'lc-evidence-checkpoint/1',
      root: expect.stringMatching(/^[0-9a-f]{64}$/),
    });

    // Checked as anyone would: the statement's JSON with sorted keys, Node's own Ed25519, the published key.
    const key = createPublicKey(publicKey);
    expect(key.asymmetricKeyType).toBe('ed25519');
    const bytes = Buffer.from(JSON.stringify(statement, Object.keys(statement).sort()));
    expect(verify(null, bytes, key, Buffer.from(signature, 'base64'))).toBe(true);
    expect(
      verify(
        null,
        Buffer.from(bytes.toString().replace(statement.root, '0'.repeat(64))),
        key,
        Buffer.from(signature, 'base64'),
      ),
    ).toBe(false);
    const keyId = createHash('sha256')
      .update(key.export({ type: 'spki', format: 'der' }))
      .digest('hex')
      .slice(0, 16);
    expect(statement.keyId).toBe(keyId);

    const stored = JSON.parse(readFileSync(checkpointFile(statement.sequence), 'utf8'));
    expect(stored).toMatchObject({ statement, signature });
    const last = (await chainOf(person)).at(-1)!;
    expect(stored.changed).toContainEqual({ personId: person.id, seq: 3, hash: last.hash });
    // The private key is in a file, never in a table.
    const pem = readFileSync(resolve(loadConfig().STORAGE_DIR, 'evidence', 'signing-key.pem'), 'utf8');
    const inDatabase = await asOwner((o) =>
      o.query(`SELECT count(*)::int AS n FROM evidence_checkpoint WHERE statement::text LIKE $1 OR signature LIKE $1`, [
        `%${pem.split('\n')[1]}%`,
      ]),
    );
    expect(inDatabase).toEqual([{ n: 0 }]);
    const [copy] = await app
      .get(DataSource)
      .query(`SELECT root, signature FROM evidence_checkpoint WHERE sequence = $1`, [statement.sequence]);
    expect(copy).toEqual({ root: statement.root, signature });

    const again = await checkpoint();
    expect(again).toMatchObject({ created: false, checkpoint: { statement: { sequence: statement.sequence } } });
  });

  it('finds a modified record, a re-hashed chain and a dropped tail, each by person', async () => {
    const [modified, rehashed, truncated, untouched] = await Promise.all([1, 2, 3, 4].map(() => withChain(4)));
    await checkpoint();

    await rewrite(modified.person, 2, false);
    await rewrite(rehashed.person, 2, true);
    await behindTheTrigger(async (tx) => {
      await tx.query(`DELETE FROM learning_record WHERE person_id = $1 AND seq > 2`, [truncated.person.id]);
      // Whoever drops records also puts the head back: the verifier does not read it.
      await tx.query(
        `UPDATE learning_chain_head SET seq = 2, hash = (SELECT hash FROM learning_record
        WHERE person_id = $1 AND seq = 2) WHERE person_id = $1`,
        [truncated.person.id],
      );
    });

    const report = await verifyAll();
    expect(report.intact).toBe(false);
    expect(report.checkpointProblems).toEqual([]);
    const people = [modified, rehashed, truncated, untouched].map((c) => c.person);
    expect(brokenOf(report, people)).toEqual(
      expect.arrayContaining([
        { personId: modified.person.id, problem: 'modified', seq: 2 },
        { personId: rehashed.person.id, problem: 'rehashed', seq: 4 },
        { personId: truncated.person.id, problem: 'truncated', seq: 3 },
      ]),
    );
    expect(brokenOf(report, people)).toHaveLength(3);

    expect(await evidenceOf(modified.application)).toEqual({ intact: false, problem: 'modified' });
    expect(await evidenceOf(rehashed.application)).toEqual({ intact: false, problem: 'rehashed' });
    expect(await evidenceOf(truncated.application)).toEqual({ intact: false, problem: 'truncated' });
    expect(await evidenceOf(untouched.application)).toEqual({ intact: true, problem: null });
  });

  it('never signs over a chain changed since the last checkpoint: it keeps the head it had', async () => {
    const { person } = await withChain(3);
    const signedHead = (await chainOf(person)).at(-1)!;
    await checkpoint();
    await rewrite(person, 1, true);
    await records.appendNow(record(person, 9));
    const result = await checkpoint();
    expect(result.heldBack).toBeGreaterThanOrEqual(1);
    const heads = readdirSync(checkpointsDir())
      .sort()
      .flatMap((name) => JSON.parse(readFileSync(resolve(checkpointsDir(), name), 'utf8')).changed)
      .filter((h: { personId: string }) => h.personId === person.id);
    expect(heads).toEqual([{ personId: person.id, seq: 3, hash: signedHead.hash }]);
    expect(brokenOf(await verifyAll(), [person])).toEqual([{ personId: person.id, problem: 'rehashed', seq: 3 }]);
  });

  it('trusts no checkpoint file that was changed, and notices one that went missing', async () => {
    await withChain(1);
    const { checkpoint: latest } = await checkpoint();
    const file = checkpointFile(latest.statement.sequence);
    const original = readFileSync(file, 'utf8');
    const restore = () => {
      rmSync(file, { force: true });
      writeFileSync(file, original, { mode: 0o444 });
    };
    try {
      chmodSync(file, 0o644);
      writeFileSync(file, original.replace(latest.statement.root, 'f'.repeat(64)));
      const altered = await verifyAll();
      expect(altered.intact).toBe(false);
      expect(altered.checkpointProblems).toContainEqual({ sequence: latest.statement.sequence, problem: 'signature' });
      rmSync(file);
      const missing = await verifyAll();
      expect(missing.checkpointProblems).toContainEqual({ sequence: latest.statement.sequence, problem: 'missing' });
    } finally {
      restore();
    }
    expect((await verifyAll()).checkpointProblems).toEqual([]);
  });

  it('gives the API’s own role no way to rewrite heads or checkpoints', async () => {
    const ds = app.get(DataSource);
    for (const sql of [
      `UPDATE learning_chain_head SET seq = 1`,
      `DELETE FROM learning_chain_head`,
      `INSERT INTO learning_chain_head (person_id, seq, hash) VALUES ('${cityAdmin.id}', 1, 'x')`,
      `UPDATE evidence_checkpoint SET root = 'x'`,
      `DELETE FROM evidence_checkpoint`,
    ])
      await expect(ds.query(sql)).rejects.toMatchObject({ code: '42501' });
    await asOwner(async (owner) => {
      await expect(owner.query(`DELETE FROM evidence_checkpoint`)).rejects.toThrow(/append-only/);
    });
  });

  it('lets only an admin of the whole city sign or verify, and anyone read the latest checkpoint', async () => {
    const communeAdmin = await createUser(app, [{ role: 'admin', areaId: BA_DINH }]);
    const someone = await citizen();
    for (const path of ['/api/admin/evidence-checkpoints', '/api/admin/evidence-verifications']) {
      await http.post(path).expect(401);
      expect((await http.post(path).set(bearer(someone)).expect(403)).body.code).toBe('ROLE_REQUIRED');
      expect((await http.post(path).set(bearer(communeAdmin)).expect(403)).body.code).toBe('CITY_ADMIN_ONLY');
    }
    await http.get('/api/public/evidence-checkpoints/latest').expect(200);
  });

  it('reports through the `npm run evidence:verify` command: exit 1 with the broken chains, by id only', async () => {
    const { person } = await withChain(2);
    await checkpoint();
    await rewrite(person, 2, false);
    const { exitCode, report } = await runEvidenceCommand(app, 'evidence-verify');
    expect(exitCode).toBe(1);
    expect(brokenOf(report as EvidenceVerification, [person])).toEqual([
      { personId: person.id, problem: 'modified', seq: 2 },
    ]);
    expect(JSON.stringify(report)).not.toContain('Nguyễn');
  });

  it(`signs ${CROWD} checkpoints asked for at once, while records arrive, into one unbroken signed log`, async () => {
    const people = await Promise.all(Array.from({ length: 10 }, () => citizen()));
    const before = (await checkpoint()).checkpoint.statement.sequence;
    const results = await Promise.all([
      ...Array.from({ length: CROWD }, () => http.post('/api/admin/evidence-checkpoints').set(bearer(cityAdmin))),
      ...people.flatMap((p) => [1, 2, 3].map((n) => records.appendNow(record(p, n)))),
    ]);
    const answers = results.slice(0, CROWD) as request.Response[];
    expect(answers.map((r) => r.status)).toEqual(Array(CROWD).fill(200));
    const after = (await checkpoint()).checkpoint.statement.sequence;
    expect(after).toBeGreaterThan(before);
    const report = await verifyAll();
    expect(report.checkpointProblems).toEqual([]);
    expect(report.checkpoint?.sequence).toBe(after);
    expect(brokenOf(report, people)).toEqual([]);
  });
});
