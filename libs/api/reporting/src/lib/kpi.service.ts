import { Injectable } from '@nestjs/common';
import type {
  KpiBreakdown,
  KpiCode,
  KpiCommuneRanking,
  KpiDimension,
  KpiGroups,
  KpiReport,
  KpiTrend,
  RosterKpiValue,
} from '@lc/shared-contracts';
import { AreasService, PlacedArea } from '@lc/api-areas';
import { AuthUser, enforce, invalid, notFound } from '@lc/api-shared';
import { dimensionLabel, dimensionOrder } from './dimension-labels';
import { communeRankingAccess, groupFiguresAccess, kpiAreaAccess, visibleGroups } from './access/reporting-policy';
import { buildKpis, DenominatorSource, KpiCounts, loadedPopulation, NO_COUNTS, suppressed } from './kpi-math';
import { KpiRepository } from './kpi.repository';
import { bandPopulation } from './population-breakdown';
import { rosterKpi } from './rosters/roster-kpis';
import { RosterRepository } from './rosters/roster.repository';

const CITY = '01';
/** A trend spans at most this many years, so one request stays one bounded read. */
const MAX_TREND_YEARS = 15;

type Point = KpiTrend['points'][number];

/** An area's KPIs year by year; without `areaId`, the city's. */
export interface TrendQuery {
  areaId?: string;
  fromYear: number;
  toYear: number;
}

/** An area's KPIs of one year, split by one dimension; without `areaId`, the city's. */
export interface BreakdownQuery {
  areaId?: string;
  year: number;
  by: KpiDimension;
}

@Injectable()
export class KpiService {
  constructor(
    private readonly repo: KpiRepository,
    private readonly areas: AreasService,
    private readonly rosters: RosterRepository,
  ) {}

  async report(user: AuthUser, areaId = CITY, year = new Date().getFullYear()): Promise<KpiReport> {
    const area = await this.reportArea(user, areaId);
    const [[point], rosterKpis] = await Promise.all([this.points(area, year, year), this.rosterKpis(area, year)]);
    return {
      areaId: area.id,
      areaName: area.name,
      year,
      denominatorSource: point.denominatorSource,
      kpis: point.kpis,
      rosterKpis,
      generatedAt: new Date().toISOString(),
    };
  }

  async trend(user: AuthUser, { areaId, fromYear, toYear }: TrendQuery): Promise<KpiTrend> {
    if (toYear < fromYear || toYear - fromYear >= MAX_TREND_YEARS)
      throw invalid('KPI_YEARS_INVALID', `Khoảng năm phải từ 1 đến ${MAX_TREND_YEARS} năm, năm đầu trước năm cuối.`);
    const area = await this.reportArea(user, areaId ?? CITY);
    return { areaId: area.id, areaName: area.name, points: await this.points(area, fromYear, toYear) };
  }

  /**
   * K1 to K4 of one area by sex, age band or population group, small counts withheld. K1 is over loaded population
   * figures by sex or age band where every commune of the area has them, else over registered adults.
   */
  async breakdown(user: AuthUser, { areaId, year, by }: BreakdownQuery): Promise<KpiBreakdown> {
    const area = await this.reportArea(user, areaId ?? CITY);
    const adultAge = await this.adultAge(year);
    const communeIds = area.kind === 'commune' ? [area.id] : (await this.areas.communes()).map((c) => c.id);
    const [counts, bands] = await Promise.all([
      this.repo.counts(this.communeFilter(area, year, year), by),
      by === 'population_group' ? [] : this.repo.populationBands(communeIds, year),
    ]);
    const population = bandPopulation(bands, communeIds, by);
    const keys = new Set([...counts.keys(), ...(population?.keys() ?? [])]);
    const rows = [...keys]
      .sort((a, b) => dimensionOrder(by, a) - dimensionOrder(by, b) || a.localeCompare(b))
      .map((key) => {
        const c = counts.get(key) ?? NO_COUNTS;
        const kpis = this.cells(population ? { ...c, adults: population.get(key) ?? 0 } : c, adultAge);
        return { key, label: dimensionLabel(by, key), kpis };
      });
    const denominatorSource: DenominatorSource = population ? 'population_figures' : 'registered_adults';
    return { areaId: area.id, areaName: area.name, year, by, denominatorSource, rows };
  }

  /** Every commune with its exact figures, highest K1 first: for analysts of the whole city. */
  async communes(user: AuthUser, year: number): Promise<KpiCommuneRanking> {
    enforce(communeRankingAccess(user));
    const adultAge = await this.adultAge(year);
    const communes = await this.areas.communes();
    const [counts, populations, target] = await Promise.all([
      this.repo.counts({ level: 'commune', fromYear: year, toYear: year }, 'commune_id'),
      this.repo.populations(
        communes.map((c) => c.id),
        year,
        year,
      ),
      this.targets(),
    ]);
    const rows = communes.map((c) => {
      const population = loadedPopulation(populations.get(`${c.id}/${year}`), []);
      const { source, kpis } = this.values(counts.get(c.id) ?? NO_COUNTS, population, adultAge, target);
      return { areaId: c.id, areaName: c.name, denominatorSource: source, kpis };
    });
    const k1 = (r: (typeof rows)[number]) => r.kpis[0].value ?? -1;
    return { year, rows: rows.sort((a, b) => k1(b) - k1(a)) };
  }

