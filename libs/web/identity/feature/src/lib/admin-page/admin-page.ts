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
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
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
import { AdminStore } from '@lc/web-identity-data-access';
import { UiText, translateText } from '@lc/web-shared-data-access';
import { ErrorBanner, PageHeading } from '@lc/web-shared-ui';
import { ConfirmDialog, ConfirmDialogData } from '@lc/web-shared-ui/dialog';
import { distinctUntilChanged, firstValueFrom } from 'rxjs';
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
  providers: [AdminStore],
  templateUrl: './admin-page.html',
  styleUrl: './admin-page.scss',
})
export class AdminPage {
  protected readonly store = inject(AdminStore);
  protected readonly ui = inject(UiText);
  private readonly translate = inject(TranslateService);
  private readonly dialog = inject(MatDialog);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly roles = ROLES;

  /** The city is the parent of every commune; a grant there covers them all. */
  protected readonly grantAreas = computed<Area[]>(() => {
    const communes = this.store.communes();
    const cityId = communes[0]?.parentId;
    if (!cityId) return communes;
    const city: Area = {
      id: cityId,
      code: '',
      name: translateText(this.translate, 'identity.admin.wholeCity'),
      kind: 'province',
      unitType: '',
      parentId: null,
    };
    return [city, ...communes];
  });

  protected readonly searchForm = this.fb.group({ q: ['', Validators.required] });
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
  protected readonly groupForm = this.fb.group({ name: ['', [Validators.required, Validators.maxLength(120)]] });

  constructor() {
    effect(() => (this.accountConfirm()?.nativeElement as HTMLElement | undefined)?.focus());
    this.groupCommune.valueChanges
      .pipe(distinctUntilChanged(), takeUntilDestroyed(inject(DestroyRef)))
      .subscribe(
        (commune) => void this.store.chooseGroupCommune(commune && typeof commune === 'object' ? commune.id : null),
      );
  }

  protected async search(): Promise<void> {
    if (this.searchForm.invalid) return this.searchForm.markAllAsTouched();
    await this.store.search(this.searchForm.getRawValue().q.trim());
  }

  protected choose(user: UserSummary): void {
    this.store.select(user);
    this.grantForm.reset();
  }

  protected async grant(): Promise<void> {
    const user = this.store.selected();
    if (!user || this.grantForm.invalid) return this.grantForm.markAllAsTouched();
    const { role, area } = this.grantForm.getRawValue();
    if (await this.store.grant(user, { role: role as Role, areaId: (area as Area).id })) this.grantForm.reset();
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
    const t = (key: string, params?: object) => translateText(this.translate, `identity.admin.${key}`, params);
    const role = translateText(this.translate, `identity.role.${grant.role}`);
    const data: ConfirmDialogData = {
      title: t('revokeConfirmTitle'),
      message: t('revokeConfirmMessage', { role, name: user.fullName, area: grant.areaName }),
      confirmLabel: t('confirmRevoke'),
      cancelLabel: translateText(this.translate, 'shared.cancel'),
    };
    const confirmed = await firstValueFrom(this.dialog.open(ConfirmDialog, { data }).afterClosed());
    if (!confirmed) return;
    if (await this.store.revoke(user, grant, reason)) this.revoking.set(null);
  }

  protected startAccountAction(user: UserSummary, kind: 'end' | 'disable'): void {
    this.disableForm.reset();
    this.accountAction.set({ userId: user.id, kind });
  }

  protected cancelAccountAction(): void {
    this.accountAction.set(null);
  }

  protected async endSessions(user: UserSummary): Promise<void> {
    if (await this.store.endSessions(user)) this.accountAction.set(null);
  }

  protected async disable(user: UserSummary): Promise<void> {
    if (this.disableForm.invalid) return this.disableForm.markAllAsTouched();
    const reason = this.disableForm.getRawValue().reason.trim();
    if (await this.store.disable(user, reason)) this.accountAction.set(null);
  }

  /** Harmless to the person (no password or session changes), so no confirmation: it only lets them try again. */
  protected async unlockSignIn(user: UserSummary): Promise<void> {
    await this.store.unlockSignIn(user);
  }

  protected async enable(user: UserSummary): Promise<void> {
    await this.store.enable(user);
  }

  protected async addGroup(): Promise<void> {
    const commune = this.groupCommune.value;
    if (!commune || typeof commune !== 'object' || this.groupForm.invalid) {
      this.groupCommune.markAsTouched();
      return this.groupForm.markAllAsTouched();
    }
    const name = this.groupForm.getRawValue().name.trim();
    if (await this.store.addGroup(commune.id, name)) this.groupForm.reset();
  }
}
