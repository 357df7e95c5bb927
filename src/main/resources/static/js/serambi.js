// Serambi's only script for the staff pages: no inline scripts anywhere (Content-Security-Policy script-src 'self').
(function () {
  'use strict';

  function csrf() {
    var token = document.querySelector('meta[name="csrf-token"]');
    var header = document.querySelector('meta[name="csrf-header"]');
    return token && header ? { header: header.content, token: token.content } : null;
  }

  // htmx requests carry the CSRF token like forms do.
  document.addEventListener('htmx:configRequest', function (event) {
    var c = csrf();
    if (c) {
      event.detail.headers[c.header] = c.token;
    }
  });

  // <select data-autosubmit> submits its form when changed.
  document.addEventListener('change', function (event) {
    var target = event.target;
    if (target.matches && target.matches('select[data-autosubmit]') && target.form) {
      target.form.submit();
    }
  });

  // <form data-confirm="question"> asks before submitting.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var question = form.getAttribute && form.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });
})();
