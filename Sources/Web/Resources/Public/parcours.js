// Progressive enhancement only: every page works without this script.
// Commune fields become comboboxes (WAI-ARIA 1.2 pattern): suggestions from the server while typing, arrow keys to
// move through them, Enter to choose one (Enter never sends the form, except a search form), Escape to close.
(function () {
  "use strict";
  var fields = document.querySelectorAll("input[data-commune-suggestions]");
  Array.prototype.forEach.call(fields, function (field) {
    var list = document.getElementById(field.getAttribute("data-listbox"));
    var status = document.getElementById(list.id + "-etat");
    var url = field.getAttribute("data-commune-suggestions");
    var departementField = field.getAttribute("data-departement-field");
    var items = [];
    var active = -1;
    var timer = null;
    var lastQuery = "";
    field.setAttribute("role", "combobox");
    field.setAttribute("aria-autocomplete", "list");
    field.setAttribute("aria-expanded", "false");
    field.setAttribute("aria-controls", list.id);

    function close() {
      list.setAttribute("hidden", "hidden");
      field.setAttribute("aria-expanded", "false");
      field.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function highlight(index) {
      var options = list.querySelectorAll("li");
      if (!options.length) { return; }
      active = (index + options.length) % options.length;
      Array.prototype.forEach.call(options, function (option, i) {
        option.setAttribute("aria-selected", i === active ? "true" : "false");
      });
      field.setAttribute("aria-activedescendant", options[active].id);
      options[active].scrollIntoView({ block: "nearest" });
    }

    function choose(index) {
      if (index < 0 || index >= items.length) { return; }
      field.value = items[index].libelle;
      lastQuery = field.value;
      close();
      status.textContent = items[index].libelle + " choisie.";
    }

    function render(results) {
      items = results;
      while (list.firstChild) { list.removeChild(list.firstChild); }
      results.forEach(function (item, index) {
        var option = document.createElement("li");
        option.id = list.id + "-" + index;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.textContent = item.libelle;
        option.addEventListener("mousedown", function (event) { event.preventDefault(); choose(index); });
        list.appendChild(option);
      });
      active = -1;
      if (results.length) {
        list.removeAttribute("hidden");
        field.setAttribute("aria-expanded", "true");
      } else {
        close();
      }
      status.textContent = results.length === 0 ? "Aucune commune suggérée." :
        results.length === 1 ? "1 commune suggérée : flèche vers le bas pour la choisir." :
        results.length + " communes suggérées : flèches pour les parcourir, Entrée pour choisir.";
    }

    field.addEventListener("keydown", function (event) {
      var open = field.getAttribute("aria-expanded") === "true";
      if (event.key === "ArrowDown") {
        event.preventDefault();
        if (!open && items.length) { render(items); }
        highlight(active + 1);
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        if (open) { highlight(active - 1); }
      } else if (event.key === "Enter") {
        // In a search form Enter searches, with the highlighted suggestion if any; elsewhere it never sends the form.
        var searching = field.form !== null && field.form.getAttribute("role") === "search";
        if (!searching) { event.preventDefault(); }
        if (open && active >= 0) {
          choose(active);
        } else if (open && items.length === 1 && !searching) {
          choose(0);
        } else {
          close();
        }
      } else if (event.key === "Escape" && open) {
        event.preventDefault();
        close();
      }
    });

    field.addEventListener("input", function () {
      var query = field.value.trim();
      if (query.length < 2) { close(); return; }
      if (query === lastQuery) { return; }
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        lastQuery = query;
        var address = url + "?q=" + encodeURIComponent(query);
        var departement = departementField && field.form ? field.form.elements[departementField] : null;
        if (departement && departement.value) { address += "&departement=" + encodeURIComponent(departement.value); }
        fetch(address, { headers: { Accept: "application/json" } })
          .then(function (response) { return response.ok ? response.json() : []; })
          .then(render)
          .catch(function () { /* suggestions are optional */ });
      }, 200);
    });

    field.addEventListener("blur", function () { window.setTimeout(close, 100); });
  });

  // After a form is sent, the page's confirmation or error summary takes the focus, so that keyboard and screen
  // reader users start from what happened rather than from the top (the markup also carries autofocus).
  var summary = document.querySelector(".error-summary, .flash");
  if (summary && document.activeElement === document.body) { summary.focus(); }
})();
