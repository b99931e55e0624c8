import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EntityManager, Repository } from 'typeorm';
import { checkH5pPackage } from '@lc/api-h5p-package';
import { DomainError, safeSegment } from '@lc/api-shared';
import { H5pPackageEntity } from './h5p-package.entity';
import { PackageStorage, safeJoin } from './package-storage';

const MESSAGES: Record<string, string> = {
  H5P_TOO_LARGE: 'Tệp H5P quá lớn.',
  H5P_NOT_ZIP: 'Tệp tải lên không phải gói H5P (tệp .h5p là một tệp zip).',
  H5P_PATH_ESCAPE: 'Gói H5P có đường dẫn tệp không an toàn.',
  H5P_MANIFEST_MISSING: 'Gói H5P thiếu tệp h5p.json.',
  H5P_MANIFEST_INVALID: 'Tệp h5p.json trong gói không hợp lệ.',
  H5P_CONTENT_MISSING: 'Gói H5P thiếu nội dung (content/content.json).',
  H5P_DEPENDENCY_MISSING: 'Gói H5P cần thư viện chưa có trên nền tảng và cũng không kèm trong gói.',
  H5P_LIBRARY_INVALID: 'Một thư viện trong gói H5P không hợp lệ.',
  H5P_FILE_TYPE: 'Gói H5P chứa loại tệp không được phép.',
};

const LIBRARY_FOLDER = /^[A-Za-z0-9._-]+-\d+\.\d+$/;

export const H5P_LIBRARIES_DIR = 'H5P_LIBRARIES_DIR';

@Injectable()
export class H5pService {
  private readonly librariesDir: string;

  constructor(
    @InjectRepository(H5pPackageEntity) private readonly packages: Repository<H5pPackageEntity>,
    private readonly storage: PackageStorage,
    private readonly config: ConfigService,
    @Inject(H5P_LIBRARIES_DIR) librariesDir: string,
  ) {
    this.librariesDir = resolve(librariesDir);
  }

  private installed?: string[];

  /**
   * Libraries installed on the platform (ours, in content/h5p-libraries): packages may use them without bundling.
   * Installing one is a deployment, so the folder is read once, not on every file the player asks for.
   */
  installedLibraries(): string[] {
    this.installed ??= readdirSync(this.librariesDir).filter((d) => statSync(join(this.librariesDir, d)).isDirectory());
    return this.installed;
  }

  /** Checks and stores an uploaded package; nothing is stored when the check fails. */
  async upload(
    bytes: Uint8Array,
    title: string,
    uploadedBy: string,
    manager?: EntityManager,
  ): Promise<H5pPackageEntity> {
    const maxMb = this.config.get<number>('H5P_MAX_UPLOAD_MB') ?? 50;
    const result = checkH5pPackage(bytes, {
      maxBytes: maxMb * 1024 * 1024,
      maxUnpackedBytes: maxMb * 4 * 1024 * 1024,
      installedLibraries: this.installedLibraries(),
    });
    if (!result.ok) {
      const first = result.errors[0];
      throw new DomainError(first.code, `${MESSAGES[first.code] ?? 'Gói H5P không hợp lệ.'} (${first.message})`, 422, {
        problems: result.errors,
      });
    }
    // Libraries are code that runs in every learner's browser, so only an admin installs them (PRODUCT.md §3):
    // a package may bundle a library the platform has, and then the installed copy is the one served.
    const installed = this.installedLibraries();
    const unknown = result.bundledLibraries.filter((lib) => !installed.includes(lib));
    if (unknown.length) {
      throw new DomainError(
        'H5P_LIBRARY_NOT_INSTALLED',
        `Gói H5P mang theo thư viện chưa được cài trên nền tảng (${unknown.join(', ')}). Thư viện là mã chương trình nên chỉ quản trị viên mới cài được; hãy dùng các dạng nội dung có sẵn.`,
        422,
      );
    }
    const content = Object.fromEntries(
      Object.entries(result.files).filter(([path]) => !LIBRARY_FOLDER.test(path.split('/')[0])),
    );
    const code = Object.keys(content).filter((path) => /\.(js|css)$/i.test(path));
    if (code.length) {
      throw new DomainError(
        'H5P_FILE_TYPE',
        `Gói H5P chứa mã chương trình ngoài thư viện (${code.slice(0, 3).join(', ')}). Nội dung chỉ gồm dữ liệu, hình ảnh và âm thanh.`,
        422,
      );
    }
    const id = randomUUID();
    await this.storage.save(id, content);
    const repo = (manager ?? this.packages.manager).getRepository(H5pPackageEntity);
    try {
      return await repo.save({
        id,
        title,
        mainLibrary: result.manifest.mainLibrary,
        manifest: result.manifest as unknown as Record<string, unknown>,
        bundledLibraries: result.bundledLibraries,
        sizeBytes: bytes.byteLength,
        uploadedBy,
      });
    } catch (err) {
      await this.storage.remove(id);
      throw err;
    }
  }

  /** A file of a package for the player: its h5p.json and content from storage, library folders from the installed ones. */
  async locate(packageId: string, path: string): Promise<string | null> {
    const [folder] = path.split('/');
    if (!safeSegment(folder) || !LIBRARY_FOLDER.test(folder)) return this.storage.locate(packageId, path);
    if (!this.installedLibraries().includes(folder)) return null;
    const installed = safeJoin(this.librariesDir, path);
    return installed && statSync(installed, { throwIfNoEntry: false })?.isFile() ? installed : null;
  }
}
