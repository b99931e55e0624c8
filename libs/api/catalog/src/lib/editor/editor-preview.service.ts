import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EditorPreview } from '@lc/shared-contracts';
import { AuthUser } from '@lc/api-shared';
import { CatalogService } from '../catalog.service';
import { H5pService } from '../h5p.service';
import { EditorBuilder } from './editor-builder';
import { EditorSave, EditorService } from './editor.service';

/** Previews kept at once, per process; past it the oldest go (a trainer keeps one, see below). */
const MAX_PREVIEWS = 500;

/**
 * The editor's live preview, played by the real player from a real package: the form is packed and checked as a
 * save would be, and unpacked into a folder without a database row, which the player reaches through a signed
 * preview grant. Such folders are never published to anyone else; each trainer's previous one is removed when they
 * preview again, and the storage sweep removes any left (an hour old, at start-up).
 */
@Injectable()
export class EditorPreviewService {
  /** Trainer → their current preview folder (a random id no row will ever have), oldest first. */
  private readonly previews = new Map<string, string>();

  constructor(
    private readonly catalog: CatalogService,
    private readonly editor: EditorService,
    private readonly builder: EditorBuilder,
    private readonly h5p: H5pService,
  ) {}

  /** For the author of a draft; `materialId` (an editor-made material of it) when its stored images are kept. */
  async preview({ courseId, rawSource, uploads, materialId }: EditorSave, user: AuthUser): Promise<EditorPreview> {
    await this.catalog.editableBy(courseId, user);
    const keptFrom = materialId ? (await this.editor.editorMaterial(courseId, materialId)).material.h5pPackageId : null;
    const built = await this.builder.build(rawSource, uploads, keptFrom);
    const shown = await this.builder.asUpload(built.bytes, user.id, async (upload) => {
      // The very same package is stored already (a saved material, unchanged): play that one.
      if (upload.existingId || !upload.staged) return { id: upload.existingId ?? '', folder: false };
      const id = randomUUID();
      await upload.staged.commit(id);
      return { id, folder: true };
    });
    if (shown.folder) await this.remember(user.id, shown.id);
    return { basePath: this.h5p.basePath(shown.id, false) };
  }

  /** The trainer's new preview folder replaces their previous one. */
  private async remember(userId: string, folder: string): Promise<void> {
    const previous = this.previews.get(userId);
    this.previews.delete(userId);
    this.previews.set(userId, folder);
    if (previous) await this.h5p.removeFiles(previous);
    for (const [trainer, oldest] of this.previews) {
      if (this.previews.size <= MAX_PREVIEWS) break;
      this.previews.delete(trainer);
      await this.h5p.removeFiles(oldest);
    }
  }
}
