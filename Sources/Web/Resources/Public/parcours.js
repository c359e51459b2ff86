// Progressive enhancement only: every page works without this script.
// Commune pickers: suggestions from the server while typing, into the field's <datalist>.
(function () {
  "use strict";
  var fields = document.querySelectorAll("input[data-commune-suggestions]");
  Array.prototype.forEach.call(fields, function (field) {
    var list = document.getElementById(field.getAttribute("list"));
    var url = field.getAttribute("data-commune-suggestions");
    var timer = null;
    var lastQuery = "";
    field.addEventListener("input", function () {
      var query = field.value.trim();
      if (query.length < 2 || query === lastQuery) { return; }
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        lastQuery = query;
        fetch(url + "?q=" + encodeURIComponent(query), { headers: { Accept: "application/json" } })
          .then(function (response) { return response.ok ? response.json() : []; })
          .then(function (items) {
            while (list.firstChild) { list.removeChild(list.firstChild); }
            items.forEach(function (item) {
              var option = document.createElement("option");
              option.value = item.code;
              option.label = item.libelle;
              option.textContent = item.libelle;
              list.appendChild(option);
            });
          })
          .catch(function () { /* suggestions are optional */ });
      }, 200);
    });
  });
})();
