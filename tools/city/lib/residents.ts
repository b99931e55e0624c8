import { createHash } from 'node:crypto';
import { canonicalRecord, type LearningRecordRow, levelProbabilities, newRecord } from './learning-records';
import type { CommunePlan } from './city-plan';
import { Rng } from './random';

/** The platform's first year of titles; registrations and titles spread from then to the as-of date. */
export const FIRST_YEAR = 2022;

export interface Person {
  id: string;
  fullName: string;
  citizenId: string;
  birthYear: number;
  gender: 'female' | 'male';
  communeId: string;
  groupId: string;
  populationGroup: 'farmers' | 'workers' | 'officials' | 'other';
  createdAt: Date;
}

export type Status = 'draft' | 'submitted' | 'verified' | 'recognised' | 'returned' | 'rejected' | 'revoked';

export interface Application {
  id: string;
  personId: string;
  year: number;
  status: Status;
  createdAt: Date;
  submittedAt: Date | null;
  /** The day of the commune's decision, for a recognised (or later revoked) title. */
  recognisedOn: Date | null;
  validUntil: string | null;
  revokedAt: Date | null;
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương'];
const MIDDLE = { female: ['Thị', 'Thu', 'Ngọc', 'Minh', 'Thanh'], male: ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu'] };
const GIVEN = {
  female: ['Lan', 'Hương', 'Mai', 'Hà', 'Linh', 'Trang', 'Huyền', 'Thảo', 'Yến', 'Nga', 'Phương', 'Hạnh'],
  male: ['Hùng', 'Dũng', 'Nam', 'Tuấn', 'Long', 'Sơn', 'Hải', 'Quân', 'Thắng', 'Khánh', 'Phúc', 'Bình'],
};
/** Hà Nội's adults by age (roughly the 2019 census shape), as [lowest age, highest age, share]. */
const AGES: [number, number, number][] = [
  [18, 24, 0.12],
  [25, 34, 0.21],
  [35, 44, 0.22],
  [45, 54, 0.17],
  [55, 64, 0.15],
  [65, 90, 0.13],
];
const GROUPS = {
  rural: [
    ['farmers', 0.45],
    ['workers', 0.25],
    ['officials', 0.1],
    ['other', 0.2],
  ],
  urban: [
    ['farmers', 0.04],
    ['workers', 0.34],
    ['officials', 0.26],
    ['other', 0.36],
  ],
} as const;
/** Officials apply most (their units push it); the share who apply grows as the programme spreads. */
const GROUP_PROPENSITY = { farmers: 0.85, workers: 0.75, officials: 1.7, other: 0.9 };
const YEAR_RATE = [0.13, 0.18, 0.26, 0.32, 0.34, 0.34, 0.34];
const REGISTRATION_WEIGHT = [1, 1.5, 2.2, 3, 2.3, 2, 2];
const DAY = 86_400_000;
const VERBS = ['answered', 'completed', 'attempted'];
const PRACTICE = { vi: 'Bài luyện tập' };
const COURSE = { vi: 'Khoá học' };
const COURSE_TEST = { vi: 'Bài kiểm tra của khoá học' };
const COURSE_TEST_DOMAINS = ['1', '2', '4'];
const ASSESSMENT = { vi: 'Đánh giá năng lực số', en: 'Digital-skills assessment' };
const CONFIRMATION = { vi: 'Xác nhận phổ cập kỹ năng số' };
const VOIDED = { vi: 'Huỷ kết quả' };
const DOMAINS = ['1', '2', '3', '4', '5', '6'];
const LEARNING_EVIDENCE = { evidence: 'learning_completed' };
const SKILLS_EVIDENCE = { evidence: 'digital_skills' };

export interface YearContext {
  asOf: Date;
  asOfYear: number;
}

/** A commune's own helpers: its stream, its people's id serials, its shared object ids. */
export class Residents {
  constructor(
    readonly rng: Rng,
    readonly commune: CommunePlan,
    readonly groupIds: string[],
    readonly when: YearContext,
    private readonly materials: string[],
    /** Citizen-ID serials per birth year and sex, shared by every commune of the city. */
    private readonly serials: Map<string, number>,
  ) {}

  person(): Person {
    const { rng, when } = this;
    const gender = rng.chance(0.51) ? 'female' : 'male';
    // About 2 % of registered people are 16 or 17: K1 counts adults only.
    const age = rng.chance(0.02)
      ? rng.int(16, 17)
      : (([lo, hi]) => rng.int(lo, hi))(rng.weighted(AGES.map((a) => [a, a[2]] as const)));
    const birthYear = when.asOfYear - age;
    const years = when.asOfYear - FIRST_YEAR + 1;
    const registered = rng.weighted(
      Array.from({ length: years }, (_, i) => [FIRST_YEAR + i, REGISTRATION_WEIGHT[i] ?? 2] as const),
    );
    return {
      id: rng.uuid(),
      fullName: `${rng.pick(FAMILY)} ${rng.pick(MIDDLE[gender])} ${rng.pick(GIVEN[gender])}`,
      citizenId: this.citizenId(birthYear, gender),
      birthYear,
      gender,
      communeId: this.commune.id,
      groupId: rng.pick(this.groupIds),
      populationGroup: rng.weighted(this.commune.rural ? GROUPS.rural : GROUPS.urban),
      createdAt: this.dayIn(registered, Date.UTC(registered, 0, 1)),
    };
  }

  /** The person's applications, one per year at most, never while an earlier title still covers the year. */
  applications(p: Person, propensity: number): Application[] {
    const { rng, when } = this;
    const out: Application[] = [];
    let coveredTo = 0;
    for (let year = Math.max(FIRST_YEAR, p.createdAt.getUTCFullYear()); year <= when.asOfYear; year++) {
      if (year <= coveredTo) continue;
      if (!rng.chance(Math.min(0.95, YEAR_RATE[year - FIRST_YEAR] * propensity))) continue;
      const past = year < when.asOfYear;
      const status: Status = rng.weighted<Status>(
        past
          ? [
              ['recognised', 0.955],
              ['revoked', 0.015],
              ['rejected', 0.03],
            ]
          : [
              ['recognised', 0.62],
              ['verified', 0.1],
              ['submitted', 0.13],
              ['draft', 0.08],
              ['returned', 0.04],
              ['rejected', 0.03],
            ],
      );
      const createdAt = this.dayIn(year, Math.max(Date.UTC(year, 0, 1), p.createdAt.getTime()), 0.6);
      const submittedAt =
        status === 'draft' ? null : new Date(Math.min(createdAt.getTime() + rng.int(1, 20) * DAY, when.asOf.getTime()));
      const titled = status === 'recognised' || status === 'revoked';
      const recognisedOn = titled
        ? this.decisionDay(this.dayIn(year, (submittedAt ?? createdAt).getTime() + 15 * DAY))
        : null;
      const revokedAt =
        status === 'revoked' && recognisedOn
          ? new Date(Math.min(recognisedOn.getTime() + rng.int(30, 300) * DAY, when.asOf.getTime()))
          : null;
      if (titled) coveredTo = year + 1;
      out.push({
        id: rng.uuid(),
        personId: p.id,
        year,
        status,
        createdAt,
        submittedAt,
        recognisedOn,
        validUntil: titled ? `${year + 1}-12-31` : null,
        revokedAt,
      });
    }
    return out;
  }

  /**
   * The person's learning records, chained as the records context chains them (same hash): browser-reported H5P
   * statements, course completions, course-test results, digital-skills assessments, the odd national confirmation,
   * and a few voided results.
   */
  records(p: Person, holder: boolean, ability: number): LearningRecordRow[] {
    const { rng } = this;
    const from = p.createdAt.getTime();
    const span = this.when.asOf.getTime() - from;
    const out: LearningRecordRow[] = [];
    const add = (verb: string, objectType: string, objectId: string, objectName: unknown, trust: string) => {
      const r = newRecord(rng.uuid(), p.id, verb, objectType, objectId, objectName, trust, from + rng.next() * span);
      out.push(r);
      return r;
    };
    for (let n = rng.geometric(0.84); n > 0; n--) {
      const r = add(rng.pick(VERBS), 'h5p_material', rng.pick(this.materials), PRACTICE, 'reported');
      r.score = rng.int(0, 10);
      r.maxScore = 10;
      r.success = r.score >= 6;
      r.completion = true;
      r.context = { statementId: rng.uuid() };
    }
    for (let n = rng.geometric(0.45); n > 0; n--)
      add('completed', 'course', rng.pick(this.materials), COURSE, 'verified').completion = true;
    const level = (bonus: number) => Math.max(1, Math.min(6, Math.round(ability + bonus + rng.normal(0, 0.6))));
    if (rng.chance(0.35))
      for (let n = rng.chance(0.3) ? 2 : 1; n > 0; n--) {
        const passed = rng.chance(0.7);
        const r = add(passed ? 'passed' : 'failed', 'test', rng.pick(this.materials), COURSE_TEST, 'verified');
        r.score = passed ? rng.int(6, 10) : rng.int(0, 5);
        r.maxScore = 10;
        r.success = passed;
        r.completion = true;
        const levels: Record<string, number> = {};
        for (const d of COURSE_TEST_DOMAINS) if (rng.chance(0.7)) levels[d] = level(0);
        r.domainLevels = levels;
        r.context = LEARNING_EVIDENCE;
      }
    if (rng.chance(holder ? 0.72 : 0.22))
      for (let n = rng.chance(0.35) ? 2 : 1, k = 0; k < n; k++) {
        const r = add('assessed', 'digital_skills_assessment', rng.uuid(), ASSESSMENT, 'verified');
        r.completion = true;
        const levels: Record<string, number> = {};
        for (const d of DOMAINS) levels[d] = level(k * rng.next());
        r.domainLevels = levels;
        r.context = { ...SKILLS_EVIDENCE, levelProbabilities: levelProbabilities(levels) };
      }
    if (rng.chance(0.05)) {
      const r = add('attested', 'national_digital_skills', 'binhdanhocvuso', CONFIRMATION, 'attested');
      r.success = true;
      r.completion = true;
    }
    const results = out.filter((r) => r.domainLevels !== null || r.trust === 'attested');
    for (const result of results)
      if (rng.chance(0.012)) {
        const r = add('voided', result.objectType, result.objectId, VOIDED, 'attested');
        r.at = Math.min(result.at + rng.int(1, 60) * DAY, this.when.asOf.getTime());
        r.voidsRecordId = result.id;
      }
    out.sort((a, b) => a.at - b.at);
    let prevHash: string | null = null;
    for (let i = 0; i < out.length; i++) {
      const r = out[i];
      r.seq = i + 1;
      r.occurredAt = new Date(Math.round(r.at)).toISOString();
      r.prevHash = prevHash;
      r.hash = prevHash = createHash('sha256').update(canonicalRecord(r)).digest('hex');
    }
    return out;
  }

  /** How likely the person is to apply in a year, relative to the year's rate. */
  propensity(p: Person, ability: number): number {
    return (
      this.commune.activity *
      GROUP_PROPENSITY[p.populationGroup] *
      (0.4 + 0.25 * ability) *
      (0.3 + 1.4 * this.rng.next())
    );
  }

  /** A person's digital-skills level before any learning, by age and occupation. */
  ability(p: Person): number {
    const age = this.when.asOfYear - p.birthYear;
    const shift = (p.populationGroup === 'officials' ? 0.5 : 0) + (age < 35 ? 0.4 : age > 60 ? -0.6 : 0);
    return this.rng.normal(2.3 + shift, 0.9);
  }

  /** Communes decide once a quarter, on its last day (or today, for the quarter under way). */
  private decisionDay(day: Date): Date {
    const end = new Date(Date.UTC(day.getUTCFullYear(), Math.floor(day.getUTCMonth() / 3) * 3 + 3, 0, 9));
    return end < this.when.asOf ? end : this.when.asOf;
  }

  /** A day in `year` from `from` on (up to the as-of date), skewed to the start by `skew` < 1. */
  private dayIn(year: number, from: number, skew = 1): Date {
    const end = Math.min(Date.UTC(year, 11, 31, 12), this.when.asOf.getTime());
    const start = Math.min(Math.max(from, Date.UTC(year, 0, 1)), end);
    const t = start + Math.pow(this.rng.next(), 1 / skew) * (end - start);
    return new Date(Math.floor(t / DAY) * DAY + 2 * 3600_000 + this.rng.int(0, 10 * 3600_000));
  }

  /**
   * A number of the citizen-ID format (Circular 59/2021/TT-BCA: province, century and sex, year of birth, serial),
   * unique per birth year and sex; provinces 002–096 of birth registration, never 001, which seeds and tests use.
   */
  private citizenId(birthYear: number, gender: 'female' | 'male'): string {
    const key = `${birthYear}${gender}`;
    const n = this.serials.get(key) ?? 0;
    this.serials.set(key, n + 1);
    const province = String(2 + Math.floor(n / 1_000_000)).padStart(3, '0');
    const century = (birthYear >= 2000 ? 2 : 0) + (gender === 'female' ? 1 : 0);
    return `${province}${century}${String(birthYear % 100).padStart(2, '0')}${String(n % 1_000_000).padStart(6, '0')}`;
  }
}
