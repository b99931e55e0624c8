import { button, play, visibleButtons } from './jsdom-player';

const QUIZ = 'H5P.LcPracticeQuiz-1.1';
const params = {
  title: 'Account safety',
  lang: 'en',
  passPercent: 60,
  questions: [
    {
      type: 'single',
      text: 'Which password is strongest?',
      options: [
        { text: '123456', correct: false, feedback: 'Guessed first.' },
        { text: 'Ntc2cm!-Hoa-Sen', correct: true },
      ],
    },
    {
      type: 'multiple',
      text: 'What protects your account?',
      options: [
        { text: 'Two-step sign-in', correct: true },
        { text: 'One password everywhere', correct: false },
        { text: 'Software updates', correct: true },
      ],
    },
    { type: 'truefalse', text: 'Banks ask for your one-time code.', correct: false },
  ],
};

function choose(container: Element, ...labels: string[]): void {
  for (const label of labels) {
    const row = Array.from(container.querySelectorAll('.h5p-lc-pq-option')).find(
      (node) => node.querySelector('label')?.firstChild?.textContent === label,
    );
    const input = row?.querySelector('input');
    if (!input) {
      throw new Error(`no answer "${label}"`);
    }
    input.checked = true;
  }
}

function answer(container: Element, ...labels: string[]): void {
  choose(container, ...labels);
  button(container, 'Check').click();
}

const legend = (container: Element) => container.querySelector('legend')?.textContent;

