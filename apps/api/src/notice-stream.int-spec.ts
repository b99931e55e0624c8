import { INestApplication } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { NoticeHub, NoticesService } from '@lc/api-records';
import { Transactions } from '@lc/api-shared';
import { BA_DINH, CITY, scores, submittedApplication } from './testing/fixtures';
import { openNoticeStream, StreamReader } from './testing/sse-client';
import { bearer, createTestApp, createUser, createUsers } from './testing/test-app';

const CROWD = 50;

describe('notices pushed over a server-sent event stream (HTTP, PostgreSQL)', () => {
  let app: INestApplication;
  let base: string;
  const open: StreamReader[] = [];

  beforeAll(async () => {
    app = await createTestApp({ NOTICE_STREAM_HEARTBEAT_SECONDS: 1, NOTICE_STREAMS_PER_PERSON: 2 });
    await app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterEach(() => open.splice(0).forEach((s) => s.close()));
  afterAll(() => app.close());

  const stream = async (token: string) => {
    const s = await openNoticeStream(base, token);
    open.push(s);
    return s;
  };
  const addNotice = (personId: string, subjectId: string) =>
    app.get(Transactions).run((work) =>
      app.get(NoticesService).add(work, {
        personId,
        kind: 'course_published',
        subjectId,
        subjectName: { vi: 'Khoá học thử' },
      }),
    );

  it("pushes an officer's return to the applicant's open stream within seconds, and to nobody else", async () => {
    const citizen = await createUser(app, [{ role: 'citizen', areaId: BA_DINH }]);
    const bystander = await createUser(app, [{ role: 'citizen', areaId: BA_DINH }]);
    const application = await submittedApplication(app, citizen);
    const mine = await stream(citizen.token);
    const theirs = await stream(bystander.token);
    await mine.waitFor(() => mine.snapshots.length === 1);
    expect(mine.status).toBe(200);
    expect(mine.snapshots[0]).toMatchObject({ unread: 1, latest: { kind: 'application_submitted' } });
    await theirs.waitFor(() => theirs.snapshots.length === 1);
    expect(theirs.snapshots[0]).toEqual({ unread: 0, latest: null });

    const http = request(app.getHttpServer());
    const verifier = await createUser(app, [{ role: 'verifier', areaId: BA_DINH }]);
    await http
      .post(`/api/applications/${application.id}/verification`)
      .set(bearer(verifier))
      .send({ scores: scores() })
      .expect(200);
    await http
      .post(`/api/applications/${application.id}/return`)
      .set(bearer(await createUser(app, [{ role: 'approver', areaId: BA_DINH }])))
      .send({ reason: 'Cần bổ sung minh chứng mục 2.1.' })
      .expect(200);

    const started = Date.now();
    await mine.waitFor(() => mine.snapshots.at(-1)?.latest?.kind === 'application_returned', 3000);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(mine.snapshots.at(-1)).toMatchObject({ unread: 3, latest: { subjectId: application.id } });
    expect(JSON.stringify(mine.snapshots)).not.toContain(application.applicantName);
    // A second past the push, the bystander has heard only heartbeats.
    await theirs.waitFor(() => theirs.heartbeats >= 2, 4000);
    expect(theirs.snapshots).toEqual([{ unread: 0, latest: null }]);
  });

  it('refuses a stream without a token, and sends heartbeats while nothing happens', async () => {
    const refused = await openNoticeStream(base, 'not-a-token');
    expect(refused.status).toBe(401);
    const citizen = await createUser(app, [{ role: 'citizen', areaId: CITY }]);
    const quiet = await stream(citizen.token);
    await quiet.waitFor(() => quiet.heartbeats >= 2, 4000);
    expect(quiet.snapshots).toHaveLength(1);
  });

  it("ends a person's oldest stream when they open more than allowed", async () => {
    const citizen = await createUser(app, [{ role: 'citizen', areaId: BA_DINH }]);
    const first = await stream(citizen.token);
    const second = await stream(citizen.token);
    await second.waitFor(() => second.snapshots.length === 1);
    const third = await stream(citizen.token);
    await first.waitFor(() => first.ended());
    await addNotice(citizen.id, citizen.id);
    await third.waitFor(() => third.snapshots.at(-1)?.unread === 1);
    await second.waitFor(() => second.snapshots.at(-1)?.unread === 1);
    expect(second.ended()).toBe(false);
  });

  it(`holds ${CROWD} concurrent streams, each hearing only its own person's notices, with the API still healthy`, async () => {
    const people = await createUsers(app, CROWD, [{ role: 'citizen', areaId: BA_DINH }]);
    const streams = await Promise.all(people.map((p) => stream(p.token)));
    await Promise.all(streams.map((s) => s.waitFor(() => s.snapshots.length === 1, 10_000)));

    // Half of them get a notice, all written at once in concurrent transactions.
    const told = people.filter((_, i) => i % 2 === 0);
    await Promise.all(told.map((p) => addNotice(p.id, p.id)));
    await Promise.all(
      streams.map((s, i) =>
        i % 2 === 0 ? s.waitFor(() => s.snapshots.at(-1)?.latest?.subjectId === people[i].id, 10_000) : undefined,
      ),
    );
    const health = Date.now();
    await request(app.getHttpServer()).get('/api/health').expect(200);
    expect(Date.now() - health).toBeLessThan(1000);
    streams.forEach((s, i) => {
      const subjects = s.snapshots.flatMap((snap) => (snap.latest ? [snap.latest.subjectId] : []));
      expect(subjects).toEqual(i % 2 === 0 ? [people[i].id] : []);
    });
  });

  it('forgets streams whose client went away', async () => {
    const people = await createUsers(app, 5, [{ role: 'citizen', areaId: CITY }]);
    const hub = app.get(NoticeHub);
    const before = hub.open;
    const streams = await Promise.all(people.map((p) => stream(p.token)));
    await Promise.all(streams.map((s) => s.waitFor(() => s.snapshots.length === 1)));
    expect(hub.open).toBe(before + 5);
    streams.forEach((s) => s.close());
    await streams[0].waitFor(() => hub.open === before);
  });
});
