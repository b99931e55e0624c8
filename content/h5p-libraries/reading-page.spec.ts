import { button, play } from './jsdom-player';

const PAGE = 'H5P.LcReadingPage-1.1';
const params = {
  title: 'Before you start',
  lang: 'en',
  blocks: [
    { type: 'heading', text: 'Your phone' },
    { type: 'paragraph', text: 'Keep it locked.' },
    { type: 'list', items: ['A PIN', 'A fingerprint'] },
    { type: 'tip', text: 'Six digits or more.' },
  ],
};

/** jsdom has no IntersectionObserver: this one lets a spec say when a node comes into view. */
class FakeIntersectionObserver {
  static all: FakeIntersectionObserver[] = [];
  private readonly nodes: Element[] = [];

  constructor(private readonly callback: (entries: { target: Element; isIntersecting: boolean }[]) => void) {
    FakeIntersectionObserver.all.push(this);
  }

  static show(node: Element): void {
    for (const observer of FakeIntersectionObserver.all.filter((o) => o.nodes.includes(node))) {
      observer.callback([{ target: node, isIntersecting: true }]);
    }
  }

  observe(node: Element): void {
    this.nodes.push(node);
  }

  disconnect(): void {
    this.nodes.length = 0;
  }
}

describe('H5P.LcReadingPage', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('is completed 1/1 by the finish button, once, and keeps only that as its state', () => {
    const { content, container, url, statements, verbs } = play(PAGE, params);
    jest.runOnlyPendingTimers();

    expect(content.getCurrentState()).toBeUndefined();
    expect(content.getScore()).toBe(0);

    button(container, 'I have finished reading').click();
    button(container, '✓ Finished reading').click();

    expect(verbs()).toEqual(['experienced', 'completed']);
    const completed = statements()[1];
    expect(completed.object.id).toBe(url);
    expect(completed.context?.contextActivities?.category).toEqual([
      { id: 'http://h5p.org/libraries/H5P.LcReadingPage-1.1', objectType: 'Activity' },
    ]);
    expect(completed.result).toMatchObject({ score: { min: 0, max: 1, raw: 1 }, success: true, completion: true });
    expect([content.getScore(), content.getMaxScore()]).toEqual([1, 1]);
    expect(content.getCurrentState()).toEqual({ completed: true });
  });

  it('is not completed by scrolling: the whole page in view only counts as experienced', () => {
    const observer = (window as unknown as { IntersectionObserver?: unknown }).IntersectionObserver;
    Object.assign(window, { IntersectionObserver: FakeIntersectionObserver });
    try {
      const { content, container, verbs } = play(PAGE, params);
      container.querySelectorAll('*').forEach((node) => FakeIntersectionObserver.show(node));
      jest.runOnlyPendingTimers();

      expect(verbs()).toEqual(['experienced']);
      expect(content.getScore()).toBe(0);
      expect(button(container, 'I have finished reading').getAttribute('aria-disabled')).toBeNull();
    } finally {
      Object.assign(window, { IntersectionObserver: observer });
    }
  });

  it('takes back a page already read without reporting it again', () => {
    const { content, container, verbs } = play(PAGE, params, { completed: true });
    jest.runOnlyPendingTimers();

    expect(container.querySelector('.h5p-lc-rp-status')?.textContent).toBe('You have completed this reading.');
    button(container, '✓ Finished reading').click();
    expect(verbs()).toEqual(['experienced']);
    expect(content.getScore()).toBe(1);
    expect(content.getCurrentState()).toEqual({ completed: true });
  });

  it('is not a question: it offers no answer, solutions or reset', () => {
    const { content } = play(PAGE, params, { completed: 'yes' });

    expect(content.getCurrentState()).toBeUndefined();
    expect([content.getAnswerGiven, content.showSolutions, content.resetTask, content.getXAPIData]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
