// Sends the chosen file as the raw request body (no multipart size limit for large exports), then opens the mapping.
(function () {
  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('import-upload');
    if (!form || !window.fetch) {
      return;
    }
    form.addEventListener('submit', function (event) {
      var input = form.querySelector('input[type=file]');
      if (!input.files.length) {
        return;
      }
      event.preventDefault();
      var headers = { 'Content-Type': 'application/octet-stream', 'X-File-Name': encodeURIComponent(input.files[0].name) };
      var token = document.querySelector('meta[name="csrf-token"]');
      var header = document.querySelector('meta[name="csrf-header"]');
      if (token && header) {
        headers[header.content] = token.content;
      }
      form.querySelector('.import-busy').hidden = false;
      var encoding = form.querySelector('[name=encoding]');
      var action = form.dataset.rawAction + (encoding ? '?encoding=' + encodeURIComponent(encoding.value) : '');
      fetch(action, { method: 'POST', headers: headers, body: input.files[0], credentials: 'same-origin' })
        .then(function (response) {
          if (!response.ok) {
            throw new Error(response.status);
          }
          return response.json();
        })
        .then(function (answer) { window.location.href = answer.location; })
        .catch(function () { form.submit(); });
    });
  });
})();
