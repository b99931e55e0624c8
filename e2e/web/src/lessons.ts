import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../../..');

/** A trainer's lesson, built with the same packer trainers use (tools/h5p/pack.ts). */
export function packLesson(sample = 'reading'): string {
  const out = join(mkdtempSync(join(tmpdir(), 'lc-e2e-')), `${sample}.h5p`);
  execFileSync('npx', ['tsx', 'tools/h5p/pack.ts', `tools/h5p/samples/${sample}.json`, out], {
    cwd: root,
    stdio: 'pipe',
  });
  return out;
}
