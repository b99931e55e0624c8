import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { Application } from '@lc/shared-contracts';
import { BA_DINH, scores, TODAY } from './fixtures';
import { bearer, createUser, TestUser } from './test-app';

/** The people and HTTP steps the certification specs share: citizens, officers, verification and decisions. */
export function certificationHttp(app: INestApplication) {
  const http = request(app.getHttpServer());
  const decisionNumber = () => `${Math.random().toString(36).slice(2, 8)}/QĐ-UBND`;
  return {
    citizenOf: (communeId = BA_DINH, birthYear?: number) =>
      createUser(app, [{ role: 'citizen', areaId: communeId }], { birthYear }),
    officer: (role: 'verifier' | 'approver', communeId = BA_DINH) => createUser(app, [{ role, areaId: communeId }]),
    verify: (who: TestUser, id: string, s = scores()) =>
      http.post(`/api/applications/${id}/verification`).set(bearer(who)).send({ scores: s }),
    decisionNumber,
    decide: (who: TestUser, applicationIds: string[], number = decisionNumber(), communeId = BA_DINH) =>
      http
        .post('/api/decisions')
        .set(bearer(who))
        .send({ communeId, number, signedOn: TODAY, signerName: 'Trần Văn Ký', applicationIds }),
    read: async (who: TestUser, id: string): Promise<Application> =>
      (await http.get(`/api/applications/${id}`).set(bearer(who)).expect(200)).body,
  };
}

export type CertificationHttp = ReturnType<typeof certificationHttp>;
