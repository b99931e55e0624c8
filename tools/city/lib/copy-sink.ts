import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Writable } from 'node:stream';

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const NEEDS_ESCAPE = /[\\\t\n\r]/;

/** One value in COPY's text format: \N for null, objects as JSON. */
function field(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return NEEDS_ESCAPE.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]) : text;
}

/**
 * Rows into one table through COPY on a connection of its own. Triggers and foreign-key checks are off for the load
 * (`session_replication_role = replica`), so the rows must be consistent by construction; the rollups are rebuilt
 * afterwards.
 */
export class CopySink {
  rows = 0;
  private buffer: string[] = [];
  private bytes = 0;

  private constructor(
    private readonly client: Client,
    private readonly stream: Writable,
    private readonly done: Promise<void>,
  ) {}

  static async open(url: string, table: string, columns: string[]): Promise<CopySink> {
    const client = new Client({ connectionString: url });
    await client.connect();
    await client.query(`SET session_replication_role = replica`);
    const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
    const done = new Promise<void>((resolve, reject) => {
      stream.on('finish', resolve);
      stream.on('error', reject);
    });
    return new CopySink(client, stream, done);
  }

  /** Waits only when the connection is behind, so the generator never runs far ahead of PostgreSQL. */
  async write(values: unknown[]): Promise<void> {
    const line = values.map(field).join('\t') + '\n';
    this.buffer.push(line);
    this.bytes += line.length;
    this.rows++;
    if (this.bytes >= 256 * 1024) await this.flush();
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    try {
      await this.done;
    } finally {
      await this.client.end();
    }
  }

  private async flush(): Promise<void> {
    if (!this.buffer.length) return;
    const chunk = this.buffer.join('');
    this.buffer = [];
    this.bytes = 0;
    if (!this.stream.write(chunk)) await new Promise((resolve) => this.stream.once('drain', resolve));
  }
}
