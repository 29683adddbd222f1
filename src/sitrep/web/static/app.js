// sitrep dashboard: a map, a timeline and a list of incidents, and a page per incident with every
// source sentence highlighted inside its article.
//
// Everything that comes from a report (titles, outlets, sentences, article text) is untrusted: it
// reaches the page only as text nodes (`el`, `textContent`), never through innerHTML, and links
// are made only from http(s) URLs. Filters live in the URL, so every view can be shared by link.
"use strict";

(function () {
  const FILTERS = ["since", "until", "country", "admin1", "actor", "weapon", "status", "bbox", "q"];
  // A country's colour is its own in every view (filters, day or week), never where it falls in
  // one chart: its code hashes to a slot of a fixed palette (Tableau 10 less its grey, and three
  // more as strong). Two codes can hash to one slot, so the store's most reported countries, taken
  // in that order, move on to the next free slot: the first 12 never share a colour.
  const PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#bcbd22", "#17becf",
    "#393b79", "#e7ba52", "#7b4173"];
  const OTHER_COLOUR = "#7f7f7f"; // the countries past the chart's first few, together
  const NO_COUNTRY_COLOUR = "#c7c7c7"; // a sea, a strait: no country holds it
  const SHOWN_COUNTRIES = 6; // bars of their own; the rest are "other countries"
  const TALLY_COLOURS = ["#111111", "#6d4c41", "#455a64", "#ad1457"];
  const MAX_ZOOM = 14;
  const SVG = "http://www.w3.org/2000/svg";
  const PRECISION = {
    1: "the site or town itself",
    2: "near a town, or part of a region",
    3: "a region (province) only",
  };
  const STATUS = {
    claimed: "only the perpetrator says so",
    reported: "media or anonymous sources say so",
    confirmed: "an official of the targeted side confirms it",
  };

  // --- small tools -----------------------------------------------------------------------------
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "className") node.className = value;
      else if (key === "text") node.textContent = value;
      else if (key === "dataset") Object.assign(node.dataset, value);
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value);
    }
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false || child === "") continue;
      node.append(child instanceof Node ? child : String(child)); // strings become text nodes
    }
    return node;
  }

  function svg(tag, attrs, text) {
    const node = document.createElementNS(SVG, tag);
    for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, value);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function link(url, text) {
    // Only web links: a report's "javascript:" or "data:" URL is shown as what it is, plain text.
    let parsed = null;
    try { parsed = new URL(url, location.origin); } catch (e) { parsed = null; }
    if (!parsed || !/^https?:$/.test(parsed.protocol)) return document.createTextNode(url || "");
    return el("a", { href: parsed.href, rel: "noopener noreferrer nofollow", target: "_blank" }, text || parsed.href);
  }

  function route(href, text, props) {
    return el("a", Object.assign({ href, dataset: { route: "" } }, props || {}), text);
  }

  async function getJSON(path, params) {
    const url = params && [...params].length ? `${path}?${params}` : path;
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    let body = null;
    try { body = await response.json(); } catch (e) { body = null; }
    if (!response.ok) throw new Error((body && body.message) || `${response.status} ${response.statusText}`);
    return body;
  }

  function filtersInUrl() {
    const params = new URLSearchParams(location.search);
    const found = {};
    for (const key of FILTERS) if (params.get(key)) found[key] = params.get(key);
    return found;
  }

  function params(values) {
    const out = new URLSearchParams();
    for (const [key, value] of Object.entries(values)) if (value !== undefined && value !== null && value !== "") out.set(key, value);
    return out;
  }

  function day(value) { return value ? String(value) : "undated"; }

  function when(i) {
    if (!i.event_date) return "undated";
    if (i.date_precision === "day") return i.event_date;
    if (i.date_precision === "range" && i.date_start && i.date_end && i.date_start !== i.date_end)
      return `${i.date_start} to ${i.date_end}`;
    return `${i.event_date} (${i.date_precision})`;
  }

  function figure(best, low, high) {
    if (best === null || best === undefined) return null;
    return low !== null && high !== null && low !== high ? `${best} (reports range ${low}–${high})` : String(best);
  }

  const countryNames = {};
  function countryLabel(code) { return code ? (countryNames[code] || code) : "no country"; }

  function paletteSlot(code) {
    let hash = 0x811c9dc5; // FNV-1a, 32 bits
    for (const ch of code) hash = Math.imul(hash ^ ch.charCodeAt(0), 0x01000193) >>> 0;
    return hash % PALETTE.length;
  }

  const countrySlots = {};
  function giveColours(countries) { // the store's countries, most incidents first (/api/facets)
    const taken = new Set();
    for (const { value } of countries) {
      let slot = paletteSlot(value);
      if (taken.size < PALETTE.length) {
        while (taken.has(slot)) slot = (slot + 1) % PALETTE.length;
        taken.add(slot);
      }
      countrySlots[value] = slot;
    }
  }

  function countryColour(code) {
    if (code === "other") return OTHER_COLOUR;
    if (!code) return NO_COUNTRY_COLOUR;
    return PALETTE[countrySlots[code] ?? paletteSlot(code)];
  }

  // "Yemen, Yemen" and "Baghdad, Baghdad, Iraq" are one place: a part that repeats an earlier one
  // (a place that is its own province, or a country named as the place) is said once.
  function placeName(...parts) {
    const out = [];
    for (const part of parts) {
      if (part && !out.some((p) => p.toLocaleLowerCase() === String(part).toLocaleLowerCase())) out.push(String(part));
    }
    return out.join(", ");
  }

  function setReady(state) { document.body.dataset.ready = state; }

  // --- routing -------------------------------------------------------------------------------
  let dashboardSearch = location.pathname === "/" ? location.search : "";

  function navigate() {
    const match = location.pathname.match(/^\/incidents\/(\d+)\/?$/);
    if (match) showIncident(Number(match[1]));
    else showDashboard();
  }

  document.addEventListener("click", (event) => {
    const anchor = event.target.closest && event.target.closest("a[data-route]");
    if (!anchor || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    history.pushState(null, "", anchor.getAttribute("href"));
    navigate();
  });
  window.addEventListener("popstate", navigate);

  // --- the dashboard ---------------------------------------------------------------------------
  const form = document.getElementById("filters");
  const dashboard = document.getElementById("dashboard");
  const incidentView = document.getElementById("incident-view");
  const list = document.getElementById("incident-list");
  const more = document.getElementById("more");
  const interval = document.getElementById("interval");
  let map = null;
  let markers = null;
  let clusters = null;
  let basemap = null;
  let fittedTo = null; // the filters (but the map area) the view was last fitted to
  let nextCursor = null;
  let generation = 0;
  let facets = null;
  let tallies = [];

  // What the store holds (filter choices, country names) and the official tallies: fetched once,
  // at the same time as the first view's own data.
  const described = Promise.all([getJSON("/api/facets"), getJSON("/api/tallies")]).then(([f, t]) => {
    facets = f;
    tallies = t;
    for (const c of facets.countries) countryNames[c.value] = c.label;
    giveColours(facets.countries);
    options(form.elements.country, facets.countries.map((c) => [c.value, `${c.label} (${c.count})`]));
    options(form.elements.weapon, facets.weapons.map((c) => [c.value, `${c.value} (${c.count})`]));
    options(form.elements.status, facets.statuses.map((c) => [c.value, `${c.value} (${c.count})`]));
    datalist("admin1-list", facets.admin1.map((c) => c.value));
    datalist("actor-list", facets.actors.map((c) => c.value));
  });

  function options(select, pairs) {
    for (const [value, label] of pairs) select.append(el("option", { value }, label));
  }

  function datalist(id, values) {
    document.getElementById(id).replaceChildren(...[...new Set(values)].map((v) => el("option", { value: v })));
  }

  function showDashboard() {
    incidentView.hidden = true;
    dashboard.hidden = false;
    form.hidden = false;
    document.title = "sitrep";
    if (!map) makeMap();
    else map.invalidateSize();
    loadDashboard();
  }

  function fillForm(values) {
    for (const key of FILTERS) form.elements[key].value = values[key] || "";
    document.getElementById("area").textContent = values.bbox ? "Any map area" : "Only this map area";
  }

  function applyForm() {
    const values = {};
    for (const key of FILTERS) values[key] = form.elements[key].value.trim();
    const search = params(values).toString();
    history.replaceState(null, "", search ? `/?${search}` : "/");
    loadDashboard();
  }

  form.addEventListener("change", applyForm);
  form.addEventListener("submit", (event) => { event.preventDefault(); applyForm(); });
  // A hidden input's value is its default too, which a reset keeps: the map area is cleared here.
  form.addEventListener("reset", () => setTimeout(() => { form.elements.bbox.value = ""; applyForm(); }, 0));
  document.getElementById("area").addEventListener("click", () => {
    if (form.elements.bbox.value) form.elements.bbox.value = "";
    else {
      const b = map.getBounds();
      const r = (v, lo, hi) => Math.min(hi, Math.max(lo, v)).toFixed(3);
      form.elements.bbox.value = [r(b.getWest(), -180, 180), r(b.getSouth(), -90, 90), r(b.getEast(), -180, 180),
        r(b.getNorth(), -90, 90)].join(",");
    }
    applyForm();
  });
  interval.addEventListener("change", () => loadTimeline(filtersInUrl(), generation));
  more.addEventListener("click", async () => {
    const page = await getJSON("/api/incidents", params(Object.assign(filtersInUrl(), { cursor: nextCursor })));
    drawList(page, false);
  });

  async function loadDashboard() {
    const mine = ++generation;
    setReady("");
    dashboardSearch = location.search;
    const filters = filtersInUrl();
    const status = document.getElementById("map-status");
    status.textContent = "Loading…";
    status.className = "status";
    try {
      const [points, page] = await Promise.all([
        getJSON("/api/points", params(filters)),
        getJSON("/api/incidents", params(filters)),
        loadTimeline(filters, mine),
        basemap,
        described,
      ]);
      if (mine !== generation) return;
      fillForm(filters);
      // The map opens on the incidents, and moves to them again when a filter changes; not when
      // only the map area did (the analyst chose that view), nor on coming back from an incident.
      const view = JSON.stringify(FILTERS.filter((key) => key !== "bbox").map((key) => filters[key] || ""));
      drawPoints(points, view !== fittedTo);
      fittedTo = view;
      drawList(page, true);
      status.textContent = points.count === 1 ? "1 incident on the map" : `${points.count.toLocaleString()} incidents on the map`;
      setReady("dashboard");
    } catch (error) {
      if (mine !== generation) return;
      described.then(() => fillForm(filters), () => null);
      status.textContent = error.message;
      status.className = "status error";
      setReady("dashboard");
    }
  }

  // --- the map ---------------------------------------------------------------------------------
  function makeMap() {
    map = L.map("map", { preferCanvas: true, attributionControl: false, worldCopyJump: true, minZoom: 1,
      maxZoom: MAX_ZOOM }).setView([30, 35], 3);
    const tiles = document.querySelector('meta[name="sitrep-tiles"]').content;
    if (tiles) L.tileLayer(tiles, { maxZoom: MAX_ZOOM }).addTo(map);
    markers = L.layerGroup().addTo(map);
    map.on("moveend", drawMarkers);
    map.on("zoomend", () => { map.getContainer().dataset.zoom = map.getZoom(); });
    map.getContainer().dataset.zoom = map.getZoom();
    basemap = drawBasemap(!tiles);
  }

  async function drawBasemap(filled) {
    // Natural Earth countries at 1:110m for the world at a glance, 1:50m once zoomed in (fetched
    // then); admin-1 boundaries of the countries in view from zoom 5.
    const style = { color: "#8c8c84", weight: 0.8, fillColor: "#f4f2ea", fillOpacity: filled ? 1 : 0 };
    const countries = async (scale) => {
      const topo = await getJSON(`/static/vendor/basemap/countries-${scale}.json`);
      return L.geoJSON(topojson.feature(topo, topo.objects.countries), { interactive: false, style });
    };
    const coarse = (await countries("110m")).addTo(map);
    document.getElementById("map").classList.add("basemap-drawn");
    let fine = null;
    const detail = async () => {
      const close = map.getZoom() >= 4;
      if (close && !fine) fine = await countries("50m");
      const [shown, hidden] = map.getZoom() >= 4 ? [fine, coarse] : [coarse, fine];
      if (hidden && map.hasLayer(hidden)) map.removeLayer(hidden);
      if (shown && !map.hasLayer(shown)) shown.addTo(map).bringToBack();
    };
    map.on("zoomend", detail);
    detail();
    const extents = await getJSON("/static/vendor/basemap/admin1.json");
    const drawn = new Set();
    const admin1 = async () => {
      if (map.getZoom() < 5) return;
      const view = map.getBounds();
      for (const [code, [w, s, e, n]] of Object.entries(extents)) {
        if (drawn.has(code) || !view.intersects(L.latLngBounds([s, w], [n, e]))) continue;
        drawn.add(code);
        const units = await getJSON(`/static/vendor/basemap/admin1/${code}.json`);
        const layer = L.geoJSON(topojson.mesh(units, Object.values(units.objects)[0], (a, b) => a !== b), {
          interactive: false, style: { color: "#a8a59a", weight: 0.6, dashArray: "3 3" },
        });
        layer.addTo(map);
      }
    };
    map.on("moveend", admin1);
    admin1();
  }

  function drawPoints(data, fit) {
    clusters = new Supercluster({ radius: 44, maxZoom: MAX_ZOOM });
    clusters.load(data.points.map(([id, lat, lon, date]) => ({
      type: "Feature", geometry: { type: "Point", coordinates: [lon, lat] }, properties: { id, date },
    })));
    if (fit && data.points.length) {
      let [south, west, north, east] = [90, 180, -90, -180];
      for (const [, lat, lon] of data.points) {
        south = Math.min(south, lat); north = Math.max(north, lat);
        west = Math.min(west, lon); east = Math.max(east, lon);
      }
      map.fitBounds([[south, west], [north, east]], { padding: [24, 24], maxZoom: 7, animate: false });
      map.getContainer().dataset.fitted = [south, west, north, east].join(","); // what the view was fitted to
    }
    drawMarkers();
  }

  function drawMarkers() {
    if (!clusters) return;
    markers.clearLayers();
    const b = map.getBounds();
    const whole = b.getEast() - b.getWest() >= 360;
    const box = whole ? [-180, -85, 180, 85]
      : [b.getWest(), Math.max(-85, b.getSouth()), b.getEast(), Math.min(85, b.getNorth())];
    let west = ((box[0] + 540) % 360) - 180;
    let east = ((box[2] + 540) % 360) - 180;
    if (whole) { west = -180; east = 180; }
    const found = west <= east ? clusters.getClusters([west, box[1], east, box[3]], Math.round(map.getZoom()))
      : clusters.getClusters([west, box[1], 180, box[3]], Math.round(map.getZoom()))
        .concat(clusters.getClusters([-180, box[1], east, box[3]], Math.round(map.getZoom())));
    for (const feature of found) {
      const [lon, lat] = feature.geometry.coordinates;
      const p = feature.properties;
      let marker;
      if (p.cluster) {
        const size = p.point_count < 10 ? 28 : p.point_count < 100 ? 34 : p.point_count < 1000 ? 40 : 48;
        marker = L.marker([lat, lon], {
          icon: L.divIcon({ className: "cluster", html: el("span", { text: p.point_count.toLocaleString() }), iconSize: [size, size] }),
          title: `${p.point_count} incidents`, alt: `${p.point_count} incidents`,
        });
        marker.on("click", () => openCluster(feature, lat, lon));
      } else {
        marker = L.marker([lat, lon], {
          icon: L.divIcon({ className: "marker", iconSize: [14, 14] }), title: `Incident ${p.id}, ${day(p.date)}`,
        });
        marker.on("click", () => openIncidentPopup(p.id, lat, lon));
      }
      markers.addLayer(marker);
      const node = marker.getElement();
      if (node && p.cluster) node.dataset.count = p.point_count;
      else if (node) node.dataset.id = p.id;
    }
  }

  function openCluster(feature, lat, lon) {
    const id = feature.properties.cluster_id;
    const zoom = clusters.getClusterExpansionZoom(id);
    if (zoom <= MAX_ZOOM) { map.setView([lat, lon], zoom); return; }
    // The incidents share one place: list them, never spread them apart.
    const leaves = clusters.getLeaves(id, 500).map((l) => l.properties)
      .sort((a, b) => String(b.date).localeCompare(String(a.date)));
    const content = el("div", { className: "popup" },
      el("strong", { text: `${leaves.length} incidents at this place` }),
      el("ul", {}, leaves.map((l) => el("li", {}, route(`/incidents/${l.id}`, `${day(l.date)} · incident ${l.id}`)))));
    L.popup({ maxHeight: 260 }).setLatLng([lat, lon]).setContent(content).openOn(map);
  }

  async function openIncidentPopup(id, lat, lon) {
    const popup = L.popup().setLatLng([lat, lon]).setContent(el("div", { text: "Loading…" })).openOn(map);
    try {
      const i = await getJSON(`/api/incidents/${id}`);
      popup.setContent(el("div", { className: "popup" },
        el("strong", { text: `${when(i)} · ${i.sub_event_type}` }),
        el("p", { text: placeName(i.location, i.admin1, countryLabel(i.country)) }),
        i.actor ? el("p", { text: `${i.actor} (${i.actor_role})` }) : null,
        el("p", { text: `${i.reports} report${i.reports === 1 ? "" : "s"}, ${i.outlets} outlet${i.outlets === 1 ? "" : "s"}, ${i.status}` }),
        route(`/incidents/${id}`, "Open the incident and its sources")));
    } catch (error) {
      popup.setContent(el("div", { className: "error", text: error.message }));
    }
  }

  // --- the list --------------------------------------------------------------------------------
  function drawList(page, fresh) {
    if (fresh) list.replaceChildren();
    for (const i of page.incidents) {
      list.append(el("li", { dataset: { id: i.id } },
        route(`/incidents/${i.id}`, `${when(i)} · ${i.sub_event_type}`),
        el("div", { className: "where", text: placeName(i.location, countryLabel(i.country)) }),
        el("div", { className: "who" },
          i.actor ? `${i.actor} (${i.actor_role}) · ` : "",
          `${i.outlets} outlet${i.outlets === 1 ? "" : "s"} · ${i.status}`,
          i.disputes.length ? el("span", { className: "disputed", text: ` · sources disagree on ${i.disputes.map((d) => d.field).join(", ")}` }) : null)));
    }
    nextCursor = page.next_cursor;
    more.hidden = !nextCursor;
    document.getElementById("list-title").textContent = list.children.length ? "Incidents, newest first" : "No incidents match";
  }

  // --- the timeline ----------------------------------------------------------------------------
  async function loadTimeline(filters, mine) {
    const data = await getJSON("/api/timeline", params(Object.assign({}, filters, { interval: interval.value })));
    await described;
    if (mine === generation) drawTimeline(data);
  }

  function drawTimeline(t) {
    const box = document.getElementById("timeline");
    const legend = document.getElementById("legend");
    box.replaceChildren();
    legend.replaceChildren();
    if (!t.periods.length) { box.append(el("p", { className: "status", text: "No dated incidents match." })); return; }
    const width = Math.max(box.clientWidth || 900, 320);
    const height = 190;
    const pad = { left: 40, right: 56, top: 12, bottom: 24 };
    const stepDays = t.interval === "week" ? 7 : 1;
    const time = (d) => Date.parse(`${d}T00:00:00Z`);
    const start = time(t.periods[0]);
    const end = time(t.periods[t.periods.length - 1]) + stepDays * 864e5;
    const x = (ms) => pad.left + ((ms - start) / (end - start)) * (width - pad.left - pad.right);
    const shown = t.series.slice(0, SHOWN_COUNTRIES);
    const rest = t.series.slice(SHOWN_COUNTRIES);
    if (rest.length) shown.push({ country: "other", counts: t.periods.map((_, k) => rest.reduce((s, r) => s + r.counts[k], 0)) });
    const totals = t.periods.map((_, k) => shown.reduce((s, r) => s + r.counts[k], 0));
    const top = Math.max(1, ...totals);
    const y = (v) => height - pad.bottom - (v / top) * (height - pad.top - pad.bottom);
    const chart = svg("svg", { width, height, viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "Incidents over time" });
    const barWidth = Math.max(1, x(start + stepDays * 864e5) - x(start) - 1);
    t.periods.forEach((period, k) => {
      let base = 0;
      shown.forEach((s) => {
        const v = s.counts[k];
        if (!v) return;
        const rect = svg("rect", { class: "bar", x: x(time(period)), y: y(base + v), width: barWidth, height: y(base) - y(base + v),
          fill: countryColour(s.country), "data-country": s.country || "", "data-period": period, "data-count": v });
        rect.append(svg("title", {}, `${t.interval} of ${period}: ${v} in ${s.country === "other" ? "other countries" : countryLabel(s.country)}`));
        chart.append(rect);
        base += v;
      });
    });
    chart.append(svg("line", { class: "axis", x1: pad.left, x2: width - pad.right, y1: height - pad.bottom, y2: height - pad.bottom }));
    for (const v of [0, Math.round(top / 2), top]) {
      chart.append(svg("text", { class: "tick", x: pad.left - 6, y: y(v) + 4, "text-anchor": "end" }, String(v)));
    }
    let lastLabel = -Infinity;
    for (const period of t.periods) {
      const d = new Date(time(period));
      const px = x(time(period));
      if ((t.interval === "day" ? d.getUTCDate() === 1 : d.getUTCDate() <= 7) && px - lastLabel > 60) {
        chart.append(svg("text", { class: "tick", x: px, y: height - 6 }, period.slice(0, 7)));
        lastLabel = px;
      }
    }
    drawTallies(chart, x, time, start, end, height, pad, width, legend);
    box.append(chart);
    shown.forEach((s) => {
      const swatch = el("i", { dataset: { country: s.country || "" } });
      swatch.style.background = countryColour(s.country); // CSSOM, which the page's content security policy allows
      legend.append(el("span", { className: "key" }, swatch, s.country === "other" ? "other countries" : countryLabel(s.country)));
    });
  }

  function drawTallies(chart, x, time, start, end, height, pad, width, legend) {
    // Official running counts ("attacked 61 times since October 7") over the bars, on their own scale.
    const points = tallies.filter((p) => p.as_of && time(p.as_of) >= start && time(p.as_of) <= end);
    if (!points.length) return;
    const top = Math.max(...points.map((p) => p.total));
    const y = (v) => height - pad.bottom - (v / top) * (height - pad.top - pad.bottom);
    const bySeries = new Map();
    for (const p of points) {
      if (!bySeries.has(p.series)) bySeries.set(p.series, []);
      bySeries.get(p.series).push(p);
    }
    let n = 0;
    for (const [series, seriesPoints] of bySeries) {
      const colour = TALLY_COLOURS[n++ % TALLY_COLOURS.length];
      seriesPoints.sort((a, b) => String(a.as_of).localeCompare(String(b.as_of)));
      const group = svg("g", { class: "tally", "data-series": series });
      // The line joins the counts that fit the series; a flagged one (it falls below an earlier
      // count: its article is likely misdated) is drawn as a hollow point off the line.
      const fitting = seriesPoints.filter((p) => !p.date_inconsistent);
      group.append(svg("polyline", { points: fitting.map((p) => `${x(time(p.as_of))},${y(p.total)}`).join(" "), stroke: colour }));
      for (const p of seriesPoints) {
        const dot = svg("circle", { cx: x(time(p.as_of)), cy: y(p.total), r: 4, fill: p.date_inconsistent ? "#fff" : colour, stroke: colour,
          class: p.date_inconsistent ? "flagged" : "fits" });
        dot.append(svg("title", {}, `${series}: ${p.approximate ? "about " : ""}${p.total} as of ${p.as_of}` +
          (p.since ? ` since ${p.since}` : "") + ` (${p.outlet || p.article_id})` + (p.inconsistency ? ` — flagged: ${p.inconsistency}` : "")));
        group.append(dot);
      }
      chart.append(group);
      legend.append(el("span", { className: "key tally-key" }, el("b", { text: "—" }), ` ${series} (running count)`));
      if (fitting.length < seriesPoints.length) {
        legend.append(el("span", { className: "key tally-key" }, el("b", { text: "○" }), " a count that does not fit its series, off the line"));
      }
    }
    chart.append(svg("text", { class: "tick", x: width - pad.right + 6, y: y(top) + 4 }, String(top)));
  }

  // --- an incident -----------------------------------------------------------------------------
  async function showIncident(id) {
    dashboard.hidden = true;
    form.hidden = true;
    incidentView.hidden = false;
    setReady("");
    window.scrollTo(0, 0);
    incidentView.replaceChildren(el("p", { className: "status", text: "Loading…" }));
    const back = route(`/${dashboardSearch}`, "← All incidents", { className: "back" });
    let i;
    try {
      [i] = await Promise.all([getJSON(`/api/incidents/${id}`), described]);
    } catch (error) {
      incidentView.replaceChildren(back, el("p", { className: "error", text: error.message }));
      setReady("incident");
      return;
    }
    document.title = `Incident ${i.id} · sitrep`;
    const sources = el("section", { className: "sources" }, el("h2", { text: `Sources (${i.reports} report${i.reports === 1 ? "" : "s"} from ${i.outlets} outlet${i.outlets === 1 ? "" : "s"})` }));
    incidentView.replaceChildren(back,
      el("h1", { text: `Incident ${i.id}: ${i.sub_event_type}${i.location ? ` at ${i.location}` : ""}` }),
      el("p", { className: "notes", text: i.notes }),
      fields(i), disputes(i), sources);
    const byArticle = new Map();
    for (const s of i.sources) {
      if (!byArticle.has(s.article_id)) byArticle.set(s.article_id, []);
      byArticle.get(s.article_id).push(s);
    }
    await Promise.all([...byArticle].map(([articleId, reports]) => {
      const block = el("article", { className: "source", dataset: { article: articleId } });
      sources.append(block);
      return drawSource(block, articleId, reports);
    }));
    setReady("incident");
  }

  function fields(i) {
    const rows = [
      ["Date", `${when(i)} — precision: ${i.date_precision}`],
      ["Type", `${i.event_type} / ${i.sub_event_type}`],
      ["Place", placeName(i.location, i.admin1, countryLabel(i.country)) +
        (i.latitude !== null ? ` (${i.latitude.toFixed(4)}, ${i.longitude.toFixed(4)}) — geo precision ${i.geo_precision}: ${PRECISION[i.geo_precision] || "unknown"}` : " — no coordinates")],
      ["Weapons", i.weapons.map((w) => `${w.count ? `${w.count} ` : ""}${w.kind} (said by ${w.said_by.join(", ")})`).join("; ")],
      ["Actor", i.actor ? `${i.actor} — ${i.actor_role}, said by ${i.actor_said_by.join(", ")}` : null],
      ["Target", [i.target, i.target_site].filter(Boolean).join(": ")],
      ["Fatalities", figure(i.fatalities, i.fatalities_low, i.fatalities_high) &&
        `${figure(i.fatalities, i.fatalities_low, i.fatalities_high)} — best (lowest) figure from ${i.fatalities_said_by.join(", ")}`],
      ["Injuries", figure(i.injuries, i.injuries_low, i.injuries_high) &&
        `${figure(i.injuries, i.injuries_low, i.injuries_high)} — best (lowest) figure from ${i.injuries_said_by.join(", ")}`],
      ["Status", `${i.status}: ${STATUS[i.status] || ""}`],
    ];
    return el("dl", { className: "fields" }, rows.filter(([, v]) => v).map(([k, v]) => [el("dt", { text: k }), el("dd", { text: v })]));
  }

  function disputes(i) {
    if (!i.disputes.length) return el("p", { className: "agree", text: "The reports do not disagree on any field." });
    return el("section", { className: "disputes" },
      el("h2", { text: "Where sources disagree" }),
      el("table", {}, el("thead", {}, el("tr", {}, el("th", { text: "Field" }), el("th", { text: "Value" }), el("th", { text: "Said by" }))),
        el("tbody", {}, i.disputes.flatMap((d) => d.values.map((v, n) => el("tr", {},
          el("td", { text: n ? "" : d.field }), el("td", { text: v.value === null ? "not given" : String(v.value) }),
          el("td", { text: v.outlets.join(", ") })))))));
  }

  const LANGUAGES = { ar: "Arabic", en: "English" };

  // Pointing at a field's claim (mouse or keyboard) marks the sentence its words are in.
  function pointAt(block, list) {
    const show = (event) => {
      const item = event.target.closest("li");
      if (!item || !list.contains(item)) return;
      const start = Number(item.dataset.start), end = Number(item.dataset.end);
      for (const mark of block.querySelectorAll("mark")) {
        const on = item.dataset.start !== undefined && Number(mark.dataset.start) <= start && end <= Number(mark.dataset.end);
        mark.classList.toggle("pointed", on);
        if (on) mark.scrollIntoView({ block: "nearest" });
      }
    };
    list.addEventListener("mouseover", show);
    list.addEventListener("focusin", show);
  }

  async function drawSource(block, articleId, reports) {
    const first = reports[0];
    block.append(el("header", {},
      el("strong", { text: first.outlet || "Unknown outlet" }), ` · ${day(first.published)} · `,
      first.language && first.language !== "en" ? `${LANGUAGES[first.language] || first.language} · ` : null,
      first.title ? el("cite", { text: first.title }) : el("cite", { text: articleId }),
      first.url ? [" · ", link(first.url, "original")] : null,
      el("span", { className: "mention", text: ` · mention ${reports.map((r) => r.mention_id).join(", ")} (${reports.map((r) => r.claim).join(", ")})` })));
    const claims = reports.flatMap((r) => r.claims || []);
    const pointing = el("ul", { className: "claims" }, claims.map((c) => el("li", {
      tabindex: "0", dataset: c.evidence ? { start: c.evidence.start, end: c.evidence.end } : {},
    }, el("strong", { text: c.field }), ` ${Array.isArray(c.value) ? c.value.join(", ") : (c.value ?? "—")} · ${c.rule}`)));
    if (claims.length) block.append(pointing);
    const spans = reports.flatMap((r) => r.evidence).sort((a, b) => a.start - b.start);
    let article = null;
    try { article = await getJSON(`/api/articles/${encodeURIComponent(articleId)}`); } catch (e) { article = null; }
    // Offsets count characters (code points), as Python does; a JavaScript string counts UTF-16
    // units, two for an emoji: slice an array of code points.
    const chars = article && article.text ? Array.from(article.text) : null;
    const cut = (a, b) => chars.slice(a, b).join("");
    const fits = chars && spans.every((s) => cut(s.start, s.end) === s.text);
    if (!fits) {
      block.append(el("p", { className: "status", text: "The article's text is not in the store; the source sentences:" }),
        spans.map((s) => el("blockquote", { dir: "auto" }, el("mark", { dataset: { start: s.start, end: s.end }, text: s.text }))));
      pointAt(block, pointing);
      return;
    }
    const body = el("div", { className: "article-text", tabindex: "0", dir: "auto" }); // Arabic reads right to left
    let at = 0;
    for (const s of spans) {
      if (s.start < at) continue; // the same sentence cited twice
      body.append(cut(at, s.start), el("mark", { dataset: { start: s.start, end: s.end }, text: cut(s.start, s.end) }));
      at = s.end;
    }
    body.append(cut(at));
    block.append(body);
    pointAt(block, pointing);
    const mark = body.querySelector("mark");
    if (mark) body.scrollTop = Math.max(0, mark.offsetTop - body.offsetTop - 24);
  }

  described.catch((error) => {
    document.body.prepend(el("p", { className: "error", text: `sitrep could not load: ${error.message}` }));
    setReady("error");
  });
  navigate();
})();
