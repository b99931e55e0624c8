/* global H5P */
var H5P = H5P || {};

/**
 * H5P.LcPhoneTask: practice on phone screenshots. Each step asks the learner to tap
 * one place (the hotspot); a tap elsewhere on the picture is a miss. The hotspot is
 * also a transparent, focusable button labelled with the instruction, which is the
 * keyboard and screen-reader path. A step scores 1 when hit on the first try. It keeps H5P's
 * question contract (score, solutions, reset, xAPI data for reports, and a state the player can
 * save and hand back as extras.previousState).
 */
H5P.LcPhoneTask = (function (EventDispatcher, Lc) {
  'use strict';

  var L10N = {
    vi: {
      progress: 'Bước @current/@total',
      hint: 'Gợi ý',
      hintPrefix: 'Gợi ý: ',
      miss: 'Chưa đúng chỗ, hãy thử lại.',
      success: 'Đúng rồi!',
      doneTitle: 'Hoàn thành!',
      doneText: 'Bạn đã làm xong tất cả các bước. Số bước làm đúng ngay lần đầu: @score/@total.',
      restart: 'Làm lại từ đầu',
      noSteps: 'Bài thực hành này chưa có bước nào.',
      solutionsTitle: 'Chỗ cần chạm ở từng bước'
    },
    en: {
      progress: 'Step @current of @total',
      hint: 'Hint',
      hintPrefix: 'Hint: ',
      miss: 'Not there, try again.',
      success: 'Well done!',
      doneTitle: 'Finished!',
      doneText: 'You have done every step. Steps right first time: @score of @total.',
      restart: 'Start over',
      noSteps: 'This practice has no steps yet.',
      solutionsTitle: 'Where to tap at each step'
    }
  };

  var MISS_MARKER_MS = 1000;
  var el = Lc.el;
  var format = Lc.format;

  function positive(value, fallback) {
    var n = parseFloat(value);
    return isFinite(n) && n > 0 ? n : fallback;
  }

  function percent(value, total) {
    var n = parseFloat(value);
    return (isFinite(n) ? n / total * 100 : 0) + '%';
  }

  function isWholeBelow(value, limit) {
    return typeof value === 'number' && value === Math.floor(value) && value >= 0 && value < limit;
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

  function PhoneTask(params, contentId, extras) {
    EventDispatcher.call(this);
    Lc.setup(this, params, contentId, extras, L10N);
    this.steps = (Array.isArray(this.params.steps) ? this.params.steps : []).map(function (step) {
      return step || {};
    });
    this.firstTry = [];
    this.current = 0;
    this.misses = 0;
    this.finished = false;
    this.solutionsShown = false;
    this.restore(this.extras.previousState);
  }

  PhoneTask.prototype = Object.create(EventDispatcher.prototype);
  PhoneTask.prototype.constructor = PhoneTask;

  PhoneTask.prototype.attach = Lc.attach;
  PhoneTask.prototype.watchShown = Lc.watchShown;
  PhoneTask.prototype.sendExperienced = Lc.sendExperienced;
  PhoneTask.prototype.notifyResize = Lc.notifyResize;

  /**
   * Takes back a state from getCurrentState. The state comes from storage, so whatever no longer
   * fits the steps is dropped rather than trusted.
   */
  PhoneTask.prototype.restore = function (state) {
    var self = this;
    if (!state || typeof state !== 'object' || !this.steps.length) {
      return;
    }
    var firstTry = Array.isArray(state.firstTry) ? state.firstTry : [];
    this.steps.forEach(function (step, i) {
      if (typeof firstTry[i] === 'boolean') {
        self.firstTry[i] = firstTry[i];
      }
    });
    this.current = isWholeBelow(state.current, this.steps.length) ? state.current : 0;
    this.misses = isWholeBelow(state.misses, Infinity) ? state.misses : 0;
    this.finished = this.steps.every(function (step, i) { return self.isDone(i); });
  };

  PhoneTask.prototype.isDone = function (index) {
    return typeof this.firstTry[index] === 'boolean';
  };

  PhoneTask.prototype.render = function () {
    var self = this;
    var root = el('section', 'h5p-lc h5p-lc-pt');
    root.setAttribute('lang', this.lang);
    if (this.params.title) {
      root.appendChild(el('h2', 'h5p-lc-pt-title', this.params.title));
    }
    if (this.params.intro) {
      root.appendChild(el('p', 'h5p-lc-pt-intro', this.params.intro));
    }
    this.header = el('div', 'h5p-lc-pt-header');
    this.hintButton = Lc.button(this.l10n.hint, 'secondary', function () { self.showHint(); });
    this.feedback = Lc.liveRegion('div', 'h5p-lc-pt-feedback');
    this.stageHolder = el('div', 'h5p-lc-pt-stage-holder');
    this.restartButton = Lc.button(this.l10n.restart, 'primary', function () { self.restart(); });
    [this.header, this.hintButton, this.feedback, this.stageHolder, this.restartButton].forEach(function (node) {
      root.appendChild(node);
    });
    this.activityStartTime = Date.now();
    if (!this.steps.length) {
      this.header.appendChild(el('p', null, this.l10n.noSteps));
      this.hintButton.hidden = true;
      this.restartButton.hidden = true;
    }
    else if (this.finished) {
      this.showDone(true);
    }
    else {
      this.renderStep(this.current, this.misses);
    }
    if (this.solutionsShown) {
      this.paintSolutions();
    }
    return root;
  };

  /** The screenshot of a step with a box placed on the hotspot, in percent so that it scales with the picture. */
  PhoneTask.prototype.buildStage = function (step, box) {
    var self = this;
    var width = positive(step.imageWidth, 360);
    var height = positive(step.imageHeight, 640);
    var spot = step.hotspot || {};
    var stage = el('div', 'h5p-lc-pt-stage');
    var img = el('img', 'h5p-lc-pt-image');
    img.alt = step.alt || '';
    img.width = width;
    img.height = height;
    img.draggable = false;
    img.addEventListener('load', function () {
      self.notifyResize();
    });
    img.src = H5P.getPath(step.image || '', this.contentId);
    box.style.left = percent(spot.x, width);
    box.style.top = percent(spot.y, height);
    box.style.width = percent(spot.width, width);
    box.style.height = percent(spot.height, height);
    stage.appendChild(img);
    stage.appendChild(box);
    return stage;
  };

  /** misses: wrong taps already made on this step (when a saved state is taken back). */
  PhoneTask.prototype.renderStep = function (index, misses) {
    var self = this;
    var step = this.steps[index];
    this.current = index;
    this.misses = misses || 0;
    this.finished = false;
    this.header.textContent = '';
    this.stageHolder.textContent = '';

    var progress = format(this.l10n.progress, { current: index + 1, total: this.steps.length });
    this.header.appendChild(el('p', 'h5p-lc-pt-progress', progress));
    this.instruction = el('p', 'h5p-lc-pt-instruction', step.instruction);
    this.instruction.tabIndex = -1;
    this.header.appendChild(this.instruction);
    this.hintButton.hidden = !step.hint;
    this.restartButton.hidden = true;

    var hotspot = el('button', 'h5p-lc-pt-hotspot');
    hotspot.type = 'button';
    hotspot.setAttribute('aria-label', step.instruction || progress);
    hotspot.addEventListener('click', function (event) {
      event.stopPropagation();
      self.hit();
    });
    var stage = this.buildStage(step, hotspot);

    this.missMarker = el('span', 'h5p-lc-pt-miss');
    this.missMarker.setAttribute('aria-hidden', 'true');
    this.missMarker.hidden = true;
    stage.addEventListener('click', function (event) {
      self.miss(event, stage);
    });
    stage.appendChild(this.missMarker);
    this.stageHolder.appendChild(stage);
    this.notifyResize();
  };

  PhoneTask.prototype.miss = function (event, stage) {
    var rect = stage.getBoundingClientRect();
    var marker = this.missMarker;
    this.misses++;
    if (rect.width && rect.height) {
      marker.style.left = ((event.clientX - rect.left) / rect.width * 100) + '%';
      marker.style.top = ((event.clientY - rect.top) / rect.height * 100) + '%';
      marker.hidden = true;
      // Reading the layout restarts the marker's animation on a quick second miss.
      void marker.offsetWidth;
      marker.hidden = false;
      clearTimeout(this.missTimer);
      this.missTimer = setTimeout(function () {
        marker.hidden = true;
      }, MISS_MARKER_MS);
    }
    var step = this.steps[this.current];
    this.say('is-wrong', this.l10n.miss + (step.hint ? ' ' + this.l10n.hintPrefix + step.hint : ''));
  };

  PhoneTask.prototype.showHint = function () {
    var step = this.steps[this.current];
    this.say('is-info', this.l10n.hintPrefix + (step.hint || ''));
  };

  /** Clears first so that the same message is announced again on a repeated miss. */
  PhoneTask.prototype.say = function (kind, text) {
    var feedback = this.feedback;
    var self = this;
    feedback.textContent = '';
    feedback.className = 'h5p-lc-pt-feedback ' + kind;
    clearTimeout(this.sayTimer);
    this.sayTimer = setTimeout(function () {
      feedback.textContent = text;
      self.notifyResize();
    }, 50);
  };

  PhoneTask.prototype.hit = function () {
    var index = this.current;
    var step = this.steps[index];
    var right = this.misses === 0;
    this.firstTry[index] = right;
    clearTimeout(this.missTimer);
    this.sendAnswered(index);
    var message = this.l10n.success + (step.success ? ' ' + step.success : '');
    this.say('is-correct', message);
    if (index < this.steps.length - 1) {
      this.renderStep(index + 1);
      this.instruction.focus();
    }
    else {
      this.showDone(false);
    }
  };

  /** restoring: a task already reported as completed, so nothing is sent and focus stays put. */
  PhoneTask.prototype.showDone = function (restoring) {
    var score = this.getScore();
    var total = this.steps.length;
    this.finished = true;
    this.misses = 0;
    this.header.textContent = '';
    this.stageHolder.textContent = '';
    this.hintButton.hidden = true;
    var heading = el('h3', 'h5p-lc-pt-done-title', this.l10n.doneTitle);
    heading.tabIndex = -1;
    this.header.appendChild(heading);
    this.header.appendChild(el('p', 'h5p-lc-pt-done-text', format(this.l10n.doneText, { score: score, total: total })));
    this.restartButton.hidden = false;
    if (!restoring) {
      heading.focus();
      this.triggerXAPIScored(score, total, 'completed', true, true);
    }
    this.notifyResize();
  };

  PhoneTask.prototype.restart = function () {
    this.resetTask();
    this.instruction.focus();
  };

  /** Each step's screenshot with the place to tap drawn on it; nothing can be tapped. */
  PhoneTask.prototype.paintSolutions = function () {
    var self = this;
    var total = this.steps.length;
    clearTimeout(this.sayTimer);
    clearTimeout(this.missTimer);
    this.header.textContent = '';
    this.stageHolder.textContent = '';
    this.feedback.textContent = '';
    this.feedback.className = 'h5p-lc-pt-feedback';
    this.hintButton.hidden = true;
    this.restartButton.hidden = true;
    this.header.appendChild(el('h3', 'h5p-lc-pt-done-title', this.l10n.solutionsTitle));
    this.steps.forEach(function (step, i) {
      var item = el('div', 'h5p-lc-pt-solution');
      item.appendChild(el('p', 'h5p-lc-pt-progress', format(self.l10n.progress, { current: i + 1, total: total })));
      item.appendChild(el('p', 'h5p-lc-pt-instruction', step.instruction));
      var target = el('span', 'h5p-lc-pt-target');
      target.setAttribute('aria-hidden', 'true');
      var stage = self.buildStage(step, target);
      stage.classList.add('is-solution');
      item.appendChild(stage);
      self.stageHolder.appendChild(item);
    });
    this.notifyResize();
  };

  /** The 'answered' statement of one step, shaped like H5P's own sub-content statements. */
  PhoneTask.prototype.stepEvent = function (index, quiet) {
    var subContentId = 'step-' + (index + 1);
    var event = quiet ? quietAnsweredEvent(this, subContentId) : Lc.answeredEvent(this, subContentId);
    var definition = event.data.statement.object.definition;
    definition.name = { 'en-US': String(this.steps[index].instruction || subContentId) };
    definition.type = 'http://adlnet.gov/expapi/activities/cmi.interaction';
    definition.interactionType = 'other';
    var right = this.firstTry[index] === true;
    event.setScoredResult(right ? 1 : 0, 1, this, this.isDone(index), right);
    return event;
  };

  PhoneTask.prototype.sendAnswered = function (index) {
    this.trigger(this.stepEvent(index, false));
  };

  PhoneTask.prototype.getScore = function () {
    return this.firstTry.filter(function (right) { return right === true; }).length;
  };

  PhoneTask.prototype.getMaxScore = function () {
    return this.steps.length;
  };

  PhoneTask.prototype.getAnswerGiven = function () {
    return this.firstTry.length > 0;
  };

  PhoneTask.prototype.showSolutions = function () {
    this.solutionsShown = true;
    if (this.root && this.steps.length) {
      this.paintSolutions();
    }
  };

  /** Back to the first step with nothing done; focus is left to the caller. */
  PhoneTask.prototype.resetTask = function () {
    this.firstTry = [];
    this.current = 0;
    this.misses = 0;
    this.finished = false;
    this.solutionsShown = false;
    this.activityStartTime = Date.now();
    clearTimeout(this.sayTimer);
    clearTimeout(this.missTimer);
    if (this.root && this.steps.length) {
      this.feedback.textContent = '';
      this.feedback.className = 'h5p-lc-pt-feedback';
      this.renderStep(0);
    }
  };

  /**
   * For reports (H5P's getXAPIData): the task as one compound 'answered' statement with a child
   * per step, built as the live statements are. Nothing is sent.
   */
  PhoneTask.prototype.getXAPIData = function () {
    var self = this;
    var event = this.createXAPIEventTemplate('answered');
    var definition = event.data.statement.object.definition;
    definition.description = { 'en-US': String(this.params.title || '') };
    definition.type = 'http://adlnet.gov/expapi/activities/cmi.interaction';
    definition.interactionType = 'compound';
    // As in 'completed': doing every step is the success, whatever the first tries.
    event.setScoredResult(this.getScore(), this.getMaxScore(), this, this.finished, this.finished);
    return {
      statement: event.data.statement,
      children: this.steps.map(function (step, i) {
        return { statement: self.stepEvent(i, true).data.statement };
      })
    };
  };

  /**
   * What the player saves and hands back as extras.previousState. Always a state, even an empty
   * one, so that a reset replaces the saved one.
   */
  PhoneTask.prototype.getCurrentState = function () {
    var self = this;
    return {
      current: this.current,
      misses: this.misses,
      firstTry: this.steps.map(function (step, i) { return self.isDone(i) ? self.firstTry[i] : null; })
    };
  };

  return PhoneTask;
})(H5P.EventDispatcher, H5P.LcCommon);
