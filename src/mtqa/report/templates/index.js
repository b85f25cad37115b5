// Click a column header to sort the table by it; click again to reverse. Cells carry their sort
// key in data-sort (numbers for numeric columns), so the displayed text never has to be parsed.
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    var headers = table.querySelectorAll("thead th");
    var body = table.tBodies[0];
    Array.prototype.forEach.call(headers, function (header, column) {
      header.setAttribute("tabindex", "0");
      function sort() {
        var ascending = header.getAttribute("aria-sort") !== "ascending";
        var numeric = header.getAttribute("data-type") === "number";
        Array.prototype.forEach.call(headers, function (other) { other.removeAttribute("aria-sort"); });
        header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[column].getAttribute("data-sort");
          var y = b.cells[column].getAttribute("data-sort");
          var order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      }
      header.addEventListener("click", sort);
      header.addEventListener("keydown", function (event) {
        if (event.key === "Enter" || event.key === " ") { event.preventDefault(); sort(); }
      });
    });
  });
}());
