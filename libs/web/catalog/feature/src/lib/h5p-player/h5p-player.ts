// The package has no "types" entry: this brings in our declaration of its entry point for the dynamic import.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./h5p-standalone.d.ts" />
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  OnDestroy,
  afterNextRender,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import type { H5pUserDataGrant } from '@lc/shared-contracts';
import { H5pResumeStore } from '@lc/web-catalog-data-access';

interface XapiEvent {
  data: { statement: Record<string, unknown> };
}

interface H5PGlobal {
  externalDispatcher?: {
    on(type: 'xAPI', handler: (event: XapiEvent) => void): void;
    off(type: 'xAPI', handler: (event: XapiEvent) => void): void;
  };
}

/**
 * Plays an extracted H5P package with h5p-standalone and emits every xAPI statement it reports.
 * The player script loads on first use only (it is large); never render this in jsdom tests.
 */
@Component({
  selector: 'lp-h5p-player',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [H5pResumeStore],
  template: `
    @if (state() === 'loading') {
      <p role="status">{{ loadingText() }}</p>
    } @else if (state() === 'failed') {
      <p role="alert" class="h5p-player__error">{{ errorText() }}</p>
    }
    <div #host class="h5p-player__host" [attr.aria-label]="title()" role="region"></div>
  `,
  styles: `
    :host {
      display: block;
    }
    .h5p-player__host {
      width: 100%;
    }
    .h5p-player__error {
      color: var(--mat-sys-error);
    }
  `,
})
export class H5pPlayer implements OnDestroy {
  /** The package's base URL, e.g. /api/h5p/packages/<id>. */
  readonly basePath = input.required<string>();
  readonly title = input('');
  readonly loadingText = input('Đang mở bài học…');
  readonly errorText = input('Không mở được bài học này.');
  /** Set for a signed-in learner: the material whose state is saved and taken back, so it resumes where it was. */
  readonly stateMaterialId = input<string | null>(null);
  readonly xapi = output<Record<string, unknown>>();

  protected readonly state = signal<'loading' | 'ready' | 'failed'>('loading');
  private readonly host = viewChild.required<ElementRef<HTMLElement>>('host');
  private readonly resume = inject(H5pResumeStore);
  private dispatcher: H5PGlobal['externalDispatcher'] | null = null;
  private destroyed = false;
  private readonly onXapi = (event: XapiEvent) => {
    if (event?.data?.statement) this.xapi.emit(event.data.statement);
  };

  constructor() {
    afterNextRender(() => void this.start());
  }

  ngOnDestroy(): void {
    this.destroyed = true;
    this.dispatcher?.off('xAPI', this.onXapi);
  }

  private async start(): Promise<void> {
    try {
      const mod = (await import('h5p-standalone')) as unknown as { H5P?: unknown; default?: { H5P?: unknown } };
      const H5PCtor = (mod.H5P ?? mod.default?.H5P) as typeof import('h5p-standalone').H5P;
      const base = this.basePath().replace(/\/$/, '');
      const grant = await this.resume.load(this.stateMaterialId());
      await new H5PCtor(this.host().nativeElement, {
        ...(grant ? stateOptions(grant) : {}),
        h5pJsonPath: base,
        contentJsonPath: `${base}/content`,
        librariesPath: base,
        frameJs: '/h5p-standalone/frame.bundle.js',
        frameCss: '/h5p-standalone/styles/h5p.css',
        copyright: false,
        export: false,
        icon: false,
      });
      if (this.destroyed) return;
      // h5p-standalone sets window.H5P; all players on a page share one dispatcher, so the pages show one at a time.
      this.dispatcher = (globalThis as unknown as { H5P?: H5PGlobal }).H5P?.externalDispatcher ?? null;
      this.dispatcher?.on('xAPI', this.onXapi);
      this.state.set('ready');
    } catch (err) {
      console.error('H5P player failed', err);
      this.state.set('failed');
    }
  }
}

/**
 * H5P's core fetches a state only after it has built the content, too late to resume from: the saved state is
 * handed over up front, and the URL (carrying its own grant, as the iframe cannot send a token) takes the saves.
 */
function stateOptions(grant: H5pUserDataGrant) {
  return {
    saveFreq: grant.saveFreqSeconds,
    ...(grant.state ? { contentUserData: [{ state: grant.state }] } : {}),
    ajax: { contentUserDataUrl: `${grant.url}/:dataType/:subContentId` },
    // H5P's core needs a user to save for; our server knows who from the grant, so this names no one.
    user: { name: 'Learner', mail: 'learner@invalid.example' },
  };
}
