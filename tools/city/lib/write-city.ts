import { Client } from 'pg';
import { planCity, oldUnitCounts, type CommunePlan } from './city-plan';
import { COLUMNS, type Table } from './city-tables';
import { CopySink } from './copy-sink';
import { Rng } from './random';
import { Application, FIRST_YEAR, Residents, type YearContext } from './residents';

export interface GenerateOptions {
  /** The owner of the tables, on a migrated database with its reference data and no citizens yet. */
  url: string;
  scale: number;
  seed: number;
  asOf: Date;
  passwordHash: string;
  /** data/hanoi-unit-conversion-2025.csv, when the repository has it: commune sizes follow the old units merged. */
  conversionCsv: string | null;
  log: (message: string) => void;
}

export interface CitySummary {
  communes: number;
  groups: number;
  people: number;
  adults: number;
  applications: number;
  titles: number;
  records: number;
  seconds: { load: number; rebuild: number };
}

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const PASSING_SCORES = {
  '1.1': 9,
  '1.2': 8,
  '1.3': 8,
  '1.4': 9,
  '2.1': 8,
  '2.2': 8,
  '2.3': 9,
  '2.4': 8,
  '3.1': 8,
  '3.2': 9,
};

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Writes a synthetic Hà Nội at `scale` straight into the real schema with COPY, the same city for the same seed,
 * scale and as-of date, then rebuilds the KPI rollups from it (the load itself runs with triggers off).
 */
export async function generateCity(o: GenerateOptions): Promise<CitySummary> {
  const control = new Client({ connectionString: o.url });
  await control.connect();
  try {
    const communes = await readCity(control);
    const plan = planCity(communes, oldUnitCounts(o.conversionCsv), o.scale, o.seed);
    const criteriaSetId = await defaultCriteriaSet(control);
    o.log(`${plan.length} communes, ${plan.reduce((s, c) => s + c.people, 0).toLocaleString('en-US')} people planned`);

    const started = Date.now();
    const sinks = Object.fromEntries(
      await Promise.all(
        (Object.keys(COLUMNS) as Table[]).map(async (t) => [t, await CopySink.open(o.url, t, COLUMNS[t])] as const),
      ),
    ) as Record<Table, CopySink>;
    const when: YearContext = { asOf: o.asOf, asOfYear: o.asOf.getUTCFullYear() };
    const shared = new Rng(o.seed, 10_000);
    const materials = Array.from({ length: 40 }, () => shared.uuid());
    const serials = new Map<string, number>();
    const totals = { groups: 0, people: 0, adults: 0, applications: 0, titles: 0, records: 0, codes: 0 };
    try {
      for (const commune of plan) {
        await writeCommune(commune, sinks, { when, materials, serials, criteriaSetId, totals, o });
        if (commune.index % 20 === 19)
          o.log(`${commune.index + 1} communes, ${totals.records.toLocaleString('en-US')} records`);
      }
    } finally {
      await Promise.all(Object.values(sinks).map((s) => s.close()));
    }
    await control.query(`SET session_replication_role = replica`);
    await followChainHeads(control);
    await control.query(`RESET session_replication_role`);
    await control.query(`ANALYZE`);
    const load = (Date.now() - started) / 1000;
    o.log(`loaded in ${load.toFixed(1)} s; rebuilding the KPI rollups`);
    const rebuildStarted = Date.now();
    await control.query(`SET statement_timeout = 0`);
    await control.query(`SELECT kpi_rollup_rebuild()`);
    await control.query(`ANALYZE kpi_person, kpi_rollup_commune, kpi_rollup_group`);
    const rebuild = (Date.now() - rebuildStarted) / 1000;
    return {
      communes: plan.length,
      groups: totals.groups,
      people: totals.people,
      adults: totals.adults,
      applications: totals.applications,
      titles: totals.titles,
      records: totals.records,
      seconds: { load, rebuild },
    };
  } finally {
    await control.end();
  }
}

interface Context {
  when: YearContext;
  materials: string[];
  serials: Map<string, number>;
  criteriaSetId: string;
  totals: Record<'groups' | 'people' | 'adults' | 'applications' | 'titles' | 'records' | 'codes', number>;
  o: GenerateOptions;
}

