import { HttpErrorResponse } from '@angular/common/http';
import type { ImportFileRequest, ImportProblem } from '@lc/shared-contracts';

export type ImportKind = 'population' | 'learning_unit' | 'association';
export const IMPORT_KINDS: ImportKind[] = ['population', 'learning_unit', 'association'];

/** The headers each kind of file may start with, shown beside the choice (the API checks the same). */
export const IMPORT_HEADERS: Record<ImportKind, string[]> = {
  population: ['commune_code,year,adults', 'commune_code,year,sex,age_band,adults'],
  learning_unit: ['commune_code,year,unit_type,unit_name,citizen_id'],
  association: ['commune_code,year,role,citizen_id'],
};

/** The API takes JSON up to 100 kB; a file past this would be refused there, so it is refused here first. */
export const MAX_FILE_BYTES = 64 * 1024;

export type FileProblem = 'type' | 'size';

/** A chosen file as the API's request: CSV as text, XLSX as base64; or why it cannot be sent. */
export async function importRequest(file: File): Promise<ImportFileRequest | FileProblem> {
  const name = file.name.toLowerCase();
  if (!name.endsWith('.csv') && !name.endsWith('.xlsx')) return 'type';
  if (file.size > MAX_FILE_BYTES) return 'size';
  if (name.endsWith('.csv')) return { csv: (await read(file, 'text')) as string };
  const bytes = new Uint8Array((await read(file, 'bytes')) as ArrayBuffer);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return { xlsx: btoa(binary) };
}

/** FileReader rather than Blob.text(): the same in every browser the city's phones run, and in jsdom. */
function read(file: File, as: 'text' | 'bytes'): Promise<string | ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string | ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    if (as === 'text') reader.readAsText(file, 'utf-8');
    else reader.readAsArrayBuffer(file);
  });
}

/** The per-row problems and their CSV report from a refused import, if the refusal carries them. */
export function refusedRows(err: unknown): { problems: ImportProblem[]; report: string } | null {
  if (!(err instanceof HttpErrorResponse)) return null;
  const details = err.error?.details;
  if (!details || !Array.isArray(details.problems) || typeof details.report !== 'string') return null;
  return { problems: details.problems, report: details.report };
}
