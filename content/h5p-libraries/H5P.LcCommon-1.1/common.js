/* global H5P */
var H5P = H5P || {};

/**
 * H5P.LcCommon: helpers shared by the Learning Citizen content types (a preloaded
 * dependency of each, so it is loaded before them). The prototype helpers
 * (attach, watchShown, sendExperienced, notifyResize) are meant to be assigned to a
 * content type's prototype and use `this`; they expect `render()`, `root`,
 * `experiencedSent` and `lastHeight` as set by `setup`.
 */
H5P.LcCommon = (function () {
  'use strict';

  /** A new element with an optional class and plain-text content (never read as HTML). */
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    return node;
  }

  /** Fills "@name" placeholders from values; unknown ones are left as written. */
  function format(template, values) {
    return String(template).replace(/@(\w+)/g, function (match, key) {
      return values[key] !== undefined ? values[key] : match;
    });
  }

  /** Interface language: "en" when asked for, else Vietnamese. */
  function language(params) {
    return params.lang === 'en' ? 'en' : 'vi';
  }

  /** The interface texts of a language, with any overrides from params.l10n. */
  function texts(table, lang, overrides) {
    return H5P.jQuery.extend({}, table[lang], overrides || {});
  }

  /** The state every content type starts with: params, language, texts, and what the helpers below use. */
  function setup(instance, params, contentId, extras, table) {
    instance.params = params || {};
    instance.contentId = contentId;
    instance.extras = extras || {};
    instance.lang = language(instance.params);
    instance.l10n = texts(table, instance.lang, instance.params.l10n);
    instance.experiencedSent = false;
    instance.lastHeight = -1;
    instance.root = null;
  }

  /** The content id reduced to characters safe in an element id. */
  function idPart(contentId) {
    return String(contentId).replace(/[^\w-]/g, '');
  }

  /** kind: "primary" or "secondary". */
  function button(label, kind, onClick) {
    var node = el('button', 'h5p-lc-btn h5p-lc-btn-' + kind, label);
    node.type = 'button';
    node.addEventListener('click', onClick);
    return node;
  }

  /** A polite status region; its text is read out whenever it changes. */
  function liveRegion(tag, className) {
    var node = el(tag, className);
    node.setAttribute('role', 'status');
    node.setAttribute('aria-live', 'polite');
    return node;
  }

  /** Calls instance.notifyResize() whenever node changes size (where ResizeObserver exists). */
  function observeResize(instance, node) {
    if (typeof window.ResizeObserver === 'function') {
      new window.ResizeObserver(function () {
        instance.notifyResize();
      }).observe(node);
    }
  }

  /** Prototype method: renders once, then attaches to the player's container. */
  function attach($container) {
    if (!this.root) {
      this.root = this.render();
      observeResize(this, this.root);
    }
    $container.get(0).appendChild(this.root);
    this.watchShown();
    this.notifyResize();
  }

  /** Prototype method: 'experienced' goes out once the content is first on screen. */
  function watchShown() {
    var self = this;
    if (this.experiencedSent || this.shownObserver) {
      return;
    }
    if (typeof window.IntersectionObserver !== 'function') {
      setTimeout(function () {
        self.sendExperienced();
      }, 0);
      return;
    }
    this.shownObserver = new window.IntersectionObserver(function (entries) {
      if (entries.some(function (entry) { return entry.isIntersecting; })) {
        self.shownObserver.disconnect();
        self.sendExperienced();
      }
    });
    this.shownObserver.observe(this.root);
  }

  /** Prototype method. */
  function sendExperienced() {
    if (!this.experiencedSent) {
      this.experiencedSent = true;
      this.triggerXAPI('experienced');
    }
  }

  /** Prototype method: tells the player when the height has changed. */
  function notifyResize() {
    var height = this.root ? this.root.offsetHeight : 0;
    if (height !== this.lastHeight) {
      this.lastHeight = height;
      this.trigger('resize');
    }
  }

  /**
   * An 'answered' event shaped like H5P's own sub-content statements: object.id is
   * "<content id>?subContentId=<id>", the content is the parent, and the definition
   * carries the sub-content id. Sends 'experienced' first if it has not gone out yet.
   */
  function answeredEvent(instance, subContentId) {
    instance.sendExperienced();
    var event = instance.createXAPIEventTemplate('answered');
    var statement = event.data.statement;
    statement.object = statement.object || {};
    if (statement.object.id) {
      var parentId = statement.object.id;
      statement.object.id = parentId + '?subContentId=' + subContentId;
      statement.context = statement.context || {};
      statement.context.contextActivities = statement.context.contextActivities || {};
      statement.context.contextActivities.parent = [{ id: parentId, objectType: 'Activity' }];
    }
    var definition = statement.object.definition = statement.object.definition || {};
    definition.extensions = definition.extensions || {};
    definition.extensions['http://h5p.org/x-api/h5p-subContentId'] = subContentId;
    return event;
  }

  return {
    el: el,
    format: format,
    language: language,
    texts: texts,
    setup: setup,
    idPart: idPart,
    button: button,
    liveRegion: liveRegion,
    observeResize: observeResize,
    attach: attach,
    watchShown: watchShown,
    sendExperienced: sendExperienced,
    notifyResize: notifyResize,
    answeredEvent: answeredEvent
  };
})();
