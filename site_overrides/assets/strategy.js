// Small fixes to Material's behaviour, on both sites (loaded from main.html).
(function () {
  var drawer = document.getElementById("__drawer");
  var toggle = document.getElementById("__search");
  var field = document.querySelector("[data-md-component=search-query]");
  var button = document.querySelector("[data-strategy-search-open]");

  // A fresh page has the drawer and the search closed. A browser coming back
  // to a page may restore the toggles' state as it found it; Material stopped
  // that with autocomplete="off", which checkboxes may not have (base.html).
  // Clicking, not setting `checked`, tells Material's script too. A search
  // opened by ?q= in the address (Material's own) stays open.
  if (drawer && drawer.checked) {
    drawer.click();
  }
  if (toggle && toggle.checked && !new URLSearchParams(location.search).has("q")) {
    toggle.click();
  }

  // Toggle buttons (partials/header.html, nav.html, nav-item.html, toc.html,
  // search.html; base.html's overlay). Material opens its drawer, search,
  // navigation sections and the drawer's table of contents with <label>s for
  // hidden checkboxes; ours are buttons naming the checkbox in
  // data-strategy-toggle. A click works the checkbox as the label did (a
  // click, so Material's own listeners hear the change), aria-expanded follows
  // it, and focus moves where the reader now is: into the panel just opened,
  // or back to the button that opened the panel just closed. That is the
  // element named by data-strategy-focus if it is on screen, or else the first
  // thing on screen inside it that takes focus (the drawer opens on the panel
  // of the current page's section, whose "back" button is then the first).
  var onScreen = function (element) {
    return element.getClientRects().length > 0 && getComputedStyle(element).visibility !== "hidden";
  };
  var focusIn = function (target) {
    if (target.matches("a[href], button, input, [tabindex]") && onScreen(target)) {
      target.focus();
      return;
    }
    var inside = target.querySelectorAll("a[href], button, input:not([hidden]), [tabindex]");
    for (var i = 0; i < inside.length; i++) {
      if (onScreen(inside[i])) {
        inside[i].focus();
        return;
      }
    }
  };
  document.querySelectorAll("[data-strategy-toggle]").forEach(function (control) {
    var box = document.getElementById(control.getAttribute("data-strategy-toggle"));
    if (!box) {
      return;
    }
    control.addEventListener("click", function () {
      box.click();
      var next = document.getElementById(control.getAttribute("data-strategy-focus") || "");
      if (next) {
        setTimeout(function () {
          focusIn(next); // once the panels' visibility has switched (strategy.css)
        }, 0);
      }
    });
    if (control.hasAttribute("aria-expanded")) {
      var expanded = function () {
        control.setAttribute("aria-expanded", String(box.checked));
      };
      box.addEventListener("change", expanded);
      expanded();
    }
  });

  // The search button on small screens (partials/header.html).
  //
  // There the search is a full-screen panel that covers the page. strategy.css
  // keeps the closed panel hidden, search field and all, so pressing Tab can
  // never land in the field and open it (Material opens the search whenever the
  // field takes focus). This button opens it instead, and puts the reader in the
  // field; when the search closes (Escape, Tab, the back arrow), focus goes back
  // to the button, not to a hidden field or the top of the page. (Material
  // focuses the field when the first `header [for=__search]` is clicked: with the
  // button gone, that is the overlay around the open search on wide screens, so a
  // click there must not leave the closed field focused either.)
  if (!toggle || !field || !button) {
    return;
  }
  button.addEventListener("click", function () {
    if (!toggle.checked) {
      toggle.click(); // as Material's own label does, so its listeners hear it
    }
    field.focus();
  });
  // Wide screens: Tab out of the search closes it, so its overlay never stays
  // over the page while the reader moves on (WCAG 2.4.11, 3.2.1).
  var search = field.closest("[data-md-component=search]") || field.form;
  search.addEventListener("focusout", function (event) {
    if (toggle.checked && !(event.relatedTarget && search.contains(event.relatedTarget))) {
      toggle.click();
    }
  });
  toggle.addEventListener("change", function () {
    var focused = document.activeElement;
    if (toggle.checked || !(focused === document.body || field.form.contains(focused))) {
      return;
    }
    if (button.offsetParent !== null) {
      button.focus(); // small screens: the button is there again
    } else {
      field.blur(); // wide screens: a closed search keeps no focus, as on Escape
    }
  });
})();
