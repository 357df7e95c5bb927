// Cards pages: select-all on the print queue, live design preview, signature pad on the hand-over page.
(function () {
  'use strict';

  function onReady(fn) {
    if (document.readyState !== 'loading') { fn(); } else { document.addEventListener('DOMContentLoaded', fn); }
  }

  function printQueue() {
    var all = document.getElementById('select-all');
    var count = document.getElementById('selected-count');
    if (!all) { return; }
    var boxes = Array.prototype.slice.call(document.querySelectorAll('.member-box'));
    function update() {
      var n = boxes.filter(function (b) { return b.checked; }).length;
      if (count) { count.textContent = (count.getAttribute('data-template') || '{0}').replace('{0}', n); }
      document.getElementById('print-selected').disabled = n === 0;
    }
    all.addEventListener('change', function () {
      boxes.forEach(function (b) { b.checked = all.checked; });
      update();
    });
    boxes.forEach(function (b) { b.addEventListener('change', update); });
    update();
  }

  function designPreview() {
    var form = document.getElementById('design-form');
    if (!form) { return; }
    var images = document.querySelectorAll('img[data-preview-side]');
    var timer = null;
    function refresh() {
      var params = new URLSearchParams();
      params.set('layout', form.elements.layout.value);
      params.set('primaryColour', form.elements.primaryColour.value);
      params.set('backText', form.elements.backText.value);
      images.forEach(function (img) {
        params.set('side', img.getAttribute('data-preview-side'));
        img.src = form.getAttribute('data-preview-url') + '?' + params.toString();
      });
    }
    form.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(refresh, 400);
    });
    form.addEventListener('change', refresh);
  }

  function signaturePad() {
    var canvas = document.getElementById('signature-pad');
    if (!canvas) { return; }
    var field = document.getElementById('signaturePng');
    var ctx = canvas.getContext('2d');
    var drawing = false;
    var drawn = false;
    ctx.lineWidth = 2.5;
    ctx.lineCap = 'round';
    ctx.strokeStyle = '#111';
    function point(e) {
      var r = canvas.getBoundingClientRect();
      return { x: (e.clientX - r.left) * canvas.width / r.width, y: (e.clientY - r.top) * canvas.height / r.height };
    }
    canvas.addEventListener('pointerdown', function (e) {
      drawing = true;
      canvas.setPointerCapture(e.pointerId);
      var p = point(e);
      ctx.beginPath();
      ctx.moveTo(p.x, p.y);
    });
    canvas.addEventListener('pointermove', function (e) {
      if (!drawing) { return; }
      var p = point(e);
      ctx.lineTo(p.x, p.y);
      ctx.stroke();
      drawn = true;
    });
    function end() {
      if (drawing && drawn) { field.value = canvas.toDataURL('image/png'); }
      drawing = false;
    }
    canvas.addEventListener('pointerup', end);
    canvas.addEventListener('pointercancel', end);
    var clear = document.getElementById('signature-clear');
    if (clear) {
      clear.addEventListener('click', function () {
        ctx.clearRect(0, 0, canvas.width, canvas.height);
        field.value = '';
        drawn = false;
      });
    }
  }

  onReady(function () {
    printQueue();
    designPreview();
    signaturePad();
  });
}());