async function writeCommune(c: CommunePlan, sinks: Record<Table, CopySink>, ctx: Context): Promise<void> {
  const { when, totals, o } = ctx;
  const rng = new Rng(o.seed, c.index + 1);
  const groupIds: string[] = [];
  for (let g = 1; g <= c.groups; g++) {
    const id = rng.uuid();
    groupIds.push(id);
    const name = c.rural ? `Thôn ${g}` : `Tổ dân phố số ${g}`;
    await sinks.area.write([id, id, name, 'group', 'tổ dân phố/thôn', c.id, `${c.path}.${id}`]);
  }
  totals.groups += c.groups;
  const staff = async (role: 'verifier' | 'approver', fullName: string) => {
    const id = rng.uuid();
    const created = new Date(Date.UTC(FIRST_YEAR, 0, 2));
    await sinks.app_user.write([
      id,
      fullName,
      `${role}.${c.id}`,
      null,
      null,
      null,
      c.id,
      null,
      null,
      o.passwordHash,
      iso(created),
    ]);
    await sinks.role_grant.write([rng.uuid(), id, role, c.id, iso(created)]);
    return id;
  };
  const verifier = await staff('verifier', `Cán bộ xác minh ${c.name}`);
  const approver = await staff('approver', `Cán bộ công nhận ${c.name}`);
  const decisions = new Map<string, { id: string; signedOn: Date }>();
  const decisionFor = (a: Application) => {
    const on = a.recognisedOn!;
    const quarter = Math.floor(on.getUTCMonth() / 3);
    const key = `${a.year}-${quarter}`;
    let d = decisions.get(key);
    if (!d) decisions.set(key, (d = { id: rng.uuid(), signedOn: on }));
    return d;
  };

  const people = new Residents(rng, c, groupIds, when, ctx.materials, ctx.serials);
  for (let n = 0; n < c.people; n++) {
    const p = people.person();
    const ability = people.ability(p);
    await sinks.app_user.write([
      p.id,
      p.fullName,
      null,
      p.citizenId,
      p.birthYear,
      p.gender,
      p.communeId,
      p.groupId,
      p.populationGroup,
      o.passwordHash,
      iso(p.createdAt),
    ]);
    await sinks.role_grant.write([rng.uuid(), p.id, 'citizen', c.id, iso(p.createdAt)]);
    const apps = people.applications(p, people.propensity(p, ability));
    for (const a of apps) {
      const titled = a.status === 'recognised' || a.status === 'revoked';
      const decision = titled ? decisionFor(a) : null;
      const reviewed = titled || a.status === 'verified' || a.status === 'rejected';
      const updated = a.revokedAt ?? decision?.signedOn ?? a.submittedAt ?? a.createdAt;
      await sinks.title_application.write([
        a.id,
        p.id,
        c.id,
        c.path,
        a.year,
        ctx.criteriaSetId,
        a.status,
        a.status === 'draft' ? {} : PASSING_SCORES,
        iso(a.submittedAt),
        reviewed ? verifier : null,
        decision?.id ?? null,
        titled ? certificateCode(rng, totals.codes++) : null,
        a.validUntil,
        iso(a.revokedAt),
        a.revokedAt ? 'Phát hiện kê khai không đúng sự thật.' : null,
        iso(a.createdAt),
        iso(updated),
      ]);
      if (titled) totals.titles++;
    }
    totals.applications += apps.length;
    const holder = apps.some((a) => a.status === 'recognised');
    for (const r of people.records(p, holder, ability)) {
      await sinks.learning_record.write([
        r.id,
        r.personId,
        r.seq,
        r.verb,
        r.objectType,
        r.objectId,
        r.objectName,
        r.trust,
        r.score,
        r.maxScore,
        r.success,
        r.completion,
        r.domainLevels,
        r.context,
        r.voidsRecordId,
        r.occurredAt,
        r.occurredAt,
        r.prevHash,
        r.hash,
      ]);
      totals.records++;
    }
    totals.people++;
    if (when.asOfYear - p.birthYear >= 18) totals.adults++;
  }
  for (const [key, d] of [...decisions].sort(([a], [b]) => a.localeCompare(b)))
    await sinks.title_decision.write([
      d.id,
      c.id,
      `${key.replace('-', '/Q')}/QĐ-UBND`,
      day(d.signedOn),
      // The load runs without triggers, so the year that numbering restarts with is written here.
      Number(day(d.signedOn).slice(0, 4)),
      'Chủ tịch UBND',
      approver,
      iso(d.signedOn),
    ]);
}

/** Unique by construction: four random letters, then the running number in base 32. */
function certificateCode(rng: Rng, n: number): string {
  let code = '';
  for (let i = 0; i < 4; i++) code += rng.pick([...CODE_ALPHABET]);
  for (let i = 0, k = n; i < 6; i++, k = Math.floor(k / 32)) code += CODE_ALPHABET[k % 32];
  return code;
}

async function readCity(c: Client): Promise<{ id: string; name: string; unitType: string; path: string }[]> {
  const { rows: schema } = await c.query(`SELECT to_regproc('kpi_rollup_rebuild') IS NOT NULL AS ok`);
  if (!schema[0].ok)
    throw new Error(
      'The database has no KPI rollups: migrate it with an API built from this checkout (npx nx run api:build)',
    );
  const { rows } = await c.query(`SELECT id, name, unit_type, path FROM area WHERE kind = 'commune' ORDER BY id`);
  if (rows.length === 0) throw new Error('No communes in the database: migrate and seed the reference data first');
  const [{ n }] = (await c.query(`SELECT count(*)::int AS n FROM app_user WHERE citizen_id IS NOT NULL`)).rows;
  if (n > 0) throw new Error(`The database already has ${n} citizens: generate into a fresh one`);
  return rows.map((r) => ({ id: r.id, name: r.name, unitType: r.unit_type, path: r.path }));
}

async function defaultCriteriaSet(c: Client): Promise<string> {
  const { rows } = await c.query(`SELECT id FROM criteria_set ORDER BY valid_from, version LIMIT 1`);
  if (!rows.length) throw new Error('No criteria set: seed the reference data first');
  return rows[0].id;
}

/** The load skipped the trigger that keeps each person's chain head (when the schema has one): set them at once. */
async function followChainHeads(c: Client): Promise<void> {
  const { rows } = await c.query(`SELECT to_regclass('learning_chain_head') IS NOT NULL AS present`);
  if (!rows[0].present) return;
  await c.query(`
    INSERT INTO learning_chain_head (person_id, seq, hash)
    SELECT DISTINCT ON (person_id) person_id, seq, hash FROM learning_record ORDER BY person_id, seq DESC
    ON CONFLICT (person_id) DO NOTHING`);
}
