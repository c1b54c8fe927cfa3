// The search button on small screens (partials/header.html).
//
// There the search is a full-screen panel that covers the page. strategy.css keeps
// the closed panel hidden, search field and all, so pressing Tab can never land in
// the field and open it (Material opens the search whenever the field takes focus).
// This button opens it instead, and puts the reader in the field; when the search
// closes (Escape, Tab, the back arrow), focus goes back to the button, not to a
// hidden field or the top of the page. (Material focuses the field when the first
// `header [for=__search]` is clicked: with the button gone, that is the overlay
// around the open search on wide screens, so a click there must not leave the
// closed field focused either.)
(function () {
  var toggle = document.getElementById("__search");
  var field = document.querySelector("[data-md-component=search-query]");
  var button = document.querySelector("[data-strategy-search-open]");
  if (!toggle || !field || !button) {
    return;
  }
  button.addEventListener("click", function () {
    if (!toggle.checked) {
      toggle.click(); // as Material's own label does, so its listeners hear it
    }
    field.focus();
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
