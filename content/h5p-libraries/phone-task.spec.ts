import { button, play, visibleButtons } from './jsdom-player';

const TASK = 'H5P.LcPhoneTask-1.1';
const params = {
  title: 'Open the settings',
  lang: 'en',
  steps: [
    {
      instruction: 'Tap Settings',
      image: 'images/home.svg',
      imageWidth: 360,
      imageHeight: 640,
      alt: 'Home screen',
      hotspot: { x: 36, y: 64, width: 72, height: 128 },
      hint: 'The gear icon',
    },
    {
      instruction: 'Tap Wi-Fi',
      image: 'images/settings.svg',
      alt: 'Settings',
      hotspot: { x: 0, y: 320, width: 360, height: 64 },
    },
  ],
};

const hotspot = (container: Element) => container.querySelector<HTMLButtonElement>('.h5p-lc-pt-hotspot');
const stage = (container: Element) => container.querySelector<HTMLElement>('.h5p-lc-pt-stage');
const instruction = (container: Element) => container.querySelector('.h5p-lc-pt-instruction')?.textContent;

describe('H5P.LcPhoneTask', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('scores a step 1 when hit first time, and sends answered per step and completed at the end', () => {
    const { content, container, url, statements, verbs } = play(TASK, params);
    jest.runOnlyPendingTimers();

    hotspot(container)?.click();
    stage(container)?.click();
    jest.runOnlyPendingTimers();
    expect(container.querySelector('.h5p-lc-pt-feedback')?.textContent).toBe('Not there, try again.');
    hotspot(container)?.click();

    expect(verbs()).toEqual(['experienced', 'answered', 'answered', 'completed']);
    const [, first, second, completed] = statements();
    expect(first.object.id).toBe(`${url}?subContentId=step-1`);
    expect(first.object.definition).toMatchObject({ name: { 'en-US': 'Tap Settings' }, interactionType: 'other' });
    expect(first.context?.contextActivities?.parent).toEqual([{ id: url, objectType: 'Activity' }]);
    expect(first.result).toMatchObject({ score: { min: 0, max: 1, raw: 1 }, success: true, completion: true });
    expect(second.result).toMatchObject({ score: { raw: 0 }, success: false, completion: true });
    expect(completed.context?.contextActivities?.category).toEqual([
      { id: 'http://h5p.org/libraries/H5P.LcPhoneTask-1.1', objectType: 'Activity' },
    ]);
    expect(completed.result).toMatchObject({ score: { min: 0, max: 2, raw: 1 }, success: true, completion: true });
    expect([content.getScore(), content.getMaxScore(), content.getAnswerGiven?.()]).toEqual([1, 2, true]);
    expect(visibleButtons(container)).toEqual(['Start over']);
  });

  it('reports through getXAPIData a compound answered statement with a child per step, sending nothing', () => {
    const { content, container, url, statements } = play(TASK, params);
    jest.runOnlyPendingTimers();
    hotspot(container)?.click();
    const sent = statements().length;

    const data = content.getXAPIData?.();

    expect(statements()).toHaveLength(sent);
    expect(data?.statement.verb.id).toBe('http://adlnet.gov/expapi/verbs/answered');
    expect(data?.statement.object.id).toBe(url);
    expect(data?.statement.object.definition.interactionType).toBe('compound');
    expect(data?.statement.result).toMatchObject({ score: { raw: 1, max: 2 }, completion: false, success: false });
    const [first, second] = data?.children ?? [];
    expect(first.statement.object).toEqual(statements()[sent - 1].object);
    expect(first.statement.result).toMatchObject({ score: { raw: 1 }, completion: true, success: true });
    expect(second.statement.object.id).toBe(`${url}?subContentId=step-2`);
    expect(second.statement.result).toMatchObject({ score: { raw: 0 }, completion: false, success: false });
  });

  it('keeps a state the player can save, and takes it back with the misses already made on the current step', () => {
    const first = play(TASK, params);
    hotspot(first.container)?.click();
    stage(first.container)?.click();
    const state = first.content.getCurrentState();

    expect(state).toEqual({ current: 1, misses: 1, firstTry: [true, null] });

    const again = play(TASK, params, state);
    jest.runOnlyPendingTimers();

    expect(instruction(again.container)).toBe('Tap Wi-Fi');
    expect(again.content.getCurrentState()).toEqual(state);
    expect(again.content.getScore()).toBe(1);
    hotspot(again.container)?.click();
    expect(again.verbs()).toEqual(['experienced', 'answered', 'completed']);
    expect(again.statements()[1].result).toMatchObject({ score: { raw: 0 } });
    expect(again.statements()[2].result).toMatchObject({ score: { raw: 1, max: 2 } });
  });

  it('takes back a finished task without reporting it again, and drops a state that does not fit', () => {
    const finished = play(TASK, params, { current: 1, misses: 0, firstTry: [true, true] });
    jest.runOnlyPendingTimers();

    expect(finished.container.querySelector('.h5p-lc-pt-done-text')?.textContent).toBe(
      'You have done every step. Steps right first time: 2 of 2.',
    );
    expect(finished.verbs()).toEqual(['experienced']);

    const odd = play(TASK, params, { current: 4, misses: -1, firstTry: ['yes', 1] });
    expect(instruction(odd.container)).toBe('Tap Settings');
    expect(odd.content.getCurrentState()).toEqual({ current: 0, misses: 0, firstTry: [null, null] });
  });

  it('shows where to tap on every step with nothing to press, and resetTask starts afresh', () => {
    const { content, container } = play(TASK, params);
    hotspot(container)?.click();
    content.showSolutions?.();

    expect(visibleButtons(container)).toEqual([]);
    expect(hotspot(container)).toBeNull();
    const targets = Array.from(container.querySelectorAll<HTMLElement>('.h5p-lc-pt-target'));
    expect(targets.map((t) => [t.style.left, t.style.top, t.style.width, t.style.height])).toEqual([
      ['10%', '10%', '20%', '20%'],
      ['0%', '50%', '100%', '10%'],
    ]);
    expect(
      Array.from(container.querySelectorAll('.h5p-lc-pt-solution .h5p-lc-pt-instruction'), (n) => n.textContent),
    ).toEqual(['Tap Settings', 'Tap Wi-Fi']);

    content.resetTask?.();

    expect(instruction(container)).toBe('Tap Settings');
    expect(visibleButtons(container)).toEqual(['Hint']);
    expect([content.getScore(), content.getAnswerGiven?.()]).toEqual([0, false]);
    expect(content.getCurrentState()).toEqual({ current: 0, misses: 0, firstTry: [null, null] });
    button(container, 'Hint').click();
    jest.runOnlyPendingTimers();
    expect(container.querySelector('.h5p-lc-pt-feedback')?.textContent).toBe('Hint: The gear icon');
  });
});
