// Front office: the guest-book kiosk (scanner input always focused, one-tap purpose, reset after the greeting).
(function () {
  'use strict';

  var resetTimer = null;

  function kiosk() {
    return document.body && document.body.classList.contains('kiosk');
  }

  function scanInput() {
    return document.getElementById('member-number');
  }

  function dialogOpen() {
    return document.querySelector('dialog[open]') !== null;
  }

  function focusScan() {
    var input = scanInput();
    if (input && !dialogOpen() && document.activeElement !== input) {
      input.focus();
    }
  }

  function choosePurpose(code) {
    document.querySelectorAll('.purpose-field').forEach(function (field) { field.value = code; });
    document.querySelectorAll('.purpose-buttons button').forEach(function (button) {
      var chosen = button.getAttribute('data-purpose') === code;
      button.classList.toggle('selected', chosen);
      button.setAttribute('aria-pressed', String(chosen));
    });
  }

  // Each kiosk device keeps its own default purpose (a kiosk at the internet room is not one at the reading room);
  // it is chosen in the open, on the kiosk page, and the library's setting is only the first default.
  function defaultKey() {
    return 'serambi.kiosk.' + document.body.getAttribute('data-library') + '.purpose';
  }

  function rememberedDefault() {
    var select = document.getElementById('kiosk-default');
    var stored = null;
    try {
      stored = window.localStorage.getItem(defaultKey());
    } catch (e) {
      stored = null;
    }
    var known = select && stored && Array.prototype.some.call(select.options, function (o) {
      return o.value === stored;
    });
    return known ? stored : document.body.getAttribute('data-default-purpose');
  }

  function useDefault(code) {
    var select = document.getElementById('kiosk-default');
    if (select) {
      select.value = code;
    }
    document.body.setAttribute('data-default-purpose', code);
    choosePurpose(code);
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (kiosk() && document.getElementById('kiosk-default')) {
      useDefault(rememberedDefault());
    }
  });

  document.addEventListener('change', function (event) {
    if (!kiosk() || event.target.id !== 'kiosk-default') {
      return;
    }
    try {
      window.localStorage.setItem(defaultKey(), event.target.value);
    } catch (e) {
      // private mode: the choice holds until the page is reloaded
    }
    useDefault(event.target.value);
    focusScan();
  });

  function reset() {
    var result = document.getElementById('kiosk-result');
    if (result) {
      result.innerHTML = '';
    }
    choosePurpose(document.body.getAttribute('data-default-purpose'));
    focusScan();
  }

  document.addEventListener('click', function (event) {
    if (!kiosk()) {
      return;
    }
    var target = event.target.closest('button');
    if (!target) {
      return;
    }
    if (target.hasAttribute('data-purpose')) {
      choosePurpose(target.getAttribute('data-purpose'));
      focusScan();
    } else if (target.hasAttribute('data-open')) {
      var dialog = document.getElementById(target.getAttribute('data-open'));
      dialog.querySelector('form').reset();
      dialog.querySelector('.dialog-errors').innerHTML = '';
      dialog.showModal();
    } else if (target.hasAttribute('data-close')) {
      target.closest('dialog').close();
      focusScan();
    }
  });

  // A missing photo (none uploaded yet) is simply not shown; error events do not bubble, so listen while capturing.
  document.addEventListener('error', function (event) {
    if (event.target.matches && event.target.matches('img.member-photo')) {
      event.target.hidden = true;
    }
  }, true);

  document.addEventListener('htmx:afterSwap', function (event) {
    if (!kiosk() || event.detail.target.id !== 'kiosk-result') {
      return;
    }
    var input = scanInput();
    input.value = '';
    var outcome = event.detail.target.querySelector('[data-outcome]');
    var kind = outcome ? outcome.getAttribute('data-outcome') : '';
    var open = document.querySelector('dialog[open]');
    if (open && kind !== 'invalid') {
      open.close();
    } else if (open) {
      open.querySelector('.dialog-errors').innerHTML = event.detail.target.innerHTML;
    }
    var seconds = outcome ? parseInt(outcome.getAttribute('data-reset-seconds'), 10) || 6 : 6;
    window.clearTimeout(resetTimer);
    resetTimer = window.setTimeout(reset, seconds * 1000);
    focusScan();
  });

  // Back to the scan field only when focus fell to nothing (a click on the background, a closed result): a keyboard
  // user tabbing to the purpose, "Bukan anggota" or "Rombongan" buttons keeps the focus where they put it.
  document.addEventListener('focusout', function () {
    if (kiosk()) {
      window.setTimeout(function () {
        if (!document.activeElement || document.activeElement === document.body) {
          focusScan();
        }
      }, 150);
    }
  });
})();
