import { Injectable, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Area, GrantRoleRequest, RoleGrant, UserSummary } from '@lc/shared-contracts';
import { UiMessage, failureMessage, uiMessage } from '@lc/web-shared-data-access';
import { Observable, catchError, firstValueFrom, of } from 'rxjs';
import { AdminApi } from './admin-api';
import { AreasApi } from './areas-api';

/**
 * The city admin's desk: people found, their role grants and account state, and the population groups of a
 * commune. One action at a time; each says how it went in `status` or `error`.
 */
@Injectable()
export class AdminStore {
  private readonly api = inject(AdminApi);
  private readonly areasApi = inject(AreasApi);

  private readonly _busy = signal(false);
  private readonly _error = signal<UiMessage | null>(null);
  private readonly _status = signal<UiMessage | null>(null);
  private readonly _users = signal<UserSummary[] | null>(null);
  private readonly _selected = signal<UserSummary | null>(null);
  private readonly _groups = signal<Area[] | null>(null);
  private groupsOf = 0;

  readonly busy = this._busy.asReadonly();
  readonly error = this._error.asReadonly();
  readonly status = this._status.asReadonly();
  readonly users = this._users.asReadonly();
  readonly selected = this._selected.asReadonly();
  readonly groups = this._groups.asReadonly();
  readonly communes = toSignal(this.areasApi.communes().pipe(catchError((err) => this.fail(err, [] as Area[]))), {
    initialValue: [] as Area[],
  });

  select(user: UserSummary | null): void {
    this._selected.set(user);
  }

  search(q: string): Promise<boolean> {
    return this.run(async () => {
      this._users.set(await firstValueFrom(this.api.searchUsers(q)));
      this._selected.set(null);
    });
  }

  grant(user: UserSummary, request: Omit<GrantRoleRequest, 'userId'>): Promise<boolean> {
    return this.run(async () => {
      const grant = await firstValueFrom(this.api.grantRole({ ...request, userId: user.id }));
      this.updateUser(user.id, (roles) => [...roles, grant]);
      this._status.set(uiMessage('identity.admin.granted'));
    });
  }

  revoke(user: UserSummary, grant: RoleGrant, reason: string): Promise<boolean> {
    return this.run(async () => {
      await firstValueFrom(this.api.revokeGrant(grant.id, { reason }));
      this.updateUser(user.id, (roles) => roles.filter((g) => g.id !== grant.id));
      this._status.set(uiMessage('identity.admin.revoked'));
    });
  }

  endSessions(user: UserSummary): Promise<boolean> {
    return this.run(async () => {
      await firstValueFrom(this.api.endSessions(user.id));
      this._status.set(uiMessage('identity.admin.sessionsEnded', { name: user.fullName }));
    });
  }

  disable(user: UserSummary, reason: string): Promise<boolean> {
    return this.replacing(user, this.api.disableAccount(user.id, { reason }), 'identity.admin.disabledDone');
  }

  enable(user: UserSummary): Promise<boolean> {
    return this.replacing(user, this.api.enableAccount(user.id), 'identity.admin.enabledDone');
  }

  unlockSignIn(user: UserSummary): Promise<boolean> {
    return this.run(async () => {
      await firstValueFrom(this.api.unlockSignIn(user.id));
      this._status.set(uiMessage('identity.admin.unlockedDone', { name: user.fullName }));
    });
  }

  /** Loads the groups of the commune chosen last; a late answer for an earlier choice is dropped. */
  async chooseGroupCommune(communeId: string | null): Promise<void> {
    const asked = ++this.groupsOf;
    this._groups.set(null);
    if (!communeId) return;
    const groups = await firstValueFrom(
      this.areasApi.groups(communeId).pipe(catchError((err) => this.fail(err, null))),
    );
    if (asked === this.groupsOf) this._groups.set(groups);
  }

  addGroup(communeId: string, name: string): Promise<boolean> {
    return this.run(async () => {
      const group = await firstValueFrom(this.areasApi.createGroup(communeId, { name }));
      this._groups.update((groups) => [...(groups ?? []), group]);
      this._status.set(uiMessage('identity.admin.groupAdded', { name: group.name }));
    });
  }

  private replacing(user: UserSummary, call: Observable<UserSummary>, doneKey: string): Promise<boolean> {
    return this.run(async () => {
      const summary = await firstValueFrom(call);
      this._users.update((users) => users?.map((u) => (u.id === summary.id ? summary : u)) ?? null);
      this._selected.update((u) => (u?.id === summary.id ? summary : u));
      this._status.set(uiMessage(doneKey, { name: user.fullName }));
    });
  }

  private updateUser(userId: string, change: (roles: RoleGrant[]) => RoleGrant[]): void {
    const patch = (u: UserSummary) => (u.id === userId ? { ...u, roles: change(u.roles) } : u);
    this._users.update((users) => users?.map(patch) ?? null);
    this._selected.update((u) => (u ? patch(u) : u));
  }

  /** Resolves to whether the action succeeded, so the page can close the form it came from. */
  private async run(action: () => Promise<void>): Promise<boolean> {
    this._busy.set(true);
    this._error.set(null);
    this._status.set(null);
    try {
      await action();
      return true;
    } catch (err) {
      this._error.set(failureMessage(err));
      return false;
    } finally {
      this._busy.set(false);
    }
  }

  private fail<T>(err: unknown, fallback: T): Observable<T> {
    this._error.set(failureMessage(err));
    return of(fallback);
  }
}
