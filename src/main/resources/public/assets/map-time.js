// The map over time, with a script: a slider over the dates where something changed and Play/Pause,
// redrawing the map and its table in place (the page for that date, fetched and swapped in) and
// keeping the URL on the date shown. Without it the same dates are links (nav.time).
(function () {
  "use strict";
  var nav = document.querySelector("nav.time");
  if (!nav || !window.fetch || !window.DOMParser || !window.history.replaceState) { return; }
  var steps = nav.getAttribute("data-steps").split(" ");
  var latest = steps.length; // the last position: today, no date in the URL
  var reduced = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  var delay = reduced ? 3000 : 1200;
  var playing = false;
  var timer = null;

  function position(url) {
    var asOf = new URL(url).searchParams.get("asOf");
    if (!asOf) { return latest; }
    var at = 0;
    steps.forEach(function (s, i) { if (s <= asOf) { at = i; } });
    return at;
  }
  function words(i) { return i === latest ? "today" : steps[i]; }

  var bar = document.createElement("div");
  bar.className = "time-slider";
  var label = document.createElement("label");
  var caption = document.createElement("span");
  caption.textContent = "Date shown: ";
  var output = document.createElement("output");
  var slider = document.createElement("input");
  slider.type = "range";
  slider.min = "0";
  slider.max = String(latest);
  slider.step = "1";
  var play = document.createElement("button");
  play.type = "button";
  play.textContent = "Play";
  play.setAttribute("aria-pressed", "false");
  label.append(caption, output, slider);
  bar.append(label, play);
  nav.append(bar);

  function show(i) {
    slider.value = String(i);
    output.textContent = words(i);
    slider.setAttribute("aria-valuetext", words(i));
  }
  show(position(window.location.href));

  function swap(doc, selector) {
    var now = document.querySelector(selector);
    var next = doc.querySelector(selector);
    if (now && next) { now.replaceWith(document.importNode(next, true)); }
  }
  var loading = null;
  function go(i) {
    var url = new URL(window.location.href);
    if (i === latest) { url.searchParams.delete("asOf"); } else { url.searchParams.set("asOf", steps[i]); }
    url.hash = "";
    show(i);
    nav.setAttribute("aria-busy", "true");
    var request = loading = fetch(url.toString(), {headers: {"Accept": "text/html"}}).then(function (response) {
      if (!response.ok) { throw new Error(response.status); }
      return response.text();
    }).then(function (html) {
      if (request !== loading) { return; } // a later step was asked for meanwhile
      // Our own server-rendered, escaped page; only its map, table, steps and footer are taken.
      var doc = new DOMParser().parseFromString(html, "text/html");
      [".map-layout", "#table", "nav.time .time-now", "nav.time .time-steps", "footer.site"].forEach(function (s) {
        swap(doc, s);
      });
      var asOf = document.querySelector("form.filters input[name=asOf]");
      if (asOf) { asOf.value = i === latest ? "" : steps[i]; }
      window.history.replaceState(null, "", url.toString());
      nav.removeAttribute("aria-busy");
      if (playing) { timer = window.setTimeout(advance, delay); }
    }).catch(function () { window.location.href = url.toString(); });
  }
  function advance() {
    var i = Number(slider.value);
    if (i >= latest) { stop(); return; }
    go(i + 1);
  }
  function stop() {
    playing = false;
    window.clearTimeout(timer);
    play.textContent = "Play";
    play.setAttribute("aria-pressed", "false");
  }
  slider.addEventListener("input", function () { output.textContent = words(Number(slider.value)); });
  slider.addEventListener("change", function () { stop(); go(Number(slider.value)); });
  play.addEventListener("click", function () {
    if (playing) { stop(); return; }
    playing = true;
    play.textContent = "Pause";
    play.setAttribute("aria-pressed", "true");
    if (Number(slider.value) >= latest) { go(0); } else { advance(); }
  });
})();
