import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { H5pUserDataGrant } from '@lc/shared-contracts';
import { AppConfig, AuthUser, DomainError, enforce, notFound } from '@lc/api-shared';
import { learningAccess } from '../access/course-policy';
import { CatalogService } from '../catalog.service';
import { H5pUserDataEntity } from './h5p-user-data.entity';
import { signUserData, userDataKey, verifyUserData } from './user-data-grant';

/** How often the player saves on its own; it also saves a few seconds after a completion, and when the page goes. */
export const SAVE_FREQ_SECONDS = 15;
/** A grant outlives a long lesson; the page asks for a new one on each visit. */
const GRANT_TTL_SECONDS = 12 * 3600;
const KB = 1024;

/** H5P's core asks for these and expects this shape back (h5p.js contentUserDataAjax). */
export interface UserDataAnswer {
  success: boolean;
  data?: string | false;
}

/** A learner's saved state per material, so a half-done interactive resumes on another visit or device. */
@Injectable()
export class UserDataService {
  private readonly key: Buffer;

  constructor(
    @InjectRepository(H5pUserDataEntity) private readonly states: Repository<H5pUserDataEntity>,
    private readonly catalog: CatalogService,
    private readonly config: AppConfig,
  ) {
    this.key = userDataKey(config.JWT_SECRET);
  }

  /** The learner's state of a material of a published course, and the URL the player saves it to. */
  async grant(materialId: string, user: AuthUser): Promise<H5pUserDataGrant> {
    const { material, course } = await this.catalog.material(materialId);
    enforce(learningAccess(course, material));
    const row = await this.states.findOneBy({ personId: user.id, materialId });
    const expires = Math.floor(Date.now() / 1000) + GRANT_TTL_SECONDS;
    const token = signUserData(this.key, user.id, materialId, expires);
    return {
      state: row?.data ?? null,
      url: `/api/h5p/user-data/${materialId}/${token}`,
      saveFreqSeconds: SAVE_FREQ_SECONDS,
    };
  }

  /** The person a grant in a URL stands for, or a 404 that says nothing about why. */
  personOf(materialId: string, token: string): string {
    const person = verifyUserData(this.key, materialId, token, Math.floor(Date.now() / 1000));
    if (!person) throw notFound('H5P_STATE_NOT_FOUND', 'Không tìm thấy dữ liệu học tập này.');
    return person;
  }

  async read(personId: string, materialId: string): Promise<UserDataAnswer> {
    const row = await this.states.findOneBy({ personId, materialId });
    return { success: true, data: row?.data ?? false };
  }

  /** "0" is how H5P forgets a state (a reset); anything else is kept as sent, if it is JSON and not too large. */
  async save(personId: string, materialId: string, data: string): Promise<UserDataAnswer> {
    if (data === '0') {
      await this.states.delete({ personId, materialId });
      return { success: true };
    }
    const limit = this.config.H5P_STATE_MAX_KB * KB;
    if (Buffer.byteLength(data, 'utf8') > limit) {
      throw new DomainError('H5P_STATE_TOO_LARGE', 'Dữ liệu bài học quá lớn để lưu lại.', 413, { limitBytes: limit });
    }
    if (!isJson(data)) throw new DomainError('H5P_STATE_INVALID', 'Dữ liệu bài học không hợp lệ.', 422);
    await this.states
      .createQueryBuilder()
      .insert()
      .values({ personId, materialId, data, updatedAt: () => 'now()' })
      .orUpdate(['data', 'updated_at'], ['person_id', 'material_id'])
      .execute()
      .catch((e: { code?: string }) => {
        // The material was deleted (its course was a draft again); nothing to keep the state for.
        if (e.code === '23503') throw notFound('MATERIAL_NOT_FOUND', 'Không tìm thấy học liệu.');
        throw e;
      });
    return { success: true };
  }
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
