// Cascading province → regency → district selects (no inline scripts: CSP). Without script the server renders the
// choices of the chosen level and checks them on submit, so the selects still work as plain selects.
(function () {
  'use strict';

  function fill(select, regions) {
    var placeholder = select.options[0];
    while (select.options.length > 0) {
      select.remove(0);
    }
    select.appendChild(placeholder);
    regions.forEach(function (region) {
      var option = document.createElement('option');
      option.value = region.code;
      option.textContent = region.name;
      select.appendChild(option);
    });
    select.value = '';
  }

  function load(select, next) {
    if (!select.value) {
      fill(next, []);
      return;
    }
    var url = select.getAttribute('data-region-children') + encodeURIComponent(select.value)
      + select.getAttribute('data-region-suffix');
    fetch(url, { headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
      .then(function (regions) { fill(next, regions); })
      .catch(function () { /* keep the rendered choices: the server checks them on submit */ });
  }

  function setUp(select) {
    var next = document.getElementById(select.getAttribute('data-region-next'));
    if (!next) {
      return;
    }
    select.addEventListener('change', function () {
      var after = document.getElementById(next.getAttribute('data-region-next'));
      if (after) {
        fill(after, []);
      }
      load(select, next);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('select[data-region-next]'), setUp);
  });
})();
