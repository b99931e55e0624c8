// The mixed write load of the fault test, and the ledger of every write the API acknowledged, so that the database
// can be checked for each of them afterwards.
import { answerJobs } from './catalog.mjs';
import { jsonRequest } from './load.mjs';
import { xapiJob } from './xapi.mjs';

const RECORD_EVERY = 10; // 1 request in 10 stores an xAPI record
const SUBMIT_EVERY = 50; // 1 in 50 submits an attempt

/**
 * A `setupRequest`/`onResponse` pair. An attempt is submitted only once no answer to it is in flight and none will
 * follow: an answer that raced its submission would be refused, and that is not what this test is about. An answer
 * that never got a response (timed out) leaves its attempt in flight for good, so that attempt is never submitted.
 */
export function faultMix(started, materialId, onWrite) {
  const answers = answerJobs(started);
  const owner = new Map(started.map((s) => [s.attempt.id, s.user]));
  const inFlight = new Map();
  const retired = new Set();
  const toSubmit = started.map((s) => s.attempt.id);
  const acked = { answers: [], submissions: [], records: [] };
  let slot = 0;
  let nextAnswer = 0;
  let nextRecordUser = 0;

  const answer = () => {
    for (let tries = 0; tries < answers.length; tries++) {
      const job = answers[nextAnswer++ % answers.length];
      if (retired.has(job.answer.attemptId)) continue;
      inFlight.set(job.answer.attemptId, (inFlight.get(job.answer.attemptId) ?? 0) + 1);
      return { kind: 'answer', request: job, answer: job.answer };
    }
    return null;
  };
  const submission = () => {
    const attemptId = toSubmit[0];
    if (!attemptId) return null;
    retired.add(attemptId);
    if (inFlight.get(attemptId)) return null;
    toSubmit.shift();
    const request = jsonRequest('POST', `/api/attempts/${attemptId}/submission`, owner.get(attemptId).token);
    return { kind: 'submission', request, attemptId };
  };
  const record = () => {
    const user = started[nextRecordUser++ % started.length].user;
    return { kind: 'record', request: xapiJob(materialId, user, 1) };
  };

  const nextJob = () => {
    slot++;
    if (slot % RECORD_EVERY === 0) return record();
    return (slot % SUBMIT_EVERY === 5 && submission()) || answer() || record();
  };

  return {
    acked,
    setupRequest(req, context) {
      context.job = nextJob();
      return Object.assign(req, context.job.request, { headers: { ...context.job.request.headers } });
    },
    onResponse(status, body, context) {
      const job = context.job;
      if (!job) return;
      if (job.kind === 'answer') inFlight.set(job.answer.attemptId, inFlight.get(job.answer.attemptId) - 1);
      const ok =
        (job.kind === 'answer' && status === 204) ||
        (job.kind === 'submission' && status === 200) ||
        (job.kind === 'record' && status === 201);
      if (!ok) return;
      if (job.kind === 'answer') acked.answers.push(job.answer);
      if (job.kind === 'submission') acked.submissions.push(job.attemptId);
      if (job.kind === 'record') acked.records.push(JSON.parse(body).id);
      onWrite();
    },
  };
}

/** Every acknowledged write, looked up in the database: what is missing was lost. */
export async function lostWrites(client, acked) {
  const attemptIds = [...new Set([...acked.answers.map((a) => a.attemptId), ...acked.submissions])];
  const { rows } = await client.query('SELECT id, answers, submitted_at FROM test_attempt WHERE id = ANY($1::uuid[])', [
    attemptIds,
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
  const answers = acked.answers.filter(
    (a) => !same(byId.get(a.attemptId)?.answers?.[a.itemId]?.optionIds, a.optionIds),
  );
  const submissions = acked.submissions.filter((id) => !byId.get(id)?.submitted_at);
  const found = await client.query('SELECT id FROM learning_record WHERE id = ANY($1::uuid[])', [acked.records]);
  const present = new Set(found.rows.map((r) => r.id));
  const records = acked.records.filter((id) => !present.has(id));
  return { answers, submissions, records };
}
