import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { EditorSource } from '@lc/shared-contracts';
import { bodyHazard, bodyHazardMessage, DomainError } from '@lc/api-shared';
import { H5P_LIBRARIES_DIR } from '../h5p-libraries/bundled-libraries.installer';
import { H5pService, PreparedUpload } from '../h5p.service';
import { PackageStorage } from '../package-storage';
import { collectImages, EditorUpload } from './editor-images';
import { packEditorSource } from './editor-pack';
import { checkEditorSource } from './editor-rules';

export interface BuiltMaterial {
  source: EditorSource;
  bytes: Uint8Array;
}

/** From the editor's request to a checked source and its .h5p; and from there through the upload's own checks. */
@Injectable()
export class EditorBuilder {
  constructor(
    private readonly h5p: H5pService,
    private readonly storage: PackageStorage,
    @Inject(H5P_LIBRARIES_DIR) private readonly librariesDir: string,
  ) {}

  /** `keptFrom`: the package whose images `images/…` fields name (the material being edited), if any. */
  async build(rawSource: string, uploads: EditorUpload[], keptFrom: string | null): Promise<BuiltMaterial> {
    const checked = checkEditorSource(parseSource(rawSource), uploads.length);
    if (!checked.ok) {
      const n = checked.problems.length;
      const message = `Bài học còn ${n} chỗ cần sửa; mỗi chỗ được ghi ngay bên ô đó.`;
      throw new DomainError('EDITOR_INVALID', message, 422, { problems: checked.problems });
    }
    const locate = async (path: string) => (keptFrom ? this.h5p.locate(keptFrom, path) : null);
    const { source, images } = await collectImages(checked.source, uploads, locate);
    return { source, bytes: this.pack(source, images) };
  }

  pack(source: EditorSource, images: Record<string, Uint8Array>): Uint8Array {
    return packEditorSource(source, images, resolve(this.librariesDir));
  }

  /**
   * The packed bytes go where an upload would have streamed to, and through the same `prepare` (bounds, library and
   * file checks, quota, de-duplication, staging). `work` records or commits it; the file and anything staged but
   * not moved into place are gone afterwards, whatever happens.
   */
  async asUpload<T>(bytes: Uint8Array, userId: string, work: (upload: PreparedUpload) => Promise<T>): Promise<T> {
    await mkdir(this.storage.incomingDir, { recursive: true });
    const file = join(this.storage.incomingDir, `editor-${randomUUID()}.h5p`);
    let upload: PreparedUpload | undefined;
    try {
      await writeFile(file, bytes);
      upload = await this.h5p.prepare(file, userId);
      return await work(upload);
    } finally {
      await this.h5p.release(upload);
      await rm(file, { force: true });
    }
  }
}

/** The `source` field: JSON, with nothing in it no handler should see (as for every JSON body). */
function parseSource(text: string): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new DomainError('EDITOR_SOURCE_INVALID', 'Dữ liệu bài học gửi lên không đọc được. Hãy tải lại trang.', 422);
  }
  const hazard = bodyHazard(parsed);
  if (hazard) throw new DomainError('EDITOR_SOURCE_INVALID', bodyHazardMessage(hazard), 422);
  return parsed;
}