describe('H5P.LcPracticeQuiz', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('scores each question by its last check; sends answered for every check and completed at the end', () => {
    const { content, container, url, statements, verbs } = play(QUIZ, params);
    jest.runOnlyPendingTimers();

    answer(container, '123456');
    expect(visibleButtons(container)).toEqual(['Try again', 'Next question']);
    button(container, 'Try again').click();
    answer(container, 'Ntc2cm!-Hoa-Sen');
    button(container, 'Next question').click();
    answer(container, 'Two-step sign-in', 'Software updates');
    button(container, 'Next question').click();
    answer(container, 'True');
    button(container, 'See results').click();

    expect(verbs()).toEqual(['experienced', 'answered', 'answered', 'answered', 'answered', 'completed']);
    const [, wrong, right, multiple, trueFalse, completed] = statements();
    expect(wrong.object.id).toBe(`${url}?subContentId=question-1`);
    expect(wrong.context?.contextActivities?.parent).toEqual([{ id: url, objectType: 'Activity' }]);
    expect(wrong.context?.contextActivities?.category).toEqual([
      { id: 'http://h5p.org/libraries/H5P.LcPracticeQuiz-1.1', objectType: 'Activity' },
    ]);
    expect(wrong.object.definition).toMatchObject({
      interactionType: 'choice',
      correctResponsesPattern: ['1'],
      extensions: { 'http://h5p.org/x-api/h5p-subContentId': 'question-1' },
    });
    expect(wrong.result).toMatchObject({ score: { min: 0, max: 1, raw: 0 }, success: false, response: '0' });
    expect(right.result).toMatchObject({ score: { raw: 1, max: 1 }, success: true, completion: true, response: '1' });
    expect(multiple.object.definition.correctResponsesPattern).toEqual(['0[,]2']);
    expect(multiple.result).toMatchObject({ score: { raw: 1 }, response: '0[,]2' });
    expect(trueFalse.object.definition).toMatchObject({
      interactionType: 'true-false',
      correctResponsesPattern: ['false'],
    });
    expect(trueFalse.result).toMatchObject({ score: { raw: 0 }, success: false, response: 'true' });
    expect(completed.object.id).toBe(url);
    expect(completed.result).toMatchObject({
      score: { min: 0, max: 3, raw: 2 },
      completion: true,
      success: true,
    });
    expect([content.getScore(), content.getMaxScore(), content.getAnswerGiven?.()]).toEqual([2, 3, true]);
    expect(container.querySelector('.h5p-lc-pq-score')?.textContent).toBe(
      'You answered 2 of 3 questions correctly (67%).',
    );
  });

  it('reports through getXAPIData a compound answered statement with a child per question, sending nothing', () => {
    const { content, container, url, statements } = play(QUIZ, params);
    const data = content.getXAPIData?.();

    expect(statements()).toEqual([]);
    expect(data?.statement.verb.id).toBe('http://adlnet.gov/expapi/verbs/answered');
    expect(data?.statement.object.id).toBe(url);
    expect(data?.statement.object.definition).toMatchObject({
      interactionType: 'compound',
      type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
    });
    expect(data?.statement.result).toMatchObject({ score: { raw: 0, max: 3 }, completion: false, success: false });

    jest.runOnlyPendingTimers();
    answer(container, 'Ntc2cm!-Hoa-Sen');
    const sent = statements().length;
    const after = content.getXAPIData?.();

    expect(statements()).toHaveLength(sent);
    expect(after?.statement.result).toMatchObject({ score: { raw: 1, max: 3 }, completion: false });
    expect(after?.children?.map((child) => child.statement.object.id)).toEqual(
      [1, 2, 3].map((n) => `${url}?subContentId=question-${n}`),
    );
    const [first, second] = after?.children ?? [];
    const live = statements()[sent - 1];
    expect([first.statement.verb, first.statement.object, first.statement.context]).toEqual([
      live.verb,
      live.object,
      live.context,
    ]);
    expect(first.statement.result).toMatchObject({
      score: { raw: 1, max: 1 },
      success: true,
      completion: true,
      response: '1',
    });
    expect(second.statement.result).toMatchObject({
      score: { raw: 0, max: 1 },
      success: false,
      completion: false,
      response: '',
    });
  });

  it('keeps a state the player can save and takes it back: answers, question on screen, unchecked choice', () => {
    const first = play(QUIZ, params);
    answer(first.container, 'Ntc2cm!-Hoa-Sen');
    button(first.container, 'Next question').click();
    choose(first.container, 'Software updates');
    const state = first.content.getCurrentState();

    expect(state).toEqual({ answers: [[1], null, null], current: 1, selection: [2], finished: false });

    const again = play(QUIZ, params, state);
    jest.runOnlyPendingTimers();

    expect(legend(again.container)).toBe('What protects your account?');
    const inputs = Array.from(again.container.querySelectorAll('input'));
    expect(inputs.map((input) => [input.checked, input.disabled])).toEqual([
      [false, false],
      [false, false],
      [true, false],
    ]);
    expect(again.content.getScore()).toBe(1);
    expect(again.content.getAnswerGiven?.()).toBe(true);
    expect(again.content.getCurrentState()).toEqual(state);
    expect(again.verbs()).toEqual(['experienced']);

    answer(again.container, 'Two-step sign-in');
    expect(again.statements()[1].result).toMatchObject({ score: { raw: 1 }, response: '0[,]2' });
  });

  it('takes back a checked question with its verdict, and a finished quiz without reporting it again', () => {
    const checked = play(QUIZ, params, { answers: [[0], null, null], current: 0, selection: [], finished: false });

    expect(checked.container.querySelector('.h5p-lc-pq-feedback')?.className).toContain('is-wrong');
    expect(visibleButtons(checked.container)).toEqual(['Try again', 'Next question']);

    const finished = play(QUIZ, params, { answers: [[1], [0, 2], [1]], current: 2, selection: [], finished: true });
    jest.runOnlyPendingTimers();

    expect(finished.container.querySelector('.h5p-lc-pq-score')?.textContent).toBe(
      'You answered 3 of 3 questions correctly (100%).',
    );
    expect(visibleButtons(finished.container)).toEqual(['Start over']);
    expect(finished.verbs()).toEqual(['experienced']);
  });

  it('drops a saved state that no longer fits the questions', () => {
    const { content, container } = play(QUIZ, params, {
      answers: [[5], [0, 0], ['1'], [0]],
      current: 7,
      selection: [1],
      finished: 'yes',
    });

    expect(legend(container)).toBe('Which password is strongest?');
    expect(content.getAnswerGiven?.()).toBe(false);
    expect(content.getCurrentState()).toEqual({
      answers: [null, null, null],
      current: 0,
      selection: [1],
      finished: false,
    });
  });

  it('shows every question with its right answers and no buttons, and resetTask starts afresh', () => {
    const { content, container } = play(QUIZ, params);
    answer(container, '123456');
    content.showSolutions?.();

    expect(visibleButtons(container)).toEqual([]);
    const questions = container.querySelectorAll('.h5p-lc-pq-solution');
    expect(questions).toHaveLength(3);
    const rows = Array.from(questions[0].querySelectorAll('.h5p-lc-pq-option'));
    expect(rows.map((row) => [row.className, row.querySelector('input')?.checked, row.textContent])).toEqual([
      ['h5p-lc-pq-option is-wrong', true, '123456 ✗ (your choice, not correct)'],
      ['h5p-lc-pq-option is-solution', false, 'Ntc2cm!-Hoa-Sen ✓ (correct answer)'],
    ]);
    expect(questions[2].querySelector('.is-solution')?.textContent).toBe('False ✓ (correct answer)');

    content.resetTask?.();

    expect(legend(container)).toBe('Which password is strongest?');
    expect(visibleButtons(container)).toEqual(['Check']);
    expect([content.getScore(), content.getAnswerGiven?.()]).toEqual([0, false]);
    expect(content.getCurrentState()).toEqual({
      answers: [null, null, null],
      current: 0,
      selection: [],
      finished: false,
    });
  });
});
