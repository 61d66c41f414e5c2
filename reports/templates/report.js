"use strict";
(function () {
  var form = document.getElementById("filters");
  var ruleSelect = document.getElementById("filter-rule");
  var severitySelect = document.getElementById("filter-severity");
  var pageInput = document.getElementById("filter-page");
  var status = document.getElementById("filter-status");
  var pages = Array.prototype.slice.call(document.querySelectorAll("section.page"));
  var rows = Array.prototype.slice.call(document.querySelectorAll("#page-index tbody tr"));

  function has(list, value) {
    return value === "" || (" " + list + " ").indexOf(" " + value + " ") !== -1;
  }

  function matches(node, rule, severity, text) {
    return has(node.dataset.rules, rule) && has(node.dataset.severities, severity) &&
      node.dataset.path.toLowerCase().indexOf(text) !== -1;
  }

  function filterFindings(scope, rule, severity) {
    scope.querySelectorAll("li.finding").forEach(function (item) {
      item.hidden = !(has(item.dataset.rule, rule) && has(item.dataset.severity, severity));
    });
  }

  var findingsFiltered = false;

  function apply() {
    var rule = ruleSelect.value, severity = severitySelect.value, text = pageInput.value.trim().toLowerCase();
    // Touch the findings only when a finding filter is or was on: a big report opens faster.
    var filterFindingsNow = findingsFiltered || rule !== "" || severity !== "";
    findingsFiltered = rule !== "" || severity !== "";
    var shown = 0;
    pages.forEach(function (page) {
      var visible = matches(page, rule, severity, text);
      page.hidden = !visible;
      if (visible) {
        shown += 1;
        if (filterFindingsNow) { filterFindings(page, rule, severity); }
      }
    });
    var rowsShown = 0;
    rows.forEach(function (row) {
      row.hidden = !matches(row, rule, severity, text);
      if (!row.hidden) { rowsShown += 1; }
    });
    // An index of a report folder has rows and no page sections.
    var total = pages.length || rows.length;
    status.textContent = form.dataset.status.replace("{shown}", pages.length ? shown : rowsShown)
      .replace("{total}", total);
  }

  function unpack(index) {
    var packed = document.getElementById("packed-" + index);
    var detail = document.getElementById("detail-" + index);
    if (!packed || !detail || detail.dataset.loaded) { return Promise.resolve(detail); }
    detail.dataset.loaded = "1";
    var bytes = Uint8Array.from(atob(packed.textContent), function (c) { return c.charCodeAt(0); });
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).text().then(function (html) {
      detail.innerHTML = html;
      filterFindings(detail, ruleSelect.value, severitySelect.value);
      return detail;
    });
  }

  function openFromHash() {
    var match = /^#page-(\d+)$/.exec(window.location.hash);
    if (match) { unpack(match[1]); }
  }

  form.hidden = false;
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
  document.querySelectorAll("button.load").forEach(function (button) {
    button.addEventListener("click", function () {
      if (typeof DecompressionStream === "undefined") {
        button.replaceWith(document.createTextNode(form.dataset.unsupported || ""));
        return;
      }
      unpack(button.dataset.page).then(function (detail) {
        var heading = detail.querySelector("h4, p");
        if (heading) { heading.tabIndex = -1; heading.focus(); }
      });
    });
  });
  window.addEventListener("hashchange", openFromHash);
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details").forEach(function (details) { details.open = true; });
  });
  openFromHash();
  apply();
})();
