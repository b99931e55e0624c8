const KEPT_VERBS = ['experienced', 'answered', 'completed', 'passed', 'failed'] as const;

export interface XapiResult {
  verb: string;
  score: number | null;
  maxScore: number | null;
  success: boolean | null;
  completion: boolean | null;
  statementId: string | null;
}

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const bool = (v: unknown) => (typeof v === 'boolean' ? v : null);

/**
 * What a browser-reported xAPI statement may tell us; anything else in it is ignored. Returns null for verbs
 * that are not evidence. The browser can forge all of it, which is why such records are only `reported`.
 */
export function readXapiStatement(statement: Record<string, unknown>): XapiResult | null {
  const verbId = (statement['verb'] as { id?: unknown } | undefined)?.id;
  if (typeof verbId !== 'string') return null;
  const verb = verbId.split('/').pop() ?? '';
  if (!(KEPT_VERBS as readonly string[]).includes(verb)) return null;
  const result = (statement['result'] ?? {}) as {
    score?: { raw?: unknown; max?: unknown };
    success?: unknown;
    completion?: unknown;
  };
  const score = num(result.score?.raw);
  const maxScore = num(result.score?.max);
  const id = statement['id'];
  return {
    verb,
    score: score !== null && maxScore !== null && score >= 0 && score <= maxScore ? score : null,
    maxScore: score !== null && maxScore !== null && score >= 0 && score <= maxScore ? maxScore : null,
    success: bool(result.success),
    completion: bool(result.completion),
    statementId: typeof id === 'string' && /^[0-9a-f-]{36}$/i.test(id) ? id : null,
  };
}
