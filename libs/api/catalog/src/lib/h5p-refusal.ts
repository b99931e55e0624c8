import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { EntityManager } from 'typeorm';
import { H5pCheckError, H5pCheckOptions, LibraryProblem, libraryProblemMessage } from '@lc/api-h5p-package';
import { AppConfig, DomainError } from '@lc/api-shared';

const MESSAGES: Record<string, string> = {
  H5P_TOO_LARGE: 'Tệp H5P quá lớn.',
  H5P_TOO_MANY_FILES: 'Gói H5P có quá nhiều tệp.',
  H5P_NOT_ZIP: 'Tệp tải lên không phải gói H5P (tệp .h5p là một tệp zip).',
  H5P_PATH_ESCAPE: 'Gói H5P có đường dẫn tệp không an toàn.',
  H5P_PATH_INVALID: 'Gói H5P có đường dẫn tệp quá dài, quá sâu hoặc trùng nhau.',
  H5P_MANIFEST_MISSING: 'Gói H5P thiếu tệp h5p.json.',
  H5P_MANIFEST_INVALID: 'Tệp h5p.json trong gói không hợp lệ.',
  H5P_CONTENT_MISSING: 'Gói H5P thiếu nội dung (content/content.json).',
  H5P_DEPENDENCY_MISSING: 'Gói H5P cần thư viện chưa có trên nền tảng và cũng không kèm trong gói.',
  H5P_LIBRARY_INVALID: 'Một thư viện trong gói H5P không hợp lệ.',
  H5P_FILE_TYPE: 'Gói H5P chứa loại tệp không được phép.',
  H5P_SVG_INVALID: 'Một tệp ảnh SVG trong gói H5P không đọc được.',
};

const MB = 1024 * 1024;

/** A refusal of a package's structure, in Vietnamese, with the checker's own words (English, technical) after it. */
export function refusal(errors: H5pCheckError[]): DomainError {
  const first = errors[0] ?? { code: 'H5P_NOT_ZIP', message: '' };
  if (first.code === 'H5P_DEPENDENCY_MISSING' && first.library) {
    const name = first.library.replace(/-(\d+\.\d+)$/, ' $1');
    const message = `Gói H5P cần thư viện '${name}', không kèm trong gói và chưa được cài trên hệ thống — hãy nhờ quản trị viên cài đặt.`;
    return new DomainError(first.code, message, 422, { problems: errors });
  }
  return new DomainError(first.code, `${MESSAGES[first.code] ?? 'Gói H5P không hợp lệ.'} (${first.message})`, 422, {
    problems: errors,
  });
}

/** A package the installed libraries cannot play, named as trainers know its content types. */
export function libraryRefusal(problems: LibraryProblem[]): DomainError {
  const [first] = problems;
  if (!first) throw new Error('libraryRefusal needs a problem');
  return new DomainError(first.code, libraryProblemMessage(first), 422, { problems });
}

/** The bounds every upload is checked against (docs/adr/0012), uploads of libraries included. */
export function uploadLimits(config: AppConfig): Omit<H5pCheckOptions, 'installedLibraries'> {
  return {
    maxBytes: config.H5P_MAX_UPLOAD_MB * MB,
    maxUnpackedBytes: config.H5P_MAX_UNPACKED_MB * MB,
    maxFileBytes: config.H5P_MAX_FILE_MB * MB,
    maxFiles: config.H5P_MAX_FILES,
  };
}

export async function lock(tx: EntityManager, key: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [key]);
}

export function sha256OfFile(path: string): Promise<string> {
  return new Promise((done, fail) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', fail)
      .on('end', () => done(hash.digest('hex')));
  });
}
