import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { Competence, CourseSummary, LevelBand } from '@lc/shared-contracts';
import { Lang, competenceLabel, levelBandName, pick } from '../catalog-format';

/** One course in a list: its title links to the course page. */
@Component({
  selector: 'lp-course-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatCardModule, RouterLink, TranslatePipe],
  templateUrl: './course-card.html',
  styleUrl: './course-card.scss',
})
export class CourseCard {
  readonly course = input.required<CourseSummary>();
  readonly lang = input<Lang>('vi');
  readonly competences = input<Map<string, Competence>>(new Map());
  readonly levelBands = input<LevelBand[] | null>(null);

  protected readonly title = computed(() => pick(this.course().title, this.lang()));
  protected readonly summary = computed(() => pick(this.course().summary, this.lang()));
  protected readonly band = computed(() => levelBandName(this.course().level, this.lang(), this.levelBands()));
  protected readonly competenceLabels = computed(() =>
    this.course().competences.map((code) => competenceLabel(code, this.lang(), this.competences())),
  );
}
