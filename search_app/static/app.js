/* Progressive enhancement only: every page works without this file.
   - "Copy the citation" buttons (shown only when this script runs);
   - facet checkboxes that apply themselves, keeping the keyboard focus;
   - the interface-language switch keeps the place in the page (#para-30, #item-b, #fn-9). */
(function () {
  "use strict";

  // The server never sees a URL's fragment: the switch's link (/ui/fr?next=<this page>) came
  // back to the top of a 115-paragraph report opened at #para-30. It is added to "next" when
  // the link is followed, so that a fragment reached after the page loaded counts too.
  document.querySelectorAll(".ui-switch a[href]").forEach(function (link) {
    link.addEventListener("click", function () {
      var url = new URL(link.href, window.location.href);
      var next = (url.searchParams.get("next") || "/").split("#")[0];
      url.searchParams.set("next", next + window.location.hash);
      link.href = url.pathname + url.search;
    });
  });

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.className = "offscreen";
      document.body.appendChild(area);
      area.select();
      var done = document.execCommand("copy");
      document.body.removeChild(area);
      if (done) { resolve(); } else { reject(new Error("copy refused")); }
    });
  }

  function selectContents(element) {
    var range = document.createRange();
    range.selectNodeContents(element);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    var source = document.getElementById(button.dataset.copy);
    var status = document.getElementById(button.dataset.status);
    if (!source) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      var text = source.textContent.replace(/\s+/g, " ").trim();
      copyText(text).then(function () {
        status.textContent = button.dataset.done;
      }, function () {
        selectContents(source);
        status.textContent = button.dataset.failed;
      });
    });
  });

  var form = document.querySelector("form.facet-form");
  if (form) {
    var key = "facet-focus";
    // The boxes say what the URL selects: Back shows a page whose box was ticked as it was
    // left (back-forward cache) or ticks it again (form restore); ticking another box then
    // applied both.
    var matchURL = function () {
      form.querySelectorAll("input[type=checkbox]").forEach(function (box) {
        box.checked = box.defaultChecked;
      });
    };
    matchURL();
    window.addEventListener("pageshow", matchURL);
    document.querySelectorAll(".js-hint").forEach(function (hint) { hint.hidden = false; });
    form.querySelectorAll("button.apply").forEach(function (button) { button.hidden = true; });
    form.addEventListener("change", function (event) {
      if (event.target.type !== "checkbox") { return; }
      try { sessionStorage.setItem(key, event.target.id); } catch (e) { /* private mode */ }
      form.submit();
    });
    var wanted = null;
    try { wanted = sessionStorage.getItem(key); sessionStorage.removeItem(key); } catch (e) { /* */ }
    var box = wanted && document.getElementById(wanted);
    if (box) {
      var details = box.closest("details");
      if (details) { details.open = true; }
      box.focus();
    }
  }
}());
