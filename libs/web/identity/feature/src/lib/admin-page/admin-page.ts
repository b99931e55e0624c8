import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  computed,
  effect,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatTabsModule } from '@angular/material/tabs';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { Area, ROLES, Role, RoleGrant, UserSummary } from '@lc/shared-contracts';
import { AdminApi, AreasApi } from '@lc/web-identity-data-access';
import { apiErrorMessage } from '@lc/web-shared-data-access';
import { ErrorBanner, PageHeading } from '@lc/web-shared-ui';
import { ConfirmDialog, ConfirmDialogData } from '@lc/web-shared-ui/dialog';
import { catchError, distinctUntilChanged, firstValueFrom, of, switchMap } from 'rxjs';
import { AreaAutocomplete, areaSelected } from '../area-autocomplete/area-autocomplete';
import { CommuneContactEditor } from '../commune-contact-editor/commune-contact-editor';

@Component({
  selector: 'lp-admin-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatTabsModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    TranslatePipe,
    DatePipe,
    PageHeading,
    ErrorBanner,
    AreaAutocomplete,
    CommuneContactEditor,
  ],
  templateUrl: './admin-page.html',
  styleUrl: './admin-page.scss',
})
export class AdminPage {
  private readonly adminApi = inject(AdminApi);
  private readonly areasApi = inject(AreasApi);
  private readonly translate = inject(TranslateService);
  private readonly dialog = inject(MatDialog);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly roles = ROLES;
  protected readonly error = signal<string | null>(null);
  protected readonly status = signal<string | null>(null);
  protected readonly busy = signal(false);

  protected readonly communes = toSignal(this.areasApi.communes().pipe(catchError((err) => this.fail(err, []))), {
    initialValue: [] as Area[],
  });
  /** The city is the parent of every commune; a grant there covers them all. */
  protected readonly grantAreas = computed<Area[]>(() => {
    const communes = this.communes();
    const cityId = communes[0]?.parentId;
    if (!cityId) return communes;
    const city: Area = {
      id: cityId,
      code: '',
      name: this.translate.instant('identity.admin.wholeCity'),
      kind: 'province',
      unitType: '',
      parentId: null,
    };
    return [city, ...communes];
  });

  protected readonly searchForm = this.fb.group({ q: ['', Validators.required] });
  protected readonly users = signal<UserSummary[] | null>(null);
  protected readonly selected = signal<UserSummary | null>(null);
  protected readonly grantForm = this.fb.group({
    role: new FormControl<Role | null>(null, Validators.required),
    area: new FormControl<Area | string | null>(null, [Validators.required, areaSelected]),
  });

  /** The grant whose revocation is being written: revoking needs a reason, which stays on record. */
  protected readonly revoking = signal<RoleGrant | null>(null);
  protected readonly revokeForm = this.fb.group({
    reason: ['', [Validators.required, Validators.minLength(5), Validators.maxLength(2000)]],
  });

  /** An action on a person's account waiting for the admin's confirmation (and, to disable, a reason). */
  protected readonly accountAction = signal<{ userId: string; kind: 'end' | 'disable' } | null>(null);
  protected readonly disableForm = this.fb.group({
    reason: ['', [Validators.required, Validators.minLength(5), Validators.maxLength(2000)]],
  });
  /** The reason field or the confirm button: keyboard users land on it when the confirmation opens. */
  private readonly accountConfirm = viewChild('accountConfirm', { read: ElementRef });

  protected readonly groupCommune = new FormControl<Area | string | null>(null, [Validators.required, areaSelected]);
  protected readonly groups = signal<Area[] | null>(null);
  protected readonly groupForm = this.fb.group({ name: ['', [Validators.required, Validators.maxLength(120)]] });

