// The desk screen: Enter on a focused row presses its button (Done, or the next action); after a tick the row
// that was ticked gets the focus back. The table refreshes itself (htmx) and htmx keeps the focus by element id.
(function () {
  function focusRow() {
    var table = document.getElementById('case-table');
    var id = table && table.getAttribute('data-focus');
    var row = id && document.getElementById('case-' + id);
    if (row) {
      row.focus();
    }
  }
  document.addEventListener('DOMContentLoaded', focusRow);
  document.addEventListener('keydown', function (event) {
    var row = event.target;
    if (event.key !== 'Enter' || !row.classList || !row.classList.contains('case-row')) {
      return;
    }
    var button = row.querySelector('.case-primary');
    if (button) {
      event.preventDefault();
      button.click();
    }
  });
})();
