import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { ROLES } from '@lc/shared-contracts';
import { makeCitizenId } from '@lc/api-identity';
import {
  BA_DINH,
  CITY,
  draftCourse,
  materials,
  newCourse,
  publishedCourse,
  scores,
  THIS_YEAR,
  TODAY,
  trainerItems,
} from './fixtures';
import { bearer, createUser, PASSWORD, TestUser } from './test-app';

export interface HostileFixtures {
  citizen: TestUser;
  /** Every officer role at once, so that role guards let hostile bodies through to the pipes and services. */
  admin: TestUser;
  /** Real ids by the path segment before the parameter (`courses` for `/courses/{id}`). */
  ids: Record<string, string>;
  /** Bodies that pass validation, by `METHOD /template`: each hostile variation then changes one thing. */
  samples: Record<string, unknown>;
}

/** Real resources for the hostile corpus to aim at, made through the API. */
export async function hostileFixtures(app: INestApplication): Promise<HostileFixtures> {
  const http = request(app.getHttpServer());
  const citizen = await createUser(app, [{ role: 'citizen', areaId: BA_DINH }]);
  const admin = await createUser(
    app,
    ROLES.filter((r) => r !== 'citizen').map((role) => ({ role, areaId: CITY })),
  );
  const spare = await createUser(app, [{ role: 'analyst', areaId: CITY }]);
  const { course: published } = await publishedCourse(app, { h5p: true, items: trainerItems() });
  const { course: draft } = await draftCourse(app, admin);
  const h5p = materials(published).find((m) => m.kind === 'h5p')!;
  const testId = materials(published).find((m) => m.testId)!.testId!;
  const attempt = (await http.post(`/api/tests/${testId}/attempts`).set(bearer(citizen)).expect(200)).body;
  const application = await http.post('/api/my/applications').set(bearer(citizen)).send({ year: THIS_YEAR });
  const group = await http
    .post(`/api/areas/${BA_DINH}/groups`)
    .set(bearer(admin))
    .send({ name: `Tổ thử ${randomUUID().slice(0, 6)}` })
    .expect(201);
  const reason = { reason: 'Cần bổ sung minh chứng.' };
  return {
    citizen,
    admin,
    ids: {
      courses: draft.id,
      materials: h5p.id,
      tests: testId,
      attempts: attempt.id,
      answers: attempt.items[0].id,
      applications: application.body.id,
      areas: BA_DINH,
      packages: h5p.h5p!.packageId,
    },
    samples: {
      'POST /api/auth/register': {
        fullName: 'Trần Văn Thử',
        citizenId: makeCitizenId(1990, 'male', Math.floor(Math.random() * 999_999)),
        birthYear: 1990,
        gender: 'male',
        communeId: BA_DINH,
        groupId: group.body.id,
        populationGroup: 'workers',
        password: PASSWORD,
      },
      'POST /api/auth/login': { login: spare.login, password: PASSWORD },
      'POST /api/admin/role-grants': { userId: spare.id, role: 'analyst', areaId: BA_DINH },
      'POST /api/admin/role-grants/{id}/revocation': reason,
      'POST /api/areas/{communeId}/groups': { name: `Tổ dân phố hợp lệ ${randomUUID().slice(0, 6)}` },
      'POST /api/courses': newCourse(),
      'POST /api/courses/{id}/return': reason,
      'POST /api/courses/{id}/materials/test': { title: 'Bài kiểm tra', items: trainerItems() },
      'POST /api/materials/{id}/xapi': {
        statement: {
          id: randomUUID(),
          verb: { id: 'http://adlnet.gov/expapi/verbs/answered' },
          result: { score: { raw: 1, max: 2 }, success: true, completion: true },
        },
      },
      'PUT /api/attempts/{id}/answers/{itemId}': { optionIds: [attempt.items[0].options[0].id] },
      'POST /api/my/applications': { year: THIS_YEAR },
      'PUT /api/applications/{id}/scores': { scores: scores() },
      'POST /api/applications/{id}/verification': { scores: scores(), reason: 'Đủ minh chứng.' },
      'POST /api/applications/{id}/return': { ...reason, itemReasons: { '1.1': 'Thiếu minh chứng.' } },
      'POST /api/applications/{id}/rejection': reason,
      'POST /api/applications/{id}/revocation': reason,
      'POST /api/decisions': {
        communeId: BA_DINH,
        number: '1/QĐ-UBND',
        signedOn: TODAY,
        signerName: 'Lê Văn Ký',
        applicationIds: [application.body.id],
      },
    },
  };
}