  constructor() {
    effect(() => (this.accountConfirm()?.nativeElement as HTMLElement | undefined)?.focus());
    this.groupCommune.valueChanges
      .pipe(
        distinctUntilChanged(),
        switchMap((commune) => {
          this.groups.set(null);
          if (!commune || typeof commune !== 'object') return of(null);
          return this.areasApi.groups(commune.id).pipe(catchError((err) => this.fail(err, null)));
        }),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((groups) => this.groups.set(groups));
  }

  protected async search(): Promise<void> {
    if (this.searchForm.invalid) return this.searchForm.markAllAsTouched();
    await this.run(async () => {
      this.users.set(await firstValueFrom(this.adminApi.searchUsers(this.searchForm.getRawValue().q.trim())));
      this.selected.set(null);
    });
  }

  protected choose(user: UserSummary): void {
    this.selected.set(user);
    this.grantForm.reset();
  }

  protected async grant(): Promise<void> {
    const user = this.selected();
    if (!user || this.grantForm.invalid) return this.grantForm.markAllAsTouched();
    const { role, area } = this.grantForm.getRawValue();
    await this.run(async () => {
      const grant = await firstValueFrom(
        this.adminApi.grantRole({ userId: user.id, role: role as Role, areaId: (area as Area).id }),
      );
      this.updateUser(user.id, (roles) => [...roles, grant]);
      this.grantForm.reset();
      this.status.set(this.translate.instant('identity.admin.granted'));
    });
  }

  protected startRevoke(grant: RoleGrant): void {
    this.revokeForm.reset();
    this.revoking.set(grant);
  }

  protected cancelRevoke(): void {
    this.revoking.set(null);
  }

  /** Takes effect at once, so it waits for a "yes" to a question naming the person, role and area. */
  protected async revoke(user: UserSummary, grant: RoleGrant): Promise<void> {
    if (this.revokeForm.invalid) return this.revokeForm.markAllAsTouched();
    const reason = this.revokeForm.getRawValue().reason.trim();
    const t = (key: string, params?: object) => this.translate.instant(`identity.admin.${key}`, params) as string;
    const role = this.translate.instant(`identity.role.${grant.role}`) as string;
    const data: ConfirmDialogData = {
      title: t('revokeConfirmTitle'),
      message: t('revokeConfirmMessage', { role, name: user.fullName, area: grant.areaName }),
      confirmLabel: t('confirmRevoke'),
      cancelLabel: this.translate.instant('shared.cancel') as string,
    };
    const confirmed = await firstValueFrom(this.dialog.open(ConfirmDialog, { data }).afterClosed());
    if (!confirmed) return;
    await this.run(async () => {
      await firstValueFrom(this.adminApi.revokeGrant(grant.id, { reason }));
      this.revoking.set(null);
      this.updateUser(user.id, (roles) => roles.filter((g) => g.id !== grant.id));
      this.status.set(this.translate.instant('identity.admin.revoked'));
    });
  }

  protected startAccountAction(user: UserSummary, kind: 'end' | 'disable'): void {
    this.disableForm.reset();
    this.accountAction.set({ userId: user.id, kind });
  }

  protected cancelAccountAction(): void {
    this.accountAction.set(null);
  }

  protected async endSessions(user: UserSummary): Promise<void> {
    await this.run(async () => {
      await firstValueFrom(this.adminApi.endSessions(user.id));
      this.accountAction.set(null);
      this.status.set(this.translate.instant('identity.admin.sessionsEnded', { name: user.fullName }));
    });
  }

  protected async disable(user: UserSummary): Promise<void> {
    if (this.disableForm.invalid) return this.disableForm.markAllAsTouched();
    const reason = this.disableForm.getRawValue().reason.trim();
    await this.run(async () => {
      this.replaceUser(await firstValueFrom(this.adminApi.disableAccount(user.id, { reason })));
      this.accountAction.set(null);
      this.status.set(this.translate.instant('identity.admin.disabledDone', { name: user.fullName }));
    });
  }

  /** Harmless to the person (no password or session changes), so no confirmation: it only lets them try again. */
  protected async unlockSignIn(user: UserSummary): Promise<void> {
    await this.run(async () => {
      await firstValueFrom(this.adminApi.unlockSignIn(user.id));
      this.status.set(this.translate.instant('identity.admin.unlockedDone', { name: user.fullName }));
    });
  }

  protected async enable(user: UserSummary): Promise<void> {
    await this.run(async () => {
      this.replaceUser(await firstValueFrom(this.adminApi.enableAccount(user.id)));
      this.status.set(this.translate.instant('identity.admin.enabledDone', { name: user.fullName }));
    });
  }

  protected async addGroup(): Promise<void> {
    const commune = this.groupCommune.value;
    if (!commune || typeof commune !== 'object' || this.groupForm.invalid) {
      this.groupCommune.markAsTouched();
      return this.groupForm.markAllAsTouched();
    }
    const name = this.groupForm.getRawValue().name.trim();
    await this.run(async () => {
      const group = await firstValueFrom(this.areasApi.createGroup(commune.id, { name }));
      this.groups.update((groups) => [...(groups ?? []), group]);
      this.groupForm.reset();
      this.status.set(this.translate.instant('identity.admin.groupAdded', { name: group.name }));
    });
  }

  private updateUser(userId: string, change: (roles: RoleGrant[]) => RoleGrant[]): void {
    const patch = (u: UserSummary) => (u.id === userId ? { ...u, roles: change(u.roles) } : u);
    this.users.update((users) => users?.map(patch) ?? null);
    this.selected.update((u) => (u ? patch(u) : u));
  }

  private replaceUser(summary: UserSummary): void {
    this.users.update((users) => users?.map((u) => (u.id === summary.id ? summary : u)) ?? null);
    this.selected.update((u) => (u?.id === summary.id ? summary : u));
  }

  private async run(action: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    this.status.set(null);
    try {
      await action();
    } catch (err) {
      this.error.set(apiErrorMessage(err, this.translate));
    } finally {
      this.busy.set(false);
    }
  }

  private fail<T>(err: unknown, fallback: T) {
    this.error.set(apiErrorMessage(err, this.translate));
    return of(fallback);
  }
}
