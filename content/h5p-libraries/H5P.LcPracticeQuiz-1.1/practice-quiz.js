/* global H5P */
var H5P = H5P || {};

/**
 * H5P.LcPracticeQuiz: single-choice, multiple-choice and true/false questions,
 * one at a time, with feedback, a retry per question, a summary and a full restart.
 * A question's score is that of its last check, since retrying is part of practice.
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
      noQuestions: 'Bài luyện tập này chưa có câu hỏi.'
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
      noQuestions: 'This practice has no questions yet.'
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
  }

  PracticeQuiz.prototype = Object.create(EventDispatcher.prototype);
  PracticeQuiz.prototype.constructor = PracticeQuiz;

  PracticeQuiz.prototype.attach = Lc.attach;
  /** 'experienced' goes out once the content is first on screen. */
  PracticeQuiz.prototype.watchShown = Lc.watchShown;
  PracticeQuiz.prototype.sendExperienced = Lc.sendExperienced;
  PracticeQuiz.prototype.notifyResize = Lc.notifyResize;

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
    if (this.questions.length) {
      this.renderQuestion(0);
    }
    else {
      this.body.appendChild(el('p', null, this.l10n.noQuestions));
      this.showButtons([]);
    }
    return root;
  };

  PracticeQuiz.prototype.showButtons = function (visible) {
    var buttons = this.buttons;
    Object.keys(buttons).forEach(function (key) {
      buttons[key].hidden = visible.indexOf(key) === -1;
    });
  };

  PracticeQuiz.prototype.renderQuestion = function (index) {
    var self = this;
    var question = this.questions[index];
    var multiple = question.type === 'multiple';
    var prefix = this.uid + '-q' + index;
    this.current = index;
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
    this.showButtons(['check']);
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
    var question = this.questions[this.current];
    var selected = this.selectedIndexes();
    if (!selected.length) {
      this.setFeedback('is-info', this.l10n.noAnswer, []);
      return;
    }
    var correct = question.type === 'multiple' ?
      question.options.every(function (option, j) { return option.correct === (selected.indexOf(j) !== -1); }) :
      question.options[selected[0]].correct;
    this.results[this.current] = { correct: correct, selected: selected };

    var lines = [correct ? question.feedbackCorrect : question.feedbackWrong];
    var l10n = this.l10n;
    this.optionNodes.forEach(function (node, j) {
      node.input.disabled = true;
      if (selected.indexOf(j) === -1) {
        return;
      }
      var option = question.options[j];
      node.row.classList.add(option.correct ? 'is-correct' : 'is-wrong');
      node.mark.textContent = (option.correct ? ' ✓ ' : ' ✗ ') + '(' + (option.correct ? l10n.selectedCorrect : l10n.selectedWrong) + ')';
      if (option.feedback) {
        lines.push('“' + option.text + '”: ' + option.feedback);
      }
    });
    if (!correct) {
      lines.push(this.l10n.wrongHint);
    }
    this.setFeedback(correct ? 'is-correct' : 'is-wrong', correct ? this.l10n.correct : this.l10n.wrong, lines);

    var last = this.current === this.questions.length - 1;
    this.buttons.next.textContent = last ? this.l10n.showResults : this.l10n.next;
    this.showButtons(correct ? ['next'] : ['retry', 'next']);
    (correct ? this.buttons.next : this.buttons.retry).focus();
    this.sendAnswered(this.current, selected, correct);
    this.notifyResize();
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
      this.showSummary();
    }
  };

  PracticeQuiz.prototype.showSummary = function () {
    var self = this;
    var total = this.questions.length;
    var score = this.getScore();
    var percent = Math.round(score * 100 / total);
    var success = score * 100 >= this.passPercent * total;
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
    heading.focus();
    this.triggerXAPIScored(score, total, 'completed', true, success);
    this.notifyResize();
  };

  PracticeQuiz.prototype.restart = function () {
    this.results = [];
    this.activityStartTime = Date.now();
    this.renderQuestion(0);
    this.progress.focus();
  };

  /** One statement per question, shaped like H5P's own sub-content statements. */
  PracticeQuiz.prototype.sendAnswered = function (index, selected, correct) {
    var question = this.questions[index];
    var event = Lc.answeredEvent(this, 'question-' + (index + 1));
    var statement = event.data.statement;
    var definition = statement.object.definition;
    definition.name = { 'en-US': question.text };
    definition.description = { 'en-US': question.text };
    definition.type = 'http://adlnet.gov/expapi/activities/cmi.interaction';
    var response;
    if (question.type === 'truefalse') {
      definition.interactionType = 'true-false';
      definition.correctResponsesPattern = [question.options[0].correct ? 'true' : 'false'];
      response = selected[0] === 0 ? 'true' : 'false';
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
    event.setScoredResult(correct ? 1 : 0, 1, this, true, correct);
    statement.result.response = response;
    this.trigger(event);
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

  PracticeQuiz.prototype.resetTask = function () {
    if (this.root && this.questions.length) {
      this.results = [];
      this.activityStartTime = Date.now();
      this.renderQuestion(0);
    }
  };

  return PracticeQuiz;
})(H5P.EventDispatcher, H5P.LcCommon);
