/* global H5P */
var H5P = H5P || {};

/**
 * H5P.LcPracticeQuiz: single-choice, multiple-choice and true/false questions,
 * one at a time, with feedback, a retry per question, a summary and a full restart.
 * A question's score is that of its last check, since retrying is part of practice.
 * It keeps H5P's question contract (score, solutions, reset, xAPI data for reports, and a
 * state the player can save and hand back as extras.previousState).
 */
H5P.LcPracticeQuiz = (function (EventDispatcher, Lc) {
  'use strict';

  var L10N = {
    vi: {
      progress: 'Câu @current/@total',
      check: 'Kiểm tra',
      retry: 'Làm lại',
      next: 'Câu tiếp theo',
      showResults: 'Xem kết quả',
      restart: 'Làm lại từ đầu',
      trueLabel: 'Đúng',
      falseLabel: 'Sai',
      chooseOne: 'Chọn một đáp án.',
      chooseMany: 'Chọn tất cả các đáp án đúng.',
      noAnswer: 'Hãy chọn câu trả lời trước khi kiểm tra.',
      correct: 'Chính xác!',
      wrong: 'Chưa đúng.',
      wrongHint: 'Bạn có thể bấm "Làm lại" để thử lần nữa.',
      selectedCorrect: 'bạn đã chọn, đúng',
      selectedWrong: 'bạn đã chọn, chưa đúng',
      resultsTitle: 'Kết quả',
      score: 'Bạn trả lời đúng @score/@total câu (@percent%).',
      passed: 'Bạn đã đạt yêu cầu (cần từ @pass% trở lên).',
      failed: 'Bạn chưa đạt. Cần trả lời đúng từ @pass% trở lên. Hãy thử lại nhé!',
      questionCorrect: 'Đúng',
      questionWrong: 'Sai',
      noQuestions: 'Bài luyện tập này chưa có câu hỏi.',
      solutionsTitle: 'Đáp án',
      correctAnswer: 'đáp án đúng'
    },
    en: {
      progress: 'Question @current of @total',
      check: 'Check',
      retry: 'Try again',
      next: 'Next question',
      showResults: 'See results',
      restart: 'Start over',
      trueLabel: 'True',
      falseLabel: 'False',
      chooseOne: 'Choose one answer.',
      chooseMany: 'Choose all correct answers.',
      noAnswer: 'Please choose an answer before checking.',
      correct: 'Correct!',
      wrong: 'Not quite.',
      wrongHint: 'You can press "Try again" to have another go.',
      selectedCorrect: 'your choice, correct',
      selectedWrong: 'your choice, not correct',
      resultsTitle: 'Results',
      score: 'You answered @score of @total questions correctly (@percent%).',
      passed: 'You passed (@pass% or more needed).',
      failed: 'Not passed yet: you need @pass% or more. Try again!',
      questionCorrect: 'Correct',
      questionWrong: 'Wrong',
      noQuestions: 'This practice has no questions yet.',
      solutionsTitle: 'Answers',
      correctAnswer: 'correct answer'
    }
  };

  var instanceCount = 0;
  var el = Lc.el;
  var format = Lc.format;

  function normalizeQuestion(question, l10n) {
    var q = question || {};
    var type = q.type === 'multiple' || q.type === 'truefalse' ? q.type : 'single';
    var options = type === 'truefalse' ?
      [{ text: l10n.trueLabel, correct: q.correct === true }, { text: l10n.falseLabel, correct: q.correct !== true }] :
      (Array.isArray(q.options) ? q.options : []).map(function (option) {
        var o = option || {};
        return { text: String(o.text || ''), correct: o.correct === true, feedback: o.feedback };
      });
    return {
      type: type,
      text: String(q.text || ''),
      options: options,
      feedbackCorrect: q.feedbackCorrect,
      feedbackWrong: q.feedbackWrong
    };
  }

  function isRight(question, selected) {
    return question.type === 'multiple' ?
      question.options.every(function (option, j) { return option.correct === (selected.indexOf(j) !== -1); }) :
      question.options[selected[0]].correct;
  }

  function isIndex(value, length) {
    return typeof value === 'number' && value === Math.floor(value) && value >= 0 && value < length;
  }

  /** A saved selection (option indexes), or null when it does not fit the question as it is now. */
  function readSelection(value, question) {
    if (!Array.isArray(value) || !value.length || (question.type !== 'multiple' && value.length !== 1)) {
      return null;
    }
    var fits = value.every(function (j, k) {
      return isIndex(j, question.options.length) && value.indexOf(j) === k;
    });
    return fits ? value.slice().sort(function (a, b) { return a - b; }) : null;
  }

  /**
   * Lc.answeredEvent without its 'experienced' side effect, which a report must not have.
   * LcCommon stays at 1.1.0 so that this patch also runs beside an older installed copy of it.
   */
  function quietAnsweredEvent(instance, subContentId) {
    var quiet = Object.create(instance);
    quiet.sendExperienced = function () {};
    return Lc.answeredEvent(quiet, subContentId);
  }

  function PracticeQuiz(params, contentId, extras) {
    var self = this;
    EventDispatcher.call(this);
    Lc.setup(this, params, contentId, extras, L10N);
    var pass = parseFloat(this.params.passPercent);
    this.passPercent = isFinite(pass) ? Math.min(100, Math.max(0, pass)) : 60;
    this.questions = (Array.isArray(this.params.questions) ? this.params.questions : []).map(function (q) {
      return normalizeQuestion(q, self.l10n);
    });
    this.uid = 'h5p-lc-pq-' + Lc.idPart(contentId) + '-' + (++instanceCount);
    this.results = [];
    this.current = 0;
    this.finished = false;
    this.pendingSelection = [];
    this.solutionsShown = false;
    this.restore(this.extras.previousState);
  }

  PracticeQuiz.prototype = Object.create(EventDispatcher.prototype);
  PracticeQuiz.prototype.constructor = PracticeQuiz;

  PracticeQuiz.prototype.attach = Lc.attach;
  /** 'experienced' goes out once the content is first on screen. */
  PracticeQuiz.prototype.watchShown = Lc.watchShown;
  PracticeQuiz.prototype.sendExperienced = Lc.sendExperienced;
  PracticeQuiz.prototype.notifyResize = Lc.notifyResize;

  /**
   * Takes back a state from getCurrentState. The state comes from storage, so whatever no longer
   * fits the questions is dropped rather than trusted.
   */
  PracticeQuiz.prototype.restore = function (state) {
    var self = this;
    if (!state || typeof state !== 'object' || !this.questions.length) {
      return;
    }
    var answers = Array.isArray(state.answers) ? state.answers : [];
    this.questions.forEach(function (question, i) {
      var selected = readSelection(answers[i], question);
      if (selected) {
        self.results[i] = { correct: isRight(question, selected), selected: selected };
      }
    });
    this.current = isIndex(state.current, this.questions.length) ? state.current : 0;
    this.finished = state.finished === true;
    if (!this.results[this.current]) {
      this.pendingSelection = readSelection(state.selection, this.questions[this.current]) || [];
    }
  };

  PracticeQuiz.prototype.render = function () {
    var self = this;
    var root = el('section', 'h5p-lc h5p-lc-pq');
    root.setAttribute('lang', this.lang);
    if (this.params.title) {
      root.appendChild(el('h2', 'h5p-lc-pq-title', this.params.title));
    }
    this.body = el('div', 'h5p-lc-pq-body');
    this.feedback = Lc.liveRegion('div', 'h5p-lc-pq-feedback');
    var buttons = el('div', 'h5p-lc-pq-buttons');
    this.buttons = {
      check: Lc.button(this.l10n.check, 'primary', function () { self.check(); }),
      retry: Lc.button(this.l10n.retry, 'secondary', function () { self.retry(); }),
      next: Lc.button(this.l10n.next, 'primary', function () { self.next(); }),
      restart: Lc.button(this.l10n.restart, 'primary', function () { self.restart(); })
    };
    Object.keys(this.buttons).forEach(function (key) {
      buttons.appendChild(self.buttons[key]);
    });
    root.appendChild(this.body);
    root.appendChild(this.feedback);
    root.appendChild(buttons);
    this.activityStartTime = Date.now();
    if (!this.questions.length) {
      this.body.appendChild(el('p', null, this.l10n.noQuestions));
      this.showButtons([]);
    }
    else if (this.finished) {
      this.showSummary(true);
    }
    else {
      this.renderQuestion(this.current);
    }
    if (this.solutionsShown) {
      this.paintSolutions();
    }
    return root;
  };

  PracticeQuiz.prototype.showButtons = function (visible) {
    var buttons = this.buttons;
    Object.keys(buttons).forEach(function (key) {
      buttons[key].hidden = visible.indexOf(key) === -1;
    });
  };

  /** Shows a question as it was left: unanswered, with a choice made but not checked, or checked. */
  PracticeQuiz.prototype.renderQuestion = function (index) {
    var question = this.questions[index];
    var multiple = question.type === 'multiple';
    var prefix = this.uid + '-q' + index;
    var result = this.results[index];
    var selected = result ? result.selected : this.pendingSelection;
    this.current = index;
    this.finished = false;
    this.pendingSelection = [];
    this.body.textContent = '';
    this.feedback.textContent = '';

    this.progress = el('p', 'h5p-lc-pq-progress',
      format(this.l10n.progress, { current: index + 1, total: this.questions.length }));
    this.progress.tabIndex = -1;
    this.body.appendChild(this.progress);

    var fieldset = el('fieldset', 'h5p-lc-pq-question');
    fieldset.appendChild(el('legend', 'h5p-lc-pq-legend', question.text));
    var instruction = el('p', 'h5p-lc-pq-instruction', multiple ? this.l10n.chooseMany : this.l10n.chooseOne);
    instruction.id = prefix + '-instruction';
    fieldset.setAttribute('aria-describedby', instruction.id);
    fieldset.appendChild(instruction);

    this.optionNodes = question.options.map(function (option, j) {
      var row = el('div', 'h5p-lc-pq-option');
      var input = el('input');
      input.type = multiple ? 'checkbox' : 'radio';
      input.name = prefix;
      input.id = prefix + '-o' + j;
      input.value = String(j);
      input.checked = selected.indexOf(j) !== -1;
      var label = el('label', null, option.text);
      label.htmlFor = input.id;
      var mark = el('span', 'h5p-lc-pq-mark');
      label.appendChild(mark);
      row.appendChild(input);
      row.appendChild(label);
      fieldset.appendChild(row);
      return { row: row, input: input, mark: mark };
    });
    this.body.appendChild(fieldset);
    if (result) {
      this.showChecked();
    }
    else {
      this.showButtons(['check']);
    }
    this.notifyResize();
  };

  PracticeQuiz.prototype.selectedIndexes = function () {
    var selected = [];
    this.optionNodes.forEach(function (node, j) {
      if (node.input.checked) {
        selected.push(j);
      }
    });
    return selected;
  };

  PracticeQuiz.prototype.check = function () {
    var selected = this.selectedIndexes();
    if (!selected.length) {
      this.setFeedback('is-info', this.l10n.noAnswer, []);
      return;
    }
    var correct = isRight(this.questions[this.current], selected);
    this.results[this.current] = { correct: correct, selected: selected };
    this.showChecked();
    (correct ? this.buttons.next : this.buttons.retry).focus();
    this.sendAnswered(this.current);
    this.notifyResize();
  };

  /** The verdict of the current question's last check: marks, feedback and the buttons that follow. */
  PracticeQuiz.prototype.showChecked = function () {
    var question = this.questions[this.current];
    var result = this.results[this.current];
    var l10n = this.l10n;
    var lines = [result.correct ? question.feedbackCorrect : question.feedbackWrong];
    this.optionNodes.forEach(function (node, j) {
      node.input.disabled = true;
      if (result.selected.indexOf(j) === -1) {
        return;
      }
      var option = question.options[j];
      node.row.classList.add(option.correct ? 'is-correct' : 'is-wrong');
      node.mark.textContent = (option.correct ? ' ✓ ' : ' ✗ ') + '(' + (option.correct ? l10n.selectedCorrect : l10n.selectedWrong) + ')';
      if (option.feedback) {
        lines.push('“' + option.text + '”: ' + option.feedback);
      }
    });
    if (!result.correct) {
      lines.push(l10n.wrongHint);
    }
    this.setFeedback(result.correct ? 'is-correct' : 'is-wrong', result.correct ? l10n.correct : l10n.wrong, lines);

    var last = this.current === this.questions.length - 1;
    this.buttons.next.textContent = last ? l10n.showResults : l10n.next;
    this.showButtons(result.correct ? ['next'] : ['retry', 'next']);
  };

  PracticeQuiz.prototype.setFeedback = function (kind, verdict, lines) {
    this.feedback.textContent = '';
    this.feedback.className = 'h5p-lc-pq-feedback ' + kind;
    this.feedback.appendChild(el('p', 'h5p-lc-pq-verdict', verdict));
    lines.forEach(function (line) {
      if (line) {
        this.feedback.appendChild(el('p', null, line));
      }
    }, this);
    this.notifyResize();
  };

  PracticeQuiz.prototype.retry = function () {
    this.results[this.current] = undefined;
    this.renderQuestion(this.current);
    this.optionNodes[0].input.focus();
  };

  PracticeQuiz.prototype.next = function () {
    if (this.current < this.questions.length - 1) {
      this.renderQuestion(this.current + 1);
      this.progress.focus();
    }
    else {
      this.showSummary(false);
    }
  };

  PracticeQuiz.prototype.passed = function (score) {
    return score * 100 >= this.passPercent * this.questions.length;
  };

  /** restoring: the summary of an attempt already reported, so nothing is sent and focus stays put. */
  PracticeQuiz.prototype.showSummary = function (restoring) {
    var self = this;
    var total = this.questions.length;
    var score = this.getScore();
    var percent = Math.round(score * 100 / total);
    var success = this.passed(score);
    this.finished = true;
    this.body.textContent = '';
    this.feedback.textContent = '';
    this.feedback.className = 'h5p-lc-pq-feedback';

    var heading = el('h3', 'h5p-lc-pq-results-title', this.l10n.resultsTitle);
    heading.tabIndex = -1;
    this.body.appendChild(heading);
    this.body.appendChild(el('p', 'h5p-lc-pq-score', format(this.l10n.score, { score: score, total: total, percent: percent })));
    this.body.appendChild(el('p', 'h5p-lc-pq-verdict-final ' + (success ? 'is-correct' : 'is-wrong'),
      format(success ? this.l10n.passed : this.l10n.failed, { pass: this.passPercent })));
    var list = el('ol', 'h5p-lc-pq-summary');
    this.questions.forEach(function (question, i) {
      var ok = !!(self.results[i] && self.results[i].correct);
      var item = el('li', ok ? 'is-correct' : 'is-wrong');
      item.appendChild(el('span', 'h5p-lc-pq-summary-mark', (ok ? '✓ ' : '✗ ') + (ok ? self.l10n.questionCorrect : self.l10n.questionWrong) + ': '));
      item.appendChild(document.createTextNode(question.text));
      list.appendChild(item);
    });
    this.body.appendChild(list);
    this.showButtons(['restart']);
    if (!restoring) {
      heading.focus();
      this.triggerXAPIScored(score, total, 'completed', true, success);
    }
    this.notifyResize();
  };

  PracticeQuiz.prototype.restart = function () {
    this.resetTask();
    this.progress.focus();
  };

  /** Every question with its right answers marked beside the learner's last checked choices. */
  PracticeQuiz.prototype.paintSolutions = function () {
    var self = this;
    var l10n = this.l10n;
    var total = this.questions.length;
    this.body.textContent = '';
    this.feedback.textContent = '';
    this.feedback.className = 'h5p-lc-pq-feedback';
    this.body.appendChild(el('h3', 'h5p-lc-pq-results-title', l10n.solutionsTitle));
    this.questions.forEach(function (question, i) {
      var selected = self.results[i] ? self.results[i].selected : [];
      var prefix = self.uid + '-s' + i;
      var fieldset = el('fieldset', 'h5p-lc-pq-question h5p-lc-pq-solution');
      fieldset.appendChild(el('legend', 'h5p-lc-pq-legend',
        format(l10n.progress, { current: i + 1, total: total }) + ': ' + question.text));
      question.options.forEach(function (option, j) {
        var chosen = selected.indexOf(j) !== -1;
        var kind = chosen ? (option.correct ? 'is-correct' : 'is-wrong') : (option.correct ? 'is-solution' : '');
        var row = el('div', 'h5p-lc-pq-option' + (kind ? ' ' + kind : ''));
        var input = el('input');
        input.type = question.type === 'multiple' ? 'checkbox' : 'radio';
        input.name = prefix;
        input.id = prefix + '-o' + j;
        input.checked = chosen;
        input.disabled = true;
        var label = el('label', null, option.text);
        label.htmlFor = input.id;
        var note = chosen ? (option.correct ? l10n.selectedCorrect : l10n.selectedWrong) :
          (option.correct ? l10n.correctAnswer : '');
        if (note) {
          label.appendChild(el('span', 'h5p-lc-pq-mark', (option.correct ? ' ✓ ' : ' ✗ ') + '(' + note + ')'));
        }
        row.appendChild(input);
        row.appendChild(label);
        fieldset.appendChild(row);
      });
      self.body.appendChild(fieldset);
    });
    this.showButtons([]);
    this.notifyResize();
  };

  /** The 'answered' statement of one question, shaped like H5P's own sub-content statements. */
  PracticeQuiz.prototype.questionEvent = function (index, quiet) {
    var question = this.questions[index];
    var result = this.results[index];
    var selected = result ? result.selected : [];
    var subContentId = 'question-' + (index + 1);
    var event = quiet ? quietAnsweredEvent(this, subContentId) : Lc.answeredEvent(this, subContentId);
    var statement = event.data.statement;
    var definition = statement.object.definition;
    definition.name = { 'en-US': question.text };
    definition.description = { 'en-US': question.text };
    definition.type = 'http://adlnet.gov/expapi/activities/cmi.interaction';
    var response;
    if (question.type === 'truefalse') {
      definition.interactionType = 'true-false';
      definition.correctResponsesPattern = [question.options[0].correct ? 'true' : 'false'];
      response = selected.length ? (selected[0] === 0 ? 'true' : 'false') : '';
    }
    else {
      definition.interactionType = 'choice';
      definition.choices = question.options.map(function (option, j) {
        return { id: String(j), description: { 'en-US': option.text } };
      });
      definition.correctResponsesPattern = [question.options.reduce(function (ids, option, j) {
        return option.correct ? ids.concat(String(j)) : ids;
      }, []).join('[,]')];
      response = selected.join('[,]');
    }
    var correct = !!(result && result.correct);
    event.setScoredResult(correct ? 1 : 0, 1, this, !!result, correct);
    statement.result.response = response;
    return event;
  };

  PracticeQuiz.prototype.sendAnswered = function (index) {
    this.trigger(this.questionEvent(index, false));
  };

  PracticeQuiz.prototype.getScore = function () {
    return this.results.filter(function (result) { return result && result.correct; }).length;
  };

  PracticeQuiz.prototype.getMaxScore = function () {
    return this.questions.length;
  };

  PracticeQuiz.prototype.getAnswerGiven = function () {
    return this.results.some(function (result) { return !!result; });
  };

  PracticeQuiz.prototype.showSolutions = function () {
    this.solutionsShown = true;
    if (this.root && this.questions.length) {
      this.paintSolutions();
    }
  };

  /** Back to the first question with nothing answered; focus is left to the caller. */
  PracticeQuiz.prototype.resetTask = function () {
    this.results = [];
    this.current = 0;
    this.finished = false;
    this.pendingSelection = [];
    this.solutionsShown = false;
    this.activityStartTime = Date.now();
    if (this.root && this.questions.length) {
      this.renderQuestion(0);
    }
  };

  /**
   * For reports (H5P's getXAPIData): the quiz as one compound 'answered' statement with a child
   * per question, built as the live statements are. Nothing is sent.
   */
  PracticeQuiz.prototype.getXAPIData = function () {
    var self = this;
    var event = this.createXAPIEventTemplate('answered');
    var definition = event.data.statement.object.definition;
    definition.description = { 'en-US': String(this.params.title || '') };
    definition.type = 'http://adlnet.gov/expapi/activities/cmi.interaction';
    definition.interactionType = 'compound';
    var score = this.getScore();
    var complete = this.questions.every(function (question, i) { return !!self.results[i]; });
    event.setScoredResult(score, this.getMaxScore(), this, complete, this.passed(score));
    return {
      statement: event.data.statement,
      children: this.questions.map(function (question, i) {
        return { statement: self.questionEvent(i, true).data.statement };
      })
    };
  };

  /**
   * What the player saves and hands back as extras.previousState: choices as option indexes, so
   * plain JSON. Always a state, even an empty one, so that a reset replaces the saved one.
   */
  PracticeQuiz.prototype.getCurrentState = function () {
    var self = this;
    var open = !this.finished && !this.results[this.current];
    var selection = [];
    if (open) {
      selection = this.optionNodes ? this.selectedIndexes() : this.pendingSelection.slice();
    }
    return {
      answers: this.questions.map(function (question, i) {
        return self.results[i] ? self.results[i].selected.slice() : null;
      }),
      current: this.current,
      selection: selection,
      finished: this.finished
    };
  };

  return PracticeQuiz;
})(H5P.EventDispatcher, H5P.LcCommon);
