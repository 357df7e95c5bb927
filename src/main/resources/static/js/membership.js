// Membership pages: the webcam photo, cropped in the browser to the card's 3:4 portrait (no inline scripts: CSP).
(function () {
  'use strict';

  function setUp(box) {
    var video = box.querySelector('video');
    var canvas = box.querySelector('canvas');
    var data = box.querySelector('[data-photo-data]');
    var start = box.querySelector('[data-camera-start]');
    var take = box.querySelector('[data-camera-take]');
    var error = box.querySelector('[data-camera-error]');
    var stream = null;

    start.addEventListener('click', function () {
      if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
        error.hidden = false;
        return;
      }
      navigator.mediaDevices.getUserMedia({ video: { facingMode: 'user', width: { ideal: 1280 } }, audio: false })
        .then(function (s) {
          stream = s;
          video.srcObject = s;
          video.hidden = false;
          canvas.hidden = true;
          take.hidden = false;
          take.focus();
        })
        .catch(function () { error.hidden = false; });
    });

    take.addEventListener('click', function () {
      var w = video.videoWidth;
      var h = video.videoHeight;
      if (!w || !h) {
        return;
      }
      // The largest centred 3:4 portrait that fits in the camera's picture.
      var cropW = Math.min(w, Math.round(h * 3 / 4));
      var cropH = Math.round(cropW * 4 / 3);
      var ctx = canvas.getContext('2d');
      ctx.drawImage(video, (w - cropW) / 2, (h - cropH) / 2, cropW, cropH, 0, 0, canvas.width, canvas.height);
      data.value = canvas.toDataURL('image/jpeg', 0.9);
      canvas.hidden = false;
      video.hidden = true;
      take.hidden = true;
      if (stream) {
        stream.getTracks().forEach(function (track) { track.stop(); });
        stream = null;
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('[data-camera]'), setUp);
  });
})();
