import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createTestApp } from './testing/test-app';

describe('metrics (HTTP, PostgreSQL)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;

  beforeAll(async () => {
    app = await createTestApp();
    http = request(app.getHttpServer());
  });
  afterAll(() => app.close());

  it('serves Prometheus metrics to this machine: requests by route pattern, the pool, event-loop lag', async () => {
    await http.get('/api/health').expect(200);
    await http.get('/api/courses/00000000-0000-0000-0000-000000000000').expect(404);
    const res = await http.get('/api/metrics').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.text).toMatch(
      /http_request_duration_seconds_count\{method="GET",route="\/api\/health",status="200"\} \d/,
    );
    expect(res.text).toContain('route="/api/courses/:id",status="404"');
    expect(res.text).not.toContain('00000000-0000');
    expect(res.text).toMatch(/db_pool_connections\{state="max"\} 10/);
    expect(res.text).toContain('nodejs_eventloop_lag_seconds');
  });

  it('refuses a scrape forwarded by a proxy, and one with a wrong token when a token is set', async () => {
    const forwarded = await http.get('/api/metrics').set('X-Forwarded-For', '203.0.113.9').expect(403);
    expect(forwarded.body.code).toBe('METRICS_FORBIDDEN');
    const guarded = await createTestApp({ METRICS_TOKEN: 'metrics-token-for-tests' });
    try {
      const scrape = () => request(guarded.getHttpServer()).get('/api/metrics');
      await scrape().expect(403);
      await scrape().set('Authorization', 'Bearer wrong-token-for-the-tests').expect(403);
      await scrape().set('Authorization', 'Bearer metrics-token-for-tests').expect(200);
    } finally {
      await guarded.close();
    }
  });
});
