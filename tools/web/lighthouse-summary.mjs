// The figures tools/lighthouse.mjs keeps from one Lighthouse result.

/** The run's error code (null when it went through), scores, metrics in ms, bytes in KB, the LCP element's text and the ids of the failed accessibility audits. */
export function summarise(lhr) {
  const ms = (id) => lhr.audits[id]?.numericValue ?? NaN;
  const requests = lhr.audits['network-requests']?.details?.items ?? [];
  const lcpNode = lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
  const a11y = lhr.categories.accessibility;
  return {
    error: lhr.runtimeError?.code ?? null,
    performance: Math.round(lhr.categories.performance.score * 100),
    accessibility: Math.round(a11y.score * 100),
    fcp: ms('first-contentful-paint'),
    lcp: ms('largest-contentful-paint'),
    tti: ms('interactive'),
    tbt: ms('total-blocking-time'),
    cls: ms('cumulative-layout-shift'),
    scriptKb: requests.filter((r) => r.resourceType === 'Script').reduce((n, r) => n + r.transferSize, 0) / 1024,
    totalKb: ms('total-byte-weight') / 1024,
    lcpElement: (lcpNode?.nodeLabel ?? lcpNode?.snippet ?? '?').replace(/\s+/g, ' ').slice(0, 40),
    a11yFailures: a11y.auditRefs
      .map((ref) => lhr.audits[ref.id])
      .filter((a) => a && a.score !== null && a.score < 1)
      .map((a) => a.id),
  };
}
