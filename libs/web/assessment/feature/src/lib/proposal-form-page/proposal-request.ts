import { ItemPicture, ItemProposalRequest, LocalisedText } from '@lc/shared-contracts';
import { ProposalForm } from './proposal-form';
import { ProposalPictureForm } from './proposal-picture-form';

const both = (vi: string, en: string): LocalisedText => ({ vi: vi.trim(), en: en.trim() });

const toPicture = (p: ReturnType<ProposalPictureForm['getRawValue']>): ItemPicture => ({
  src: p.src,
  width: p.width,
  height: p.height,
  alt: both(p.altVi, p.altEn),
});

/** The fields of the form's type only, as the API takes them. */
function keyFields(form: ProposalForm): Partial<ItemProposalRequest> {
  const v = form.getRawValue();
  const options = v.options.map((o) => both(o.vi, o.en));
  switch (v.type) {
    case 'single_choice':
    case 'multiple_choice':
      return { options, correct: v.options.flatMap((o, i) => (o.correct ? [i] : [])) };
    case 'true_false':
      return { truth: v.truth };
    case 'short_answer':
      return {
        accepted: v.accepted.map((a) => a.trim()).filter(Boolean),
        numeric: v.numeric,
        ignoreToneMarks: v.ignoreToneMarks,
      };
    case 'ordering':
      return { options };
    case 'matching':
      return { pairs: v.pairs.map((p) => ({ left: both(p.leftVi, p.leftEn), right: both(p.rightVi, p.rightEn) })) };
    case 'hotspot':
      return {
        regions: v.regions.map((r) => ({
          x: Number(r.x),
          y: Number(r.y),
          width: Number(r.width),
          height: Number(r.height),
          label: both(r.labelVi, r.labelEn),
        })),
        correct: [v.rightRegion],
      };
  }
}

export function toProposalRequest(form: ProposalForm, revises?: string): ItemProposalRequest {
  const v = form.getRawValue();
  return {
    type: v.type,
    competence: v.competence,
    level: v.level,
    stem: both(v.stemVi, v.stemEn),
    ...keyFields(form),
    explanation: both(v.explanationVi, v.explanationEn),
    ...(v.picture.src ? { picture: toPicture(v.picture) } : {}),
    ...(revises ? { revises } : {}),
  };
}
