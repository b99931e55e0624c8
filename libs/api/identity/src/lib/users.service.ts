import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import type { GrantRoleRequest, Me, RoleGrant, UserSummary } from '@lc/shared-contracts';
import { citizenIdDigits, personQuery, VI_ACCENTED, VI_PLAIN } from '@lc/shared-identity-util';
import { AreasService } from '@lc/api-areas';
import { AuthUser, conflict, notFound, permitted } from '@lc/api-shared';
import { revokeGrantAccess } from './access/identity-policy';
import { AuthUserCache } from './auth-user-cache';
import { assertMayGrant } from './grant-rules';
import { RoleGrantEntity } from './role-grant.entity';
import { UserEntity } from './user.entity';
import { toMe, toUserSummary } from './user.mapper';
import { type Person, toPerson } from './person';

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(RoleGrantEntity) private readonly grants: Repository<RoleGrantEntity>,
    private readonly areas: AreasService,
    private readonly authUsers: AuthUserCache,
  ) {}

  /** For other contexts: the person, without the account's secrets; USER_NOT_FOUND as `get`. */
  async person(id: string): Promise<Person> {
    return toPerson(await this.get(id));
  }

  /** The account itself, for the identity context's own services. */
  async get(id: string): Promise<UserEntity> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw notFound('USER_NOT_FOUND', 'Không tìm thấy người dùng.');
    return user;
  }

  /** For the identity context's own services, as sign-in reads a login: 12 digits (spaces, dots or dashes between groups allowed) or a staff username. */
  findByLogin(login: string): Promise<UserEntity | null> {
    const typed = login.trim();
    const digits = citizenIdDigits(typed);
    return /^\d{12}$/.test(digits)
      ? this.users.findOneBy({ citizenId: digits })
      : this.users.findOneBy({ username: typed.toLowerCase() });
  }

  async authUser(id: string): Promise<AuthUser | null> {
    const user = await this.users.findOneBy({ id });
    return user ? this.authUserOf(user) : null;
  }

  /** What the auth guard puts on the request: grants with their area paths, read fresh on each call. */
  async authUserOf(user: UserEntity): Promise<AuthUser> {
    const grants = await this.grants.findBy({ userId: user.id, revokedAt: IsNull() });
    const areas = await this.areas.pathsOf(grants.map((g) => g.areaId));
    return {
      id: user.id,
      fullName: user.fullName,
      grants: grants
        .filter((g) => areas.has(g.areaId))
        .map((g) => ({ role: g.role, areaId: g.areaId, areaPath: areas.get(g.areaId)!.path })),
    };
  }

  async me(id: string): Promise<Me> {
    const user = await this.get(id);
    const commune = user.communeId ? await this.areas.get(user.communeId) : null;
    return toMe(user, commune?.name ?? null, await this.roleGrants(id));
  }

  /** One person as the admin screen lists them, after an action on their account. */
  async summary(id: string): Promise<UserSummary> {
    const user = await this.get(id);
    const commune = user.communeId ? await this.areas.get(user.communeId) : null;
    return toUserSummary(user, commune?.name ?? null, await this.roleGrants(id));
  }

  /** People the admin may manage: residents of the admin's areas, and anyone holding a role there. */
  async search(q: string, admin: AuthUser): Promise<UserSummary[]> {
    const paths = admin.grants.filter((g) => g.role === 'admin').map((g) => g.areaPath);
    const qb = this.users
      .createQueryBuilder('u')
      .where(
        `EXISTS (SELECT 1 FROM area a WHERE (a.id = u.commune_id OR a.id IN (SELECT r.area_id FROM role_grant r WHERE r.user_id = u.id AND r.revoked_at IS NULL))
           AND EXISTS (SELECT 1 FROM unnest(CAST(:paths AS text[])) p WHERE a.path = p OR a.path LIKE p || '.%'))`,
        { paths },
      )
      .orderBy('u.fullName', 'ASC')
      .take(50);
    const query = personQuery(q);
    if (query.kind === 'citizenId') qb.andWhere('u.citizen_id = :citizenId', { citizenId: query.citizenId });
    // Folded on both sides (VI_ACCENTED → VI_PLAIN, then lower() on what is only ASCII by then), so any spelling
    // finds the person; LIKE's own wildcards in the query are taken literally.
    else if (query.kind === 'name')
      qb.andWhere(
        `(lower(translate(u.full_name, :accented, :plain)) LIKE :term ESCAPE '\\'
          OR lower(translate(u.username, :accented, :plain)) LIKE :term ESCAPE '\\')`,
        { accented: VI_ACCENTED, plain: VI_PLAIN, term: `%${query.folded.replace(/[\\%_]/g, '\\$&')}%` },
      );
    else if (q.trim()) return [];
    const users = await qb.getMany();
    const communes = await this.areas.pathsOf(users.map((u) => u.communeId).filter((c): c is string => !!c));
    return Promise.all(
      users.map(async (u) =>
        toUserSummary(u, (u.communeId && communes.get(u.communeId)?.name) || null, await this.roleGrants(u.id)),
      ),
    );
  }

  /** An admin grants roles only inside their own area, never to themselves (see grant-rules.ts). */
  async grant({ userId, role, areaId }: GrantRoleRequest, admin: AuthUser): Promise<RoleGrant> {
    await this.get(userId);
    const area = await this.areas.get(areaId);
    assertMayGrant(admin, { userId, role, area });
    const existing = await this.grants.findOneBy({ userId, role, areaId, revokedAt: IsNull() });
    if (existing) throw conflict('GRANT_EXISTS', 'Người này đã có vai trò đó ở địa bàn này.');
    const saved = await this.grants.save({ userId, role, areaId, grantedBy: admin.id });
    await this.authUsers.invalidate(userId);
    return { id: saved.id, role, areaId, areaName: area.name };
  }

  /** The grant stays as history with who revoked it, when and why; from then on it gives no rights. */
  async revoke(grantId: string, reason: string, admin: AuthUser): Promise<void> {
    const found = await this.grants.findOneBy({ id: grantId, revokedAt: IsNull() });
    const areaPath = found && (await this.areas.pathOf(found.areaId));
    const grant = permitted(revokeGrantAccess(admin, areaPath ? { areaPath } : null), found);
    const done = await this.grants.update(
      { id: grantId, revokedAt: IsNull() },
      { revokedAt: new Date(), revokedBy: admin.id, revokeReason: reason.trim() },
    );
    // Revoked at the same moment by another request: it did the work.
    if (!done.affected) throw notFound('GRANT_NOT_FOUND', 'Không tìm thấy vai trò này.');
    await this.authUsers.invalidate(grant.userId);
  }

  /** Public display names of people, for other contexts (officers' names in histories, authors). */
  async names(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.users
      .createQueryBuilder('u')
      .select(['u.id', 'u.fullName'])
      .whereInIds([...new Set(ids)])
      .getMany();
    return new Map(rows.map((u) => [u.id, u.fullName]));
  }

  private async roleGrants(userId: string): Promise<RoleGrant[]> {
    const grants = await this.grants.find({ where: { userId, revokedAt: IsNull() }, order: { role: 'ASC' } });
    const areas = await this.areas.pathsOf(grants.map((g) => g.areaId));
    return grants.map((g) => ({
      id: g.id,
      role: g.role,
      areaId: g.areaId,
      areaName: areas.get(g.areaId)?.name ?? g.areaId,
    }));
  }
}
