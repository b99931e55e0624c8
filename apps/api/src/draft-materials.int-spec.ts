import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { CITY, draftCourse, materials, samplePackage, uploadH5p } from './testing/fixtures';
import { h5pStorageDir, validPackage } from './testing/h5p-uploads';
import { bearer, createTestApp, createUser, TestUser } from './testing/test-app';
import { stored } from './testing/zip-builder';

/** What a trainer's uploaded materials become while their course is a draft: deletable, and previewed only. */
describe('the materials of a draft course (HTTP, PostgreSQL, disk)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let trainer: TestUser;
  const storage = h5pStorageDir();

  beforeAll(async () => {
    app = await createTestApp();
    http = request(app.getHttpServer());
    ({ trainer } = await draftCourse(app));
  });
  afterAll(() => app.close());

  const upload = (file: Buffer, who: TestUser, courseId: string) => uploadH5p(app, who, courseId, file);

  describe('deleting a material of a draft', () => {
    it('removes the material, and its package and files once nothing else uses them', async () => {
      const { trainer: author, course: target } = await draftCourse(app);
      const file = validPackage(stored('content/del.txt', randomUUID()));
      await upload(file, author, target.id).expect(201);
      const res = await upload(file, author, target.id).expect(201);
      const [first, second] = materials(res.body);
      const packageId = first?.h5p?.packageId ?? '';
      expect(second?.h5p?.packageId).toBe(packageId);

      const afterOne = await http
        .delete(`/api/courses/${target.id}/materials/${first?.id}`)
        .set(bearer(author))
        .expect(200);
      expect(materials(afterOne.body).map((m) => m.id)).toEqual([second?.id]);
      expect(existsSync(join(storage, packageId))).toBe(true);

      // The next upload goes after the last one, not after the count: deletions leave gaps.
      const again = await upload(file, author, target.id).expect(201);
      const left = materials(again.body);
      expect(left.map((m) => m.position)).toEqual([2, 3]);

      for (const m of left) {
        await http.delete(`/api/courses/${target.id}/materials/${m.id}`).set(bearer(author)).expect(200);
      }
      expect(existsSync(join(storage, packageId))).toBe(false);
      const rows = await app.get(DataSource).query(`SELECT 1 FROM h5p_package WHERE id = $1`, [packageId]);
      expect(rows).toEqual([]);
    });

    it('is refused to others, outside drafts, and for a material of another course', async () => {
      const { trainer: author, course: target } = await draftCourse(app);
      const other = await draftCourse(app, author);
      const res = await upload(samplePackage('reading'), author, target.id).expect(201);
      const [material] = materials(res.body);
      const del = (courseId: string, who: TestUser) =>
        http.delete(`/api/courses/${courseId}/materials/${material?.id}`).set(bearer(who));

      expect((await del(target.id, trainer)).body.code).toBe('COURSE_NOT_FOUND');
      const citizen = await createUser(app, [{ role: 'citizen', areaId: CITY }]);
      expect((await del(target.id, citizen)).status).toBe(403);
      expect((await del(other.course.id, author)).body.code).toBe('MATERIAL_NOT_FOUND');
      await http.post(`/api/courses/${target.id}/submission`).set(bearer(author)).expect(200);
      const locked = await del(target.id, author);
      expect({ status: locked.status, code: locked.body.code }).toEqual({
        status: 409,
        code: 'COURSE_STATUS_CONFLICT',
      });
    });

    it('answers 50 concurrent deletes of one material with one 200 and 404s, never a 5xx', async () => {
      const { trainer: author, course: target } = await draftCourse(app);
      const res = await upload(validPackage(stored('content/race.txt', randomUUID())), author, target.id).expect(201);
      const [material] = materials(res.body);
      const results = await Promise.all(
        Array.from({ length: 50 }, () =>
          http.delete(`/api/courses/${target.id}/materials/${material?.id}`).set(bearer(author)),
        ),
      );
      const statuses = results.map((r) => r.status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect(statuses.filter((s) => s === 404)).toHaveLength(49);
      expect(existsSync(join(storage, material?.h5p?.packageId ?? ''))).toBe(false);
    });
  });

  describe("a draft's package files", () => {
    it('are served through the preview grant only, and publicly once the course is published', async () => {
      const { trainer: author, course: target } = await draftCourse(app);
      const res = await upload(validPackage(stored('content/draft.txt', randomUUID())), author, target.id).expect(201);
      const [material] = materials(res.body);
      const { packageId, basePath } = material?.h5p ?? { packageId: '', basePath: '' };
      await http.get(`${basePath}/h5p.json`).expect(200);
      await http.get(`/api/h5p/packages/${packageId}/h5p.json`).expect(404);
      await http.get(`/api/h5p/packages/${packageId}/content/draft.txt`).expect(404);
      const [expires, mac] = basePath.split('/').slice(-1)[0]?.split('.') ?? [];
      await http.get(`/api/h5p/previews/${packageId}/${Number(expires) + 3600}.${mac}/h5p.json`).expect(404);
      const otherId = randomUUID();
      await http.get(`/api/h5p/previews/${otherId}/${expires}.${mac}/h5p.json`).expect(404);

      await http.post(`/api/courses/${target.id}/submission`).set(bearer(author)).expect(200);
      const reviewer = await createUser(app, [{ role: 'content_reviewer', areaId: CITY }]);
      const inReview = await http.get(`/api/courses/${target.id}`).set(bearer(reviewer)).expect(200);
      await http.get(`${materials(inReview.body)[0]?.h5p?.basePath}/h5p.json`).expect(200);
      const published = await http.post(`/api/courses/${target.id}/publication`).set(bearer(reviewer)).expect(200);
      expect(materials(published.body)[0]?.h5p?.basePath).toBe(`/api/h5p/packages/${packageId}`);
      await http.get(`/api/h5p/packages/${packageId}/h5p.json`).expect(200);
    });
  });
});
