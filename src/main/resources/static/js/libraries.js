// Edit page of a service standard: move procedure steps up and down. Without this script the order numbers
// typed in the first column do the same job; the script only swaps the rows and renumbers them.
(function () {
  'use strict';

  function renumber(table) {
    var inputs = table.querySelectorAll('tbody.step .order-input');
    var number = 1;
    inputs.forEach(function (input) {
      input.value = String(number++);
    });
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('button[data-move]') : null;
    if (!button) {
      return;
    }
    var step = button.closest('tbody.step');
    var table = step && step.closest('table');
    if (!table) {
      return;
    }
    if (button.getAttribute('data-move') === 'up' && step.previousElementSibling &&
        step.previousElementSibling.matches('tbody.step')) {
      table.insertBefore(step, step.previousElementSibling);
    } else if (button.getAttribute('data-move') === 'down' && step.nextElementSibling) {
      table.insertBefore(step.nextElementSibling, step);
    }
    renumber(table);
    button.focus();
  });
})();
