import { Agent, request } from 'node:http';
import type { HostileRequest } from './hostile-corpus';

export interface RawResponse {
  status: number;
  body: unknown;
}

const agent = new Agent({ keepAlive: true, maxSockets: 4 });

/**
 * Sends the request exactly as given: node:http keeps `..`, `%00` and the like in the path, where fetch and
 * superagent would normalise them away. A body refused before it was read may reset the socket after the answer.
 */
export function send(port: number, req: HostileRequest, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const out = request(
      { host: '127.0.0.1', port, method: req.method, path: req.path, headers: { ...req.headers, ...headers }, agent },
      (res) => {
        // An event stream that opened has answered; it would not end by itself (the notice stream lasts a token's life).
        if (String(res.headers['content-type']).startsWith('text/event-stream')) {
          res.destroy();
          resolve({ status: res.statusCode ?? 0, body: null });
          return;
        }
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: parse(Buffer.concat(chunks).toString()) }));
        res.on('error', reject);
      },
    );
    out.on('error', reject);
    out.end(req.body);
  });
}

const parse = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

/** Runs `work` over `items` with at most `limit` in flight. */
export async function inPool<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]);
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}

export const closeAgent = () => agent.destroy();
