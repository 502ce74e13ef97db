// The map page's one script, ours. Everything works without it (links and a GET form); with it,
// choosing a filter applies it at once, and choosing a jurisdiction shows its page beside the map.
(function () {
  "use strict";
  var form = document.querySelector("form.filters");
  if (form) {
    form.addEventListener("change", function (event) {
      if (event.target.tagName === "SELECT") {
        form.requestSubmit ? form.requestSubmit() : form.submit();
      }
    });
    // Unset filters stay out of the URL, so shared links are short.
    form.addEventListener("submit", function () {
      Array.prototype.forEach.call(form.elements, function (el) {
        if (el.name && !el.value) { el.disabled = true; }
      });
    });
  }
  var panel = document.getElementById("detail");
  if (!panel || !window.fetch || !window.DOMParser) { return; }
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a[data-slug]") : null;
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) { return; }
    event.preventDefault();
    var href = link.getAttribute("href");
    fetch(href, {headers: {"Accept": "text/html"}}).then(function (response) {
      if (!response.ok) { throw new Error(response.status); }
      return response.text();
    }).then(function (html) {
      // Our own server-rendered, escaped page; only its article is shown.
      var doc = new DOMParser().parseFromString(html, "text/html");
      var article = doc.querySelector("article.jurisdiction");
      panel.replaceChildren();
      var close = document.createElement("button");
      close.type = "button";
      close.textContent = "Close";
      close.addEventListener("click", function () { panel.hidden = true; link.focus(); });
      var page = document.createElement("a");
      page.href = href;
      page.textContent = "Open its own page";
      var bar = document.createElement("p");
      bar.append(close, " ", page);
      panel.append(bar, document.importNode(article, true));
      panel.hidden = false;
      var heading = panel.querySelector("h1");
      if (heading) { heading.tabIndex = -1; heading.focus(); }
    }).catch(function () { window.location.href = href; });
  });
})();
