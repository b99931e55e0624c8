import { APIRequestContext, expect } from '@playwright/test';
import { DEMO_PASSWORD } from './support';

/** Seeding titles through the API, as the officers' pages would do it; the browser is for what a test is about. */

const ITEMS = ['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2'];

export async function bearerOf(request: APIRequestContext, login: string, password = DEMO_PASSWORD) {
  const res = await request.post('/api/auth/login', { data: { login, password } });
  expect(res.status()).toBe(200);
  return { Authorization: `Bearer ${(await res.json()).accessToken}` };
}

/** A new citizen of the demo commune recognised through the API, as the officers' pages would do it. */
export async function recognisedCitizen(request: APIRequestContext) {
  const run = Date.now();
  const person = { id: `0011859${String(run % 100000).padStart(5, '0')}`, password: 'MatKhau-2026' };
  const fullName = `Lê Thị Chứng ${String(run % 100000)}`;
  const number = `${run % 1_000_000}/QĐ-UBND`;
  const groups = await (await request.get('/api/areas/00004/groups')).json();
  const registered = await request.post('/api/auth/register', {
    data: {
      fullName,
      citizenId: person.id,
      birthYear: 1985,
      gender: 'female',
      communeId: '00004',
      groupId: groups[0].id,
      populationGroup: 'other',
      password: person.password,
    },
  });
  expect(registered.status()).toBe(201);
  const citizen = await bearerOf(request, person.id, person.password);
  const year = new Date().getFullYear();
  const opened = await (await request.post('/api/my/applications', { headers: citizen, data: { year } })).json();
  const scores = Object.fromEntries(ITEMS.map((item) => [item, 8]));
  expect(
    (await request.put(`/api/applications/${opened.id}/scores`, { headers: citizen, data: { scores } })).ok(),
  ).toBe(true);
  expect((await request.post(`/api/applications/${opened.id}/submission`, { headers: citizen })).ok()).toBe(true);
  const verifier = await bearerOf(request, 'verifier');
  const verified = await request.post(`/api/applications/${opened.id}/verification`, {
    headers: verifier,
    data: { scores },
  });
  expect(verified.ok()).toBe(true);
  const approver = await bearerOf(request, 'approver');
  const decided = await request.post('/api/decisions', {
    headers: approver,
    data: {
      communeId: '00004',
      number,
      signedOn: new Date().toISOString().slice(0, 10),
      signerName: 'Lê Văn Ký',
      applicationIds: [opened.id],
    },
  });
  expect(decided.status()).toBe(201);
  return {
    person,
    fullName,
    number,
    groupName: groups[0].name as string,
    applicationId: opened.id as string,
    approver,
  };
}
