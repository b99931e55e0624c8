import type { NoticeSnapshot } from '@lc/shared-contracts';

/** A notice stream read the way the web reads it: fetch with the bearer header, frames split on blank lines. */
export interface StreamReader {
  status: number;
  snapshots: NoticeSnapshot[];
  heartbeats: number;
  ended: () => boolean;
  close: () => void;
  waitFor: (done: () => boolean, ms?: number) => Promise<void>;
}

export async function openNoticeStream(base: string, token: string): Promise<StreamReader> {
  const abort = new AbortController();
  const res = await fetch(`${base}/api/my/notices/stream`, {
    headers: { Authorization: `Bearer ${token}`, Accept: 'text/event-stream' },
    signal: abort.signal,
  });
  const reader: StreamReader = {
    status: res.status,
    snapshots: [],
    heartbeats: 0,
    ended: () => finished,
    close: () => abort.abort(),
    waitFor: async (done, ms = 5000) => {
      const until = Date.now() + ms;
      while (!done()) {
        if (Date.now() > until) throw new Error('timed out waiting on the notice stream');
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
  };
  let finished = !res.ok;
  if (!res.ok || !res.body) return reader;
  const body = res.body.getReader();
  const decoder = new TextDecoder();
  void (async () => {
    let buffer = '';
    try {
      for (;;) {
        const { done, value } = await body.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (frame.startsWith(': ')) reader.heartbeats += 1;
          const data = /^event: notices\ndata: (.*)$/m.exec(frame)?.[1];
          if (data) reader.snapshots.push(JSON.parse(data) as NoticeSnapshot);
        }
      }
    } catch {
      // Aborted by the test.
    }
    finished = true;
  })();
  return reader;
}
