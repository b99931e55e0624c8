import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormArray, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { TranslatePipe } from '@ngx-translate/core';
import { PROPOSAL_BOUNDS } from '@lc/shared-contracts';
import { OptionList, OptionListField, OptionListLabels } from '@lc/web-shared-ui/option-list';
import {
  MAX_OPTIONS,
  MIN_OPTIONS,
  ProposalForm,
  createAccepted,
  createPair,
  createProposalOption,
} from './proposal-form';
import { refreshOnFormEvents } from './refresh-on-form-events';

type FieldError = (index: number, control: string) => string | null;

const BILINGUAL: OptionListField[] = [
  { control: 'vi', label: 'itemBank.form.optionVi', lang: 'vi' },
  { control: 'en', label: 'itemBank.form.optionEn', lang: 'en' },
];
const PAIR_FIELDS: OptionListField[] = [
  { control: 'leftVi', label: 'itemBank.form.leftVi', lang: 'vi' },
  { control: 'leftEn', label: 'itemBank.form.leftEn', lang: 'en' },
  { control: 'rightVi', label: 'itemBank.form.rightVi', lang: 'vi' },
  { control: 'rightEn', label: 'itemBank.form.rightEn', lang: 'en' },
];

/** The answer part of the proposal form for every type but hotspot (ProposalRegionsField): options, steps, … */
@Component({
  selector: 'lp-proposal-key-fields',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    TranslatePipe,
    OptionList,
  ],
  templateUrl: './proposal-key-fields.html',
  styleUrl: './proposal-form-page.scss',
})
export class ProposalKeyFields {
  readonly form = input.required<ProposalForm>();
  /** The server's refusal of an option's (or step's) field, and of a pair's: shown beside it. */
  readonly optionError = input<FieldError | null>(null);
  readonly pairError = input<FieldError | null>(null);
  /** The server's refusal of the accepted answers as a whole (e.g. not numbers while "numeric" is ticked). */
  readonly acceptedError = input<string | null>(null);

  constructor() {
    refreshOnFormEvents(this.form);
  }

  protected readonly bounds = PROPOSAL_BOUNDS;
  protected readonly minOptions = MIN_OPTIONS;
  protected readonly maxOptions = MAX_OPTIONS;
  protected readonly bilingual = BILINGUAL;
  protected readonly pairFields = PAIR_FIELDS;
  protected readonly newOption = () => createProposalOption();
  protected readonly newPair = () => createPair();
  protected readonly optionLabels: OptionListLabels = {
    legend: 'itemBank.form.option',
    correct: 'itemBank.form.correct',
    correctLabel: 'itemBank.form.correctLabel',
    remove: 'itemBank.form.removeOption',
    removeLabel: 'itemBank.form.removeOptionLabel',
    add: 'itemBank.form.addOption',
    required: 'itemBank.form.required',
  };
  protected readonly stepLabels: OptionListLabels = {
    legend: 'itemBank.form.step',
    remove: 'itemBank.form.removeStep',
    removeLabel: 'itemBank.form.removeStepLabel',
    add: 'itemBank.form.addStep',
    required: 'itemBank.form.required',
  };
  protected readonly pairLabels: OptionListLabels = {
    legend: 'itemBank.form.pair',
    remove: 'itemBank.form.removePair',
    removeLabel: 'itemBank.form.removePairLabel',
    add: 'itemBank.form.addPair',
    required: 'itemBank.form.required',
  };

  protected addAccepted(): void {
    const list = this.form().controls.accepted;
    if (list.length < PROPOSAL_BOUNDS.accepted.max) list.push(createAccepted());
  }

  protected removeAccepted(index: number): void {
    const list = this.form().controls.accepted;
    if (list.length > 1) list.removeAt(index);
  }

  /** The option list edits any list of groups; the typed arrays are such lists. */
  protected asGroups(list: FormArray): FormArray<FormGroup> {
    return list as FormArray<FormGroup>;
  }
}