  /** A commune's residential groups, for its own officers (see visibleGroups); small counts withheld. */
  async groups(user: AuthUser, communeId: string, year: number): Promise<KpiGroups> {
    const commune = await this.areas.getCommune(communeId);
    const visible = visibleGroups(user, commune.path);
    enforce(groupFiguresAccess(visible));
    const adultAge = await this.adultAge(year);
    const groups = (await this.areas.groups(commune.id)).filter((g) => visible === 'all' || visible.has(g.id));
    const counts = await this.repo.counts(
      { level: 'group', fromYear: year, toYear: year, communeId: commune.id },
      'group_id',
    );
    return {
      communeId: commune.id,
      communeName: commune.name,
      year,
      rows: groups.map((g) => ({
        areaId: g.id,
        areaName: g.name,
        kpis: this.cells(counts.get(g.id) ?? NO_COUNTS, adultAge),
      })),
    };
  }

  /** K2 and K0 over the rosters of the area's communes; K2 falls back to registered officials (rollups). */
  private async rosterKpis(area: PlacedArea, year: number): Promise<RosterKpiValue[]> {
    const communes = area.kind === 'commune' ? [area.id] : undefined;
    const [units, association, groups, target] = await Promise.all([
      this.rosters.counts('learning_unit', year, communes),
      this.rosters.counts('association', year, communes),
      this.repo.counts(this.communeFilter(area, year, year), 'population_group'),
      this.targets(),
    ]);
    const officials = groups.get('officials') ?? { holders: 0, adults: 0 };
    return [
      rosterKpi('K2', [...units.values()], officials, target),
      rosterKpi('K0', [...association.values()], null, target),
    ];
  }

  private async reportArea(user: AuthUser, areaId: string): Promise<PlacedArea> {
    const area = await this.areas.get(areaId);
    enforce(kpiAreaAccess(user, area));
    return area;
  }

  private communeFilter(area: PlacedArea, fromYear: number, toYear: number) {
    return { level: 'commune' as const, fromYear, toYear, communeId: area.kind === 'commune' ? area.id : undefined };
  }

  private async adultAge(year: number): Promise<number> {
    const age = (await this.repo.adultAges(year, year)).get(year);
    if (age === undefined) throw this.yearNotKept();
    return age;
  }

  private yearNotKept() {
    return notFound('KPI_YEAR_NOT_KEPT', 'Chưa có quy tắc tính chỉ số hoặc số liệu tổng hợp cho năm này.');
  }

  /** One point per year the rollups keep, each with its own rule and population figures. */
  private async points(area: PlacedArea, fromYear: number, toYear: number): Promise<Point[]> {
    const below = area.kind === 'province' ? (await this.areas.communes()).map((c) => c.id) : [];
    const [ages, counts, populations, target] = await Promise.all([
      this.repo.adultAges(fromYear, toYear),
      this.repo.counts(this.communeFilter(area, fromYear, toYear), 'year'),
      this.repo.populations([area.id, ...below], fromYear, toYear),
      this.targets(),
    ]);
    if (ages.size === 0) throw this.yearNotKept();
    return [...ages.entries()]
      .sort(([a], [b]) => a - b)
      .map(([year, adultAge]) => {
        const figure = (id: string) => populations.get(`${id}/${year}`);
        const population = loadedPopulation(figure(area.id), below.map(figure));
        const { source, kpis } = this.values(counts.get(String(year)) ?? NO_COUNTS, population, adultAge, target);
        return { year, denominatorSource: source, kpis };
      });
  }

  private values(
    counts: KpiCounts,
    population: number | null,
    adultAge: number,
    target: (code: KpiCode, year: number) => number | null,
  ): { source: DenominatorSource; kpis: Point['kpis'] } {
    const source: DenominatorSource = population === null ? 'registered_adults' : 'population_figures';
    return { source, kpis: buildKpis({ ...counts, adults: population ?? counts.adults }, source, adultAge, target) };
  }

  private cells(counts: KpiCounts, adultAge: number) {
    return buildKpis(counts, 'registered_adults', adultAge, () => null).map(suppressed);
  }

  private async targets(): Promise<(code: KpiCode | RosterKpiValue['code'], year: number) => number | null> {
    const rows = await this.repo.targets();
    return (code, year) => rows.find((t) => t.code === code && t.year === year)?.target ?? null;
  }
}
