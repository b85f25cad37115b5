// Severity and category filters: unticking a box dims the matching highlights and hides the
// matching list items. Only classes change; no text is ever inserted, so nothing can be injected.
(function () {
  "use strict";
  var root = document.documentElement;
  root.classList.add("js");
  var boxes = Array.prototype.slice.call(document.querySelectorAll("input[data-filter]"));
  var items = document.querySelectorAll("[data-severity][data-category]");
  function apply() {
    var off = {};
    boxes.forEach(function (box) {
      if (!box.checked) { off[box.getAttribute("data-filter") + ":" + box.value] = true; }
    });
    Array.prototype.forEach.call(items, function (item) {
      var hidden = off["severity:" + item.getAttribute("data-severity")] ||
        off["category:" + item.getAttribute("data-category")];
      item.classList.toggle("filtered", Boolean(hidden));
    });
    root.setAttribute("data-filters-ready", "1");
  }
  boxes.forEach(function (box) { box.addEventListener("change", apply); });
  apply();
}());
