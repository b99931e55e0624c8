import { EDITOR_LIMITS } from '@lc/shared-contracts';

/** What the server accepts (it checks the bytes again); said here so the trainer learns it at once. */
const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/svg+xml'];
const IMAGE_NAME = /\.(png|jpe?g|gif|webp|svg)$/i;

export type ImageFileProblem = 'imageType' | 'imageSize';

export function imageFileProblem(file: Pick<File, 'name' | 'size' | 'type'>): ImageFileProblem | null {
  if (!IMAGE_TYPES.includes(file.type) && !IMAGE_NAME.test(file.name)) return 'imageType';
  return file.size > EDITOR_LIMITS.imageMaxBytes ? 'imageSize' : null;
}

/**
 * The pictures of one editor page: those the material's package stores (shown from its files) and those chosen in
 * this browser, which are sent with the next save or preview. A chosen picture is shown from a blob: URL, which
 * the page's Content-Security-Policy allows for images.
 */
export class EditorImages {
  private readonly chosen = new Map<string, File>();
  private readonly urls = new Map<string, string>();
  private counter = 0;

  constructor(
    /** The stored package's base path, when editing a saved material. */
    private readonly basePath: string | null = null,
    private readonly objectUrl: (file: File) => string = (file) => URL.createObjectURL(file),
  ) {}

  /** Keeps a chosen file and returns the reference its field holds until it is sent. */
  add(file: File): string {
    const ref = `local:${++this.counter}`;
    this.chosen.set(ref, file);
    this.urls.set(ref, this.objectUrl(file));
    return ref;
  }

  url(ref: string): string | null {
    if (this.urls.has(ref)) return this.urls.get(ref) ?? null;
    return ref.startsWith('images/') && this.basePath ? `${this.basePath}/content/${ref}` : null;
  }

  /** The chosen files by reference, for `withUploads`. */
  get pending(): ReadonlyMap<string, File> {
    return this.chosen;
  }

  dispose(): void {
    for (const url of this.urls.values()) URL.revokeObjectURL?.(url);
    this.urls.clear();
    this.chosen.clear();
  }
}
