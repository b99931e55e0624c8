import { Signal, computed } from '@angular/core';
import { FormControl, FormRecord, Validators } from '@angular/forms';
import { Application, CriteriaItem, CriteriaSet, ItemEvidence, LocalisedText, Transition } from '@lc/shared-contracts';

export type Lang = 'vi' | 'en';

export interface CriteriaGroupView {
  code: string;
  name: LocalisedText;
  items: CriteriaItem[];
}

export type ScoresForm = FormRecord<FormControl<number | null>>;

export function localise(text: LocalisedText | null | undefined, lang: Lang): string {
  if (!text) return '';
  return lang === 'en' && text.en ? text.en : text.vi;
}

/** The criteria set's groups in order, each with its items. */
export function groupCriteria(set: CriteriaSet): CriteriaGroupView[] {
  return set.groups.map((group) => ({
    code: group.code,
    name: group.name,
    items: set.items.filter((item) => item.group === group.code),
  }));
}

/** What both the citizen's and the officer's page show of an application's criteria, in the current language. */
export function criteriaView(application: Signal<Application | null>, lang: Signal<Lang>) {
  return {
    groups: computed(() => {
      const app = application();
      return app ? groupCriteria(app.criteriaSet) : [];
    }),
    evidence: computed(() => evidenceByItem(application()?.evidence ?? [])),
    names: computed(() => {
      const current = lang();
      return Object.fromEntries(
        (application()?.criteriaSet.items ?? []).map((i) => [i.code, localise(i.text, current)]),
      );
    }),
  };
}

export function evidenceByItem(evidence: ItemEvidence[]): Partial<Record<string, ItemEvidence>> {
  return Object.fromEntries(evidence.map((entry) => [entry.itemCode, entry]));
}

/** A score as sent, or null for an item not scored yet (the record has no key for it). */
export function scoreOf(scores: Record<string, number>, code: string): number | null {
  return code in scores ? scores[code] : null;
}

export function scoreOptions(maxScore: number): number[] {
  return Array.from({ length: maxScore + 1 }, (_, i) => i);
}

/** Replaces the form's controls with one required 0..max score per item. */
export function resetScoresForm(form: ScoresForm, items: CriteriaItem[], scores: Record<string, number>): void {
  for (const name of Object.keys(form.controls)) form.removeControl(name, { emitEvent: false });
  for (const item of items) {
    const control = new FormControl<number | null>(scores[item.code] ?? null, [
      Validators.required,
      Validators.min(0),
      Validators.max(item.maxScore),
    ]);
    form.addControl(item.code, control, { emitEvent: false });
  }
  form.updateValueAndValidity();
}

/** The reason of the latest transition into a status, e.g. why it was returned. */
export function latestReason(transitions: Transition[], to: Transition['to']): string | null {
  const match = [...transitions].reverse().find((transition) => transition.to === to);
  return match?.reason ?? null;
}

const KNOWN_ROLES = ['citizen', 'verifier', 'approver', 'admin', 'system'];

/** A translation key for a role, or null when the role has no label (then shown as sent). */
export function roleKey(role: string): string | null {
  return KNOWN_ROLES.includes(role) ? `certification.roles.${role}` : null;
}
