// actieplan web: small improvements when JavaScript runs; the page works the same without it.
(function () {
  "use strict";
  var form = document.getElementById("formulier");
  if (!form) { return; }
  var drop = form.querySelector(".drop");
  var input = document.getElementById("werkmap");
  // dropping anywhere on the zone fills the file input (the input itself accepts drops natively too)
  ["dragenter", "dragover"].forEach(function (type) {
    drop.addEventListener(type, function (e) { e.preventDefault(); drop.classList.add("over"); });
  });
  ["dragleave", "drop"].forEach(function (type) {
    drop.addEventListener(type, function () { drop.classList.remove("over"); });
  });
  drop.addEventListener("drop", function (e) {
    e.preventDefault();
    if (e.dataTransfer && e.dataTransfer.files.length) { input.files = e.dataTransfer.files; }
  });
  // progress while the upload and the check run: the answer replaces this page when it is ready
  form.addEventListener("submit", function () {
    var busy = document.getElementById("bezig");
    busy.hidden = false;
    document.getElementById("controleer").disabled = true;
    var text = document.getElementById("bezig-tekst");
    var start = Date.now();
    var base = text.textContent;
    window.setInterval(function () {
      var s = Math.round((Date.now() - start) / 1000);
      text.textContent = base + " (" + s + " s)";
    }, 1000);
  });
}());
