/* global H5P */
var H5P = H5P || {};

/**
 * H5P.LcReadingPage: a page of plain-text blocks. Completed (score 1/1) only when the
 * reader presses "Tôi đã đọc xong": scrolling past the end is not reading it (issue 11).
 * Not a question: the only state it keeps for the player to hand back
 * (extras.previousState) is that the page was read.
 */
H5P.LcReadingPage = (function (EventDispatcher, Lc) {
  'use strict';

  var L10N = {
    vi: {
      finishButton: 'Tôi đã đọc xong',
      finishedButton: 'Đã đọc xong',
      completedMessage: 'Bạn đã hoàn thành bài đọc này.',
      tipLabel: 'Mẹo',
      warningLabel: 'Lưu ý',
      audioUnsupported: 'Trình duyệt của bạn không phát được đoạn âm thanh này.'
    },
    en: {
      finishButton: 'I have finished reading',
      finishedButton: 'Finished reading',
      completedMessage: 'You have completed this reading.',
      tipLabel: 'Tip',
      warningLabel: 'Warning',
      audioUnsupported: 'Your browser cannot play this audio.'
    }
  };

  var audioCount = 0;
  var el = Lc.el;

  function ReadingPage(params, contentId, extras) {
    EventDispatcher.call(this);
    Lc.setup(this, params, contentId, extras, L10N);
    this.blocks = Array.isArray(this.params.blocks) ? this.params.blocks : [];
    var state = this.extras.previousState;
    this.isCompleted = !!(state && state.completed === true);
  }

  ReadingPage.prototype = Object.create(EventDispatcher.prototype);
  ReadingPage.prototype.constructor = ReadingPage;

  ReadingPage.prototype.attach = function ($container) {
    var container = $container.get(0);
    if (!this.root) {
      this.root = this.render();
    }
    container.classList.add('h5p-lc-reading-page-container');
    container.appendChild(this.root);
    this.watch();
    this.notifyResize();
  };

  ReadingPage.prototype.render = function () {
    var self = this;
    var root = el('article', 'h5p-lc h5p-lc-rp');
    root.setAttribute('lang', this.lang);
    if (this.params.title) {
      root.appendChild(el('h2', 'h5p-lc-rp-title', this.params.title));
    }
    this.blocks.forEach(function (block) {
      var node = self.renderBlock(block || {});
      if (node) {
        root.appendChild(node);
      }
    });

    var end = el('div', 'h5p-lc-rp-end');
    this.finishButton = Lc.button(this.l10n.finishButton, 'primary', function () {
      self.complete();
    });
    this.status = Lc.liveRegion('p', 'h5p-lc-rp-status');
    end.appendChild(this.finishButton);
    end.appendChild(this.status);
    root.appendChild(end);
    if (this.isCompleted) {
      this.showCompleted();
    }
    return root;
  };

  ReadingPage.prototype.renderBlock = function (block) {
    switch (block.type) {
      case 'heading':
        return el('h3', 'h5p-lc-rp-heading', block.text);
      case 'paragraph':
        return el('p', 'h5p-lc-rp-paragraph', block.text);
      case 'list':
        return this.renderList(block.items);
      case 'image':
        return block.file ? this.renderImage(block) : null;
      case 'tip':
        return this.renderNote('h5p-lc-rp-tip', this.l10n.tipLabel, block.text);
      case 'warning':
        return this.renderNote('h5p-lc-rp-warning', this.l10n.warningLabel, block.text);
      case 'audio':
        return block.file ? this.renderAudio(block) : null;
      default:
        return null;
    }
  };

  ReadingPage.prototype.renderList = function (items) {
    var list = el('ul', 'h5p-lc-rp-list');
    (Array.isArray(items) ? items : []).forEach(function (item) {
      list.appendChild(el('li', null, item));
    });
    return list;
  };

  ReadingPage.prototype.renderImage = function (block) {
    var self = this;
    var figure = el('figure', 'h5p-lc-rp-figure');
    var img = el('img', 'h5p-lc-rp-image');
    img.alt = block.alt || '';
    img.addEventListener('load', function () {
      self.notifyResize();
    });
    img.src = H5P.getPath(block.file, this.contentId);
    figure.appendChild(img);
    if (block.caption) {
      figure.appendChild(el('figcaption', 'h5p-lc-rp-caption', block.caption));
    }
    return figure;
  };

  ReadingPage.prototype.renderNote = function (className, label, text) {
    var note = el('aside', 'h5p-lc-rp-note ' + className);
    note.setAttribute('aria-label', label);
    var p = el('p');
    p.appendChild(el('strong', 'h5p-lc-rp-note-label', label + ': '));
    p.appendChild(document.createTextNode(text || ''));
    note.appendChild(p);
    return note;
  };

  ReadingPage.prototype.renderAudio = function (block) {
    var figure = el('figure', 'h5p-lc-rp-audio');
    var caption = el('figcaption', 'h5p-lc-rp-caption', block.label);
    caption.id = 'h5p-lc-rp-audio-' + Lc.idPart(this.contentId) + '-' + (++audioCount);
    var audio = el('audio', null, this.l10n.audioUnsupported);
    audio.controls = true;
    audio.preload = 'metadata';
    audio.setAttribute('aria-labelledby', caption.id);
    audio.src = H5P.getPath(block.file, this.contentId);
    figure.appendChild(caption);
    figure.appendChild(audio);
    return figure;
  };

  ReadingPage.prototype.watch = function () {
    if (this.watching) {
      return;
    }
    this.watching = true;
    this.watchShown();
    Lc.observeResize(this, this.root);
  };

  ReadingPage.prototype.watchShown = Lc.watchShown;
  ReadingPage.prototype.sendExperienced = Lc.sendExperienced;
  ReadingPage.prototype.notifyResize = Lc.notifyResize;

  ReadingPage.prototype.complete = function () {
    if (this.isCompleted) {
      return;
    }
    this.isCompleted = true;
    this.sendExperienced();
    this.showCompleted();
    this.triggerXAPIScored(1, 1, 'completed', true, true);
    this.notifyResize();
  };

  ReadingPage.prototype.showCompleted = function () {
    // The button stays focusable so keyboard focus is never lost when it was the trigger.
    this.finishButton.textContent = '✓ ' + this.l10n.finishedButton;
    this.finishButton.setAttribute('aria-disabled', 'true');
    this.finishButton.classList.add('is-done');
    this.status.textContent = this.l10n.completedMessage;
  };

  ReadingPage.prototype.getScore = function () {
    return this.isCompleted ? 1 : 0;
  };

  ReadingPage.prototype.getMaxScore = function () {
    return 1;
  };

  /** Nothing to keep until the page is marked read, and reading cannot be undone, so no state ever needs clearing. */
  ReadingPage.prototype.getCurrentState = function () {
    return this.isCompleted ? { completed: true } : undefined;
  };

  return ReadingPage;
})(H5P.EventDispatcher, H5P.LcCommon);
