import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { KpiCode, KpiReport, KpiValue } from '@lc/shared-contracts';
import { bearer, TestUser } from './test-app';

/** The KPI report a person may read, for the city or one area. */
export async function kpiReport(app: INestApplication, who: TestUser, areaId?: string): Promise<KpiReport> {
  const query = areaId ? { areaId } : {};
  return (await request(app.getHttpServer()).get('/api/kpis').query(query).set(bearer(who)).expect(200)).body;
}

export const kpiByCode = (report: KpiReport) =>
  Object.fromEntries(report.kpis.map((k) => [k.code, k])) as Record<KpiCode, KpiValue>;
