import { INestApplication } from '@nestjs/common';
import { unzipSync } from 'fflate';
import { createHash } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { CourseDetail, EditorMaterialSource, MaterialSummary } from '@lc/shared-contracts';
import { H5pService } from '@lc/api-catalog';
import { draftCourse, materials } from './testing/fixtures';
import { phoneSource, PNG, quizSource, readingSource, sampleImage, withSource } from './testing/editor-sources';
import { bearer, createTestApp, TestUser } from './testing/test-app';

/** The whole response body as bytes, whatever its type. */
const binary = (res: request.Response, done: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

/** The browser editor of our own content types (issue 12 §4): what a save, an edit, an export and a preview do. */
describe('H5P editor (HTTP, PostgreSQL, disk)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let trainer: TestUser;
  let course: CourseDetail;
  const editor = (courseId = course.id) => `/api/courses/${courseId}/editor`;
  const save = (source: unknown, images: [Buffer, string][] = []) =>
    withSource(http.post(`${editor()}/materials`).set(bearer(trainer)), source, images);
  const resave = (materialId: string, source: unknown, images: [Buffer, string][] = []) =>
    withSource(http.put(`${editor()}/materials/${materialId}`).set(bearer(trainer)), source, images);
  const last = (detail: CourseDetail): MaterialSummary => materials(detail).at(-1)!;
  const packageRow = async (id: string) =>
    (await app.get(DataSource).query(`SELECT id, content_hash FROM h5p_package WHERE id = $1`, [id]))[0];

  beforeAll(async () => {
    app = await createTestApp();
    http = request(app.getHttpServer());
    ({ trainer, course } = await draftCourse(app));
  });
  // Previews are package folders without a row, which the start-up sweep removes; a later spec must not see them.
  afterAll(async () => {
    await app.get(H5pService).sweepOrphans(0);
    await app.close();
  });

  let quizId: string;

  it('packs a practice quiz into a real package, adds it to the draft, and plays it through a preview grant', async () => {
    const res = await save(quizSource()).expect(201);
    const material = last(res.body);
    quizId = material.id;
    expect(material).toMatchObject({ kind: 'h5p', title: { vi: 'Luyện tập: mã OTP' } });
    expect(material.h5p).toMatchObject({ mainLibrary: 'H5P.LcPracticeQuiz' });
    expect(material.h5p!.basePath).toMatch(/^\/api\/h5p\/previews\//);
    const content = await http.get(`${material.h5p!.basePath}/content/content.json`).expect(200);
    expect(JSON.parse(content.text)).toEqual(quizSource().params);
    await http.get(`${material.h5p!.basePath}/H5P.LcPracticeQuiz-1.1/library.json`).expect(200);

    const list = await http.get(`${editor()}/materials`).set(bearer(trainer)).expect(200);
    expect(list.body).toEqual([
      {
        materialId: quizId,
        contentType: 'H5P.LcPracticeQuiz',
        title: 'Luyện tập: mã OTP',
        updatedAt: expect.any(String),
      },
    ]);
    const source = await http.get(`${editor()}/materials/${quizId}`).set(bearer(trainer)).expect(200);
    expect(source.body).toMatchObject({ materialId: quizId, ...quizSource(), basePath: material.h5p!.basePath });
  });

  it('exports the very package it stored, with the content type and its libraries bundled', async () => {
    const res = await http
      .get(`${editor()}/materials/${quizId}/export`)
      .set(bearer(trainer))
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="luyen-tap-ma-otp\.h5p"; filename\*=/);
    const detail = (await http.get(`/api/courses/${course.id}`).set(bearer(trainer))).body as CourseDetail;
    const stored = await packageRow(materials(detail).find((m) => m.id === quizId)!.h5p!.packageId);
    expect(createHash('sha256').update(res.body).digest('hex')).toBe(stored.content_hash);
    const files = Object.keys(unzipSync(new Uint8Array(res.body)));
    expect(files).toEqual(
      expect.arrayContaining(['h5p.json', 'content/content.json', 'H5P.LcPracticeQuiz-1.1/library.json']),
    );
    expect(files).toContain('H5P.LcCommon-1.1/library.json');
  });

  it('stores images checked and sanitized, reads kept ones back on an edit, and drops the old package', async () => {
    const hostile = Buffer.from(
      sampleImage('mat-khau').toString('utf8').replace('<svg ', '<svg onload="alert(1)" '),
      'utf8',
    );
    const res = await save(readingSource(['upload:0', 'upload:1']), [
      [hostile, 'o-khoa.svg'],
      [PNG, 'anh.png'],
    ]).expect(201);
    const material = last(res.body);
    const source = (await http.get(`${editor()}/materials/${material.id}`).set(bearer(trainer)).expect(200))
      .body as EditorMaterialSource;
    const [svgRef, pngRef] = imageFiles(source);
    expect(svgRef).toMatch(/^images\/[0-9a-f]{16}\.svg$/);
    expect(pngRef).toMatch(/^images\/[0-9a-f]{16}\.png$/);
    const svg = await http.get(`${source.basePath}/content/${svgRef}`).buffer(true).parse(binary).expect(200);
    expect(svg.body.toString()).not.toContain('onload');

    // Saved unchanged, it is the same package; changed, a new one replaces it.
    const same = await resave(material.id, readingSource([svgRef!, pngRef!])).expect(200);
    expect(materials(same.body).find((m) => m.id === material.id)!.h5p!.packageId).toBe(material.h5p!.packageId);
    const edited = readingSource([svgRef!, pngRef!]);
    if (edited.contentType === 'H5P.LcReadingPage') edited.params.blocks[0] = { type: 'heading', text: 'Đã sửa' };
    const again = await resave(material.id, edited).expect(200);
    const replaced = materials(again.body).find((m) => m.id === material.id)!;
    expect(replaced.h5p!.packageId).not.toBe(material.h5p!.packageId);
    expect(await packageRow(material.h5p!.packageId)).toBeUndefined();
    await http.get(`${material.h5p!.basePath}/content/content.json`).expect(404);
    await http.get(`${replaced.h5p!.basePath}/content/${pngRef}`).expect(200);
    expect(materials(again.body).length).toBe(materials(res.body).length);
  });

  it('previews a form without saving it, replacing the trainer’s previous preview', async () => {
    const before = materials((await http.get(`/api/courses/${course.id}`).set(bearer(trainer))).body).length;
    const preview = (source: unknown, images: [Buffer, string][] = []) =>
      withSource(http.post(`${editor()}/previews`).set(bearer(trainer)), source, images).expect(200);
    const first = (await preview(phoneSource(), [[sampleImage(), 'man-hinh.svg']])).body.basePath as string;
    const content = await http.get(`${first}/content/content.json`).expect(200);
    expect(JSON.parse(content.text).steps[0].image).toMatch(/^images\/[0-9a-f]{16}\.svg$/);
    const id = first.split('/')[4]!;
    expect(await packageRow(id)).toBeUndefined();

    const second = (await preview(quizSource('Xem thử'))).body.basePath as string;
    await http.get(`${second}/content/content.json`).expect(200);
    await http.get(`${first}/content/content.json`).expect(404);
    // An unchanged saved material is the stored package itself.
    const unchanged = (await preview(quizSource())).body.basePath as string;
    const detail = (await http.get(`/api/courses/${course.id}`).set(bearer(trainer))).body as CourseDetail;
    expect(unchanged.split('/')[4]).toBe(materials(detail).find((m) => m.id === quizId)!.h5p!.packageId);
    expect(materials(detail).length).toBe(before);
  });

  it('forgets the source with its material', async () => {
    const res = await save(quizSource('Sẽ xoá', 1)).expect(201);
    const material = last(res.body);
    await http.delete(`/api/courses/${course.id}/materials/${material.id}`).set(bearer(trainer)).expect(200);
    const rows = await app
      .get(DataSource)
      .query(`SELECT 1 FROM h5p_editor_source WHERE material_id = $1`, [material.id]);
    expect(rows).toEqual([]);
    await http.get(`${editor()}/materials/${material.id}`).set(bearer(trainer)).expect(404);
  });
});

function imageFiles(source: EditorMaterialSource): string[] {
  return source.contentType === 'H5P.LcReadingPage'
    ? source.params.blocks.flatMap((b) => (b.type === 'image' ? [b.file] : []))
    : [];
}
