import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { H5pLibraryInstallPreview } from '@lc/shared-contracts';
import { packTestPackage } from '@lc/api-h5p-package/testing';
import { BA_DINH, CITY, draftCourse, materials, uploadH5p } from './testing/fixtures';
import { freshFamily, installContentType, installedLibraries, previewInstall } from './testing/h5p-libraries';
import { bearer, createTestApp, createUser, TestUser } from './testing/test-app';

const CROWD = 50;

/** Issue 12 §1, §2, §5: content types an admin installs; the packages trainers upload against them are in h5p-library-content.int-spec. */
describe('H5P libraries installed by an admin (HTTP, PostgreSQL, disk)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let admin: TestUser;

  beforeAll(async () => {
    app = await createTestApp();
    http = request(app.getHttpServer());
    admin = await createUser(app, [{ role: 'admin', areaId: CITY }]);
  });
  afterAll(() => app.close());

  const upload = (trainer: TestUser, courseId: string, bytes: Uint8Array) => uploadH5p(app, trainer, courseId, bytes);
  const libraries = () => installedLibraries(app, admin);

  it('installs our own content types from the repository at start, runnable ones listed for trainers', async () => {
    const trainer = await createUser(app, [{ role: 'trainer', areaId: CITY }]);
    const types = (await http.get('/api/h5p/content-types').set(bearer(trainer)).expect(200)).body;
    expect(types.map((t: { library: string }) => t.library)).toEqual(
      expect.arrayContaining(['H5P.LcPhoneTask-1.1', 'H5P.LcPracticeQuiz-1.1', 'H5P.LcReadingPage-1.1']),
    );
    expect(types.map((t: { library: string }) => t.library)).not.toContain('H5P.LcCommon-1.1');
    const common = (await libraries()).find((l) => l.library === 'H5P.LcCommon-1.1');
    expect(common).toMatchObject({ runnable: false, installedByName: null });
    expect(common?.usedBy.libraries).toEqual(
      expect.arrayContaining(['H5P.LcPhoneTask-1.1', 'H5P.LcPracticeQuiz-1.1', 'H5P.LcReadingPage-1.1']),
    );
  });

  it('shows what an export would install, installs nothing before confirmation, and audits the install', async () => {
    const { counter, icons } = freshFamily();
    const res = await previewInstall(app, admin, packTestPackage({ main: counter })).expect(201);
    const preview: H5pLibraryInstallPreview = res.body;
    expect(preview).toMatchObject({ changes: true, mainLibrary: `${counter.machineName}-1.2` });
    expect(preview.libraries.map((l) => [l.library, l.action, l.runnable])).toEqual([
      [`${icons.machineName.replace('Icons', 'Base')}-2.3`, 'install', false],
      [`${counter.machineName}-1.2`, 'install', true],
      [`${icons.machineName}-1.1`, 'install', false],
      [`${icons.machineName.replace('Icons', 'Widget')}-1.4`, 'install', false],
    ]);
    const fonts = preview.libraries.find((l) => l.library.startsWith(icons.machineName))!.files;
    expect(fonts.filter((f) => f.kind === 'font').map((f) => f.path)).toEqual([
      'fonts/icons.eot',
      'fonts/icons.otf',
      'fonts/icons.ttf',
      'fonts/icons.woff',
      'fonts/icons.woff2',
    ]);
    expect(fonts.every((f) => f.bytes > 0)).toBe(true);
    expect((await libraries()).some((l) => l.machineName === counter.machineName)).toBe(false);

    await http.post(`/api/admin/h5p/library-installs/${preview.id}/confirmation`).set(bearer(admin)).expect(200);
    const installed = (await libraries()).filter((l) => preview.libraries.some((p) => p.library === l.library));
    expect(installed).toHaveLength(4);
    expect(installed.every((l) => l.installedByName === 'Cán bộ Thử')).toBe(true);
    const history = (await http.get('/api/admin/h5p/library-changes').set(bearer(admin)).expect(200)).body;
    expect(history.filter((c: { library: string }) => c.library === `${counter.machineName}-1.2`)).toEqual([
      expect.objectContaining({ action: 'installed', patchVersion: 3, fromPatch: null, actorName: 'Cán bộ Thử' }),
    ]);
    const again = await previewInstall(app, admin, packTestPackage({ main: counter })).expect(201);
    expect(again.body).toMatchObject({ id: null, changes: false });
  });

  it('upgrades a patch for all content after confirmation; a new minor installs beside; content keeps its version', async () => {
    const family = freshFamily();
    const { counter } = family;
    await installContentType(app, admin, counter);
    const { trainer, course } = await draftCourse(app);
    const made = (await upload(trainer, course.id, packTestPackage({ main: counter })).expect(201)).body;
    const base = materials(made)[0]!.h5p!.basePath;
    const served = async () => (await http.get(`${base}/${counter.machineName}-1.2/library.js`).expect(200)).text;
    expect(await served()).toContain('(1.2.3)');

    const patched = freshFamily({ suffix: counter.machineName.slice('H5P.TestCounter'.length), patch: 4 }).counter;
    const preview = (await previewInstall(app, admin, packTestPackage({ main: patched })).expect(201)).body;
    const planned = preview.libraries.find((l: { library: string }) => l.library === `${counter.machineName}-1.2`);
    expect(planned).toMatchObject({ action: 'upgrade', installedPatch: 3, patchVersion: 4 });
    expect(planned.usedBy).toMatchObject({ packages: 1, courses: [course.title.vi] });
    expect(preview.libraries.filter((l: { action: string }) => l.action === 'unchanged')).toHaveLength(3);
    expect(await served()).toContain('(1.2.3)');
    const done = await http.post(`/api/admin/h5p/library-installs/${preview.id}/confirmation`).set(bearer(admin));
    expect(done.body).toEqual({ installed: [], upgraded: [`${counter.machineName}-1.2`] });
    expect(await served()).toContain('(1.2.4)');

    const minor = freshFamily({ suffix: counter.machineName.slice('H5P.TestCounter'.length), minor: 3, patch: 0 });
    const beside = await installContentType(app, admin, minor.counter);
    expect(beside.result.installed).toEqual([`${counter.machineName}-1.3`]);
    expect(await served()).toContain('(1.2.4)');
    const history = (await http.get('/api/admin/h5p/library-changes').set(bearer(admin))).body;
    expect(history.find((c: { library: string }) => c.library === `${counter.machineName}-1.2`)).toMatchObject({
      action: 'upgraded',
      fromPatch: 3,
      patchVersion: 4,
    });
  });

  it('uninstalls only what nothing uses, and audits disabling, enabling and uninstalling', async () => {
    const { counter, widget } = freshFamily();
    await installContentType(app, admin, counter);
    const find = async (id: string) => (await libraries()).find((l) => l.library === id);
    const widgetRow = (await find(`${widget.machineName}-1.4`))!;
    const inUse = await http.delete(`/api/admin/h5p/libraries/${widgetRow.id}`).set(bearer(admin)).expect(409);
    expect(inUse.body).toMatchObject({
      code: 'H5P_LIBRARY_IN_USE',
      message: expect.stringContaining(counter.machineName),
    });
    const { trainer, course } = await draftCourse(app);
    await upload(trainer, course.id, packTestPackage({ main: counter })).expect(201);
    const counterRow = (await find(`${counter.machineName}-1.2`))!;
    const used = await http.delete(`/api/admin/h5p/libraries/${counterRow.id}`).set(bearer(admin)).expect(409);
    expect(used.body.message).toContain('1 gói học liệu');
    await http
      .delete(
        `/api/courses/${course.id}/materials/${materials((await http.get(`/api/courses/${course.id}`).set(bearer(trainer))).body)[0]!.id}`,
      )
      .set(bearer(trainer))
      .expect(200);
    await http.delete(`/api/admin/h5p/libraries/${counterRow.id}`).set(bearer(admin)).expect(204);
    expect(await find(`${counter.machineName}-1.2`)).toBeUndefined();
    const [last] = (await http.get('/api/admin/h5p/library-changes').set(bearer(admin))).body;
    expect(last).toMatchObject({ action: 'uninstalled', library: `${counter.machineName}-1.2` });
    await expect(app.get(DataSource).query(`UPDATE h5p_library_change SET actor_id = NULL`)).rejects.toMatchObject({
      code: '42501',
    });
  });

  describe('who may call', () => {
    it('refuses every admin route to anyone but an admin of the whole city', async () => {
      const callers = {
        anonymous: {},
        citizen: bearer(await createUser(app, [{ role: 'citizen', areaId: BA_DINH }])),
        trainer: bearer(await createUser(app, [{ role: 'trainer', areaId: CITY }])),
        communeAdmin: bearer(await createUser(app, [{ role: 'admin', areaId: BA_DINH }])),
      };
      const id = '00000000-0000-4000-8000-000000000000';
      for (const [who, headers] of Object.entries(callers)) {
        const expected = who === 'anonymous' ? 401 : 403;
        const calls = [
          http.get('/api/admin/h5p/libraries').set(headers),
          http.get('/api/admin/h5p/library-changes').set(headers),
          http.post('/api/admin/h5p/library-installs').set(headers).attach('file', Buffer.from('x'), 'a.h5p'),
          http.post(`/api/admin/h5p/library-installs/${id}/confirmation`).set(headers),
          http.delete(`/api/admin/h5p/library-installs/${id}`).set(headers),
          http.patch(`/api/admin/h5p/libraries/${id}`).set(headers).send({ enabled: false }),
          http.delete(`/api/admin/h5p/libraries/${id}`).set(headers),
        ];
        for (const res of await Promise.all(calls))
          expect({ who, status: res.status }).toEqual({ who, status: expected });
      }
      const typesStatus = async (headers: Record<string, string>) =>
        (await http.get('/api/h5p/content-types').set(headers)).status;
      expect(await typesStatus(callers.citizen)).toBe(403);
      expect(await typesStatus(callers.anonymous)).toBe(401);
      expect(await typesStatus(callers.trainer)).toBe(200);
    });
  });

  describe(`${CROWD} at once`, () => {
    it(`previews ${CROWD} uploads, confirms one install ${CROWD} times once, cancels ${CROWD} times once`, async () => {
      const { counter } = freshFamily();
      const bytes = packTestPackage({ main: counter });
      const previews = await Promise.all(Array.from({ length: CROWD }, () => previewInstall(app, admin, bytes)));
      expect(previews.map((r) => r.status)).toEqual(Array(CROWD).fill(201));
      const [first, second] = previews.map((r) => r.body.id as string);
      const confirms = await Promise.all(
        Array.from({ length: CROWD }, () =>
          http.post(`/api/admin/h5p/library-installs/${first}/confirmation`).set(bearer(admin)),
        ),
      );
      expect(confirms.map((r) => r.status).sort()).toEqual([200, ...Array(CROWD - 1).fill(409)]);
      const cancels = await Promise.all(
        Array.from({ length: CROWD }, () =>
          http.delete(`/api/admin/h5p/library-installs/${second}`).set(bearer(admin)),
        ),
      );
      expect(cancels.map((r) => r.status).sort()).toEqual([204, ...Array(CROWD - 1).fill(404)]);
      // The others still wait; confirming one now changes nothing, since the first installed it all.
      const late = await http
        .post(`/api/admin/h5p/library-installs/${previews[2]!.body.id}/confirmation`)
        .set(bearer(admin));
      expect(late.body).toEqual({ installed: [], upgraded: [] });
      const [{ n }] = await app
        .get(DataSource)
        .query(`SELECT count(*)::int AS n FROM h5p_library_change WHERE machine_name = $1`, [counter.machineName]);
      expect(n).toBe(1);
    });

    it(`disables and enables a type ${CROWD} times at once, and uninstalls an unused one ${CROWD} times once`, async () => {
      const { counter, icons } = freshFamily();
      await installContentType(app, admin, counter);
      const row = (await libraries()).find((l) => l.library === `${counter.machineName}-1.2`)!;
      const toggles = await Promise.all(
        Array.from({ length: CROWD }, (_, i) =>
          http
            .patch(`/api/admin/h5p/libraries/${row.id}`)
            .set(bearer(admin))
            .send({ enabled: i % 2 === 0 }),
        ),
      );
      expect(toggles.map((r) => r.status)).toEqual(Array(CROWD).fill(204));
      const removals = await Promise.all(
        Array.from({ length: CROWD }, () => http.delete(`/api/admin/h5p/libraries/${row.id}`).set(bearer(admin))),
      );
      expect(removals.map((r) => r.status).sort()).toEqual([204, ...Array(CROWD - 1).fill(404)]);
      expect((await libraries()).some((l) => l.library === `${icons.machineName}-1.1`)).toBe(true);
    });
  });
});
