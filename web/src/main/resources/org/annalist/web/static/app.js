// annalist web reader. Every piece of source text enters the page through textContent or
// text nodes (el(), below); no HTML is ever built from data.
'use strict';

const view = document.getElementById('view');
const side = document.getElementById('side');

/** An element with attributes and children (strings become text nodes). */
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null) continue;
    if (k === 'class') e.className = v;
    else if (k === 'onclick') e.addEventListener('click', v);
    else e.setAttribute(k, String(v));
  }
  for (const c of children.flat()) {
    if (c === undefined || c === null) continue;
    e.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
  return e;
}

function link(href, text, attrs) {
  return el('a', Object.assign({ href: href }, attrs || {}), text);
}

function entityHref(key) {
  return '#/entity/' + encodeURIComponent(key);
}

async function api(path) {
  const r = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await r.json();
  if (!r.ok) throw new Error(body.error || ('HTTP ' + r.status));
  return body;
}

function show(title, ...children) {
  document.title = title + ' — annalist';
  view.replaceChildren(el('h1', {}, title), ...children.filter(c => c !== null && c !== undefined));
}

function showSide(title, ...children) {
  document.getElementById('side-title').textContent = title;
  document.getElementById('side-body').replaceChildren(...children);
  side.hidden = false;
}

document.getElementById('side-close').addEventListener('click', () => { side.hidden = true; });

function table(headers, rows, id) {
  return el('table', { id: id },
    el('thead', {}, el('tr', {}, headers.map(h => el('th', {}, h)))),
    el('tbody', {}, rows.map(r => el('tr', {}, r.map(c => el('td', {}, c))))));
}

// ---- shared ---------------------------------------------------------------

let documentsCache = null;

/** The documents, loaded once. */
async function documents() {
  if (!documentsCache) documentsCache = await api('/api/documents');
  return documentsCache;
}

/** The ids of the stored documents: the store's query rows name their document by id (and name). */
async function documentIds() {
  return new Set((await documents()).map(d => d.id));
}

/** A link to the reader at a span of a document (a query row's source). */
function sourceLink(ids, source, text) {
  const id = source.documentId;
  if (!ids.has(id)) return el('span', {}, text || source.document);
  return link('#/doc/' + id + '?at=' + source.start + '&end=' + source.end, text || source.document,
    { class: 'source-link' });
}

/** A select of the most mentioned people and organisations; choosing one sets ?entity= in the hash. */
async function entityFilter(id, route, params) {
  const [people, orgs] = await Promise.all([api('/api/entities?type=PERSON'), api('/api/entities?type=ORG')]);
  const chosen = params.get('entity') || '';
  const options = [el('option', { value: '' }, 'Everyone')];
  const add = (label, list) => options.push(el('optgroup', { label: label },
    list.slice(0, 150).map(e => {
      const o = el('option', { value: e.key }, e.name + ' (' + e.mentions + ')');
      if (e.key === chosen) o.selected = true;
      return o;
    })));
  add('People', people);
  add('Organisations', orgs);
  if (chosen && !people.concat(orgs).some(e => e.key === chosen)) {
    const o = el('option', { value: chosen }, chosen);
    o.selected = true;
    options.splice(1, 0, o);
  }
  const select = el('select', { id: id, 'aria-label': 'Involving' }, options);
  select.addEventListener('change', () => {
    const q = new URLSearchParams(params);
    if (select.value) q.set('entity', select.value); else q.delete('entity');
    location.hash = '#/' + route + (q.toString() ? '?' + q.toString() : '');
  });
  return el('label', { class: 'filter' }, 'Involving ', select);
}

/** A day 'YYYY-MM-DD' (the year may be negative or short) as a Date at UTC midnight. */
function day(iso) {
  const m = /^(-?\d+)-(\d\d)-(\d\d)$/.exec(iso || '');
  if (!m) return null;
  const d = new Date(Date.UTC(2000, Number(m[2]) - 1, Number(m[3])));
  d.setUTCFullYear(Number(m[1]));
  return d;
}

function nextDay(d) {
  return new Date(d.getTime() + 86400000);
}

/** The first and last day of a TIMEX3 date value 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', else null. */
function valueDays(value) {
  const m = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?$/.exec(value || '');
  if (!m) return null;
  const y = Number(m[1]);
  if (m[3]) { const d = day(value); return [d, d]; }
  if (m[2]) return [new Date(Date.UTC(y, Number(m[2]) - 1, 1)), new Date(Date.UTC(y, Number(m[2]), 0))];
  return [new Date(Date.UTC(y, 0, 1)), new Date(Date.UTC(y, 11, 31))];
}

function partyNames(edge) {
  return edge.sender.name + ' → ' + (edge.recipient ? edge.recipient.name : '?');
}

// ---- pages ----------------------------------------------------------------

async function home() {
  const [docs, people] = await Promise.all([documents(), api('/api/entities?type=PERSON')]);
  show('Documents',
    table(['Document', 'Characters', 'Pages', 'People'], docs.map(d => [
      link('#/doc/' + d.id, d.name, { class: 'doc-link' }),
      String(d.chars),
      String(d.pages),
      el('span', { class: 'muted' }, d.people.join('; '))
    ]), 'documents'),
    el('h2', {}, 'People'),
    el('div', { class: 'people', id: 'people' },
      people.slice(0, 200).map(p => link(entityHref(p.key), p.name + ' (' + p.mentions + ')'))));
}

/**
 * The page's text split at every layer boundary; each piece carries the annotations covering it.
 * Offsets are the document's; the page's text starts at page.start.
 */
function annotate(page, target) {
  const anns = [];
  for (const e of page.entities) {
    for (const m of e.mentions) {
      anns.push({ start: m.start, end: m.end, kind: 'ent', type: e.type, key: e.collectionKey, name: e.name, mkind: m.kind });
    }
  }
  for (const t of page.timexes) anns.push(Object.assign({}, t, { kind: 'date' }));
  for (const q of page.quotes) anns.push(Object.assign({}, q, { kind: 'quote', sub: q.kind }));
  for (const h of page.hedges) anns.push(Object.assign({}, h, { kind: 'hedge', sub: h.kind }));
  for (const n of page.noteCalls) anns.push(Object.assign({}, n, { kind: 'note' }));
  if (target) anns.push({ start: target.start, end: target.end, kind: 'target' });
  const base = page.start;
  const text = page.text;
  const events = [];
  anns.forEach((a, i) => {
    const s = Math.max(0, a.start - base);
    const e = Math.min(text.length, a.end - base);
    if (e <= s) return;
    events.push([s, 1, i], [e, 0, i]);
  });
  events.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const out = document.createDocumentFragment();
  const active = new Set();
  let at = 0;
  for (const [pos, open, i] of events) {
    if (pos > at) {
      out.appendChild(piece(text.substring(at, pos), active, anns));
      at = pos;
    }
    if (open) active.add(i); else active.delete(i);
  }
  if (at < text.length) out.appendChild(piece(text.substring(at), active, anns));
  return out;
}

/**
 * The page laid out as the source was: one element per paragraph, heading and block quote,
 * each holding its annotated text; text between blocks (a notes section, say) is kept too.
 */
function layout(page, target) {
  const blocks = page.blocks || [];
  if (!blocks.length) return annotate(page, target);
  const out = document.createDocumentFragment();
  const part = (start, end, tag, cls) => {
    const sub = Object.assign({}, page, { start: start, text: page.text.substring(start - page.start, end - page.start) });
    if (!sub.text.trim()) return;
    const box = el(tag, cls ? { class: cls } : {});
    box.appendChild(annotate(sub, target));
    out.appendChild(box);
  };
  let at = page.start;
  for (const b of blocks) {
    if (b.start < at) continue; // inside a block already laid out (a paragraph of a block quote)
    if (b.start > at) part(at, b.start, 'div', 'gap');
    const end = Math.min(b.end, page.end);
    if (b.kind === 'heading') part(b.start, end, 'h' + Math.min(6, 2 + (b.level || 1)), 'heading');
    else if (b.kind === 'blockquote') part(b.start, end, 'blockquote', null);
    else part(b.start, end, 'p', null);
    at = Math.max(at, end);
  }
  if (at < page.end) part(at, page.end, 'div', 'gap');
  return out;
}

function piece(text, active, anns) {
  if (active.size === 0) return document.createTextNode(text);
  const span = el('span', {}, text);
  const titles = [];
  for (const i of active) {
    const a = anns[i];
    span.classList.add(a.kind === 'note' ? 'note-call' : a.kind);
    if (a.kind === 'ent') {
      span.classList.add('ent-' + a.type);
      if (a.key) span.dataset.entity = a.key;
      titles.push(a.name + ' (' + a.type + ', ' + a.mkind + ')');
    } else if (a.kind === 'date') {
      span.dataset.value = a.value;
      titles.push('value ' + a.value
        + (a.from ? '; interval ' + a.from + ' .. ' + (a.to || '?') : '')
        + (a.anchor ? '; anchor "' + a.anchor + '"' : ''));
    } else if (a.kind === 'note') {
      // every call, whatever its style ([12], (1), *29, *, †, ¹, a bare 4), opens its note: by click or by key
      span.dataset.note = String(i);
      span.noteCall = a;
      span.tabIndex = 0;
      span.setAttribute('role', 'button');
      titles.push('note ' + a.marker + (a.note ? '' : ' (no note found)'));
    } else if (a.kind === 'quote') {
      if (a.speaker) titles.push('quotation, speaker ' + a.speaker.name);
    } else if (a.kind === 'hedge') {
      titles.push('hedge' + (a.sub ? ' (' + a.sub + ')' : ''));
    }
  }
  if (titles.length) span.title = titles.join('\n');
  return span;
}

/** A note's text, one paragraph per block of it (a note may run over several). */
function noteText(note) {
  if (!note) return el('div', { id: 'note-text' }, el('p', { class: 'muted' }, '(no note found for this call)'));
  return el('div', { id: 'note-text' }, note.split(/\n\s*\n/).map(p => el('p', {}, p)));
}

function onReaderClick(ev) {
  const t = ev.target.closest('span');
  if (!t) return;
  if (t.noteCall) {
    const n = t.noteCall;
    showSide('Note ' + n.marker, noteText(n.note));
  } else if (t.dataset.entity) {
    location.hash = entityHref(t.dataset.entity);
  }
}

function pager(doc, where) {
  const go = p => '#/doc/' + doc.id + '?page=' + p;
  return el('nav', { class: 'pager', id: 'pager-' + where },
    doc.page > 0 ? link(go(doc.page - 1), '← Previous page', { class: 'prev' }) : el('span', { class: 'muted' }, '← Previous page'),
    el('span', { class: 'page-of' }, 'Page ' + (doc.page + 1) + ' of ' + doc.pages),
    doc.page + 1 < doc.pages ? link(go(doc.page + 1), 'Next page →', { class: 'next' }) : el('span', { class: 'muted' }, 'Next page →'));
}

/** The reader shows one page of the document: ?page=N, or ?at=OFFSET[&end=END] marks a span and scrolls to it. */
async function reader(id, params) {
  const q = new URLSearchParams();
  if (params.get('page')) q.set('page', params.get('page'));
  else if (params.get('at')) q.set('at', params.get('at'));
  const doc = await api('/api/documents/' + encodeURIComponent(id) + (q.toString() ? '?' + q.toString() : ''));
  const at = Number(params.get('at'));
  const target = params.get('at') ? { start: at, end: Math.max(at + 1, Number(params.get('end')) || at + 1) } : null;
  const text = el('div', { class: 'reader', id: 'reader', 'data-start': doc.start, 'data-end': doc.end });
  text.appendChild(layout(doc, target));
  text.addEventListener('click', onReaderClick);
  text.addEventListener('keydown', ev => {
    if ((ev.key === 'Enter' || ev.key === ' ') && ev.target.noteCall) {
      ev.preventDefault();
      onReaderClick(ev);
    }
  });
  show(doc.name,
    el('p', { class: 'legend muted' },
      el('span', { class: 'ent ent-PERSON' }, 'person'), el('span', { class: 'ent ent-GPE' }, 'place'),
      el('span', { class: 'ent ent-ORG' }, 'organisation'), el('span', { class: 'date' }, 'date (hover)'),
      el('span', { class: 'quote' }, 'quotation'), el('span', { class: 'hedge' }, 'hedge'),
      el('span', { class: 'note-call' }, 'note call (click)')),
    el('p', { class: 'muted', id: 'reader-counts' }, 'On this page: ' + doc.entities.length + ' entities, '
      + doc.timexes.length + ' dates, ' + doc.quotes.length + ' quotations, ' + doc.noteCalls.length
      + ' note calls, ' + doc.claims.length + ' claims, ' + doc.communications.length + ' communications'),
    doc.pages > 1 ? pager(doc, 'top') : null, text, doc.pages > 1 ? pager(doc, 'bottom') : null);
  const mark = text.querySelector('.target');
  if (mark) mark.scrollIntoView({ block: 'center' });
  else window.scrollTo(0, 0);
}

async function entity(key) {
  const [page, ids] = await Promise.all([api('/api/entities/' + encodeURIComponent(key)), documentIds()]);
  const e = page.profile;
  const none = () => el('p', { class: 'muted' }, 'none');
  show(e.name,
    el('p', { id: 'entity-meta' }, e.type + ', ' + e.mentions + ' mentions. ',
      link('#/timeline?entity=' + encodeURIComponent(e.key), 'Timeline', { id: 'entity-timeline' }), ' · ',
      link('#/network?entity=' + encodeURIComponent(e.key), 'Network', { id: 'entity-network' })),
    el('p', {}, el('b', {}, 'Aliases: '), e.aliases.join('; ') || '—'),
    el('p', {}, el('b', {}, 'Roles: '), e.roles.join('; ') || '—'),
    el('p', {}, el('b', {}, 'Documents: '), e.documents.map(d => d.document + ' (' + d.mentions + ')').join('; ') || '—'),
    e.others.length ? el('p', { class: 'muted' }, 'Also answering to this name: ' + e.others.join('; ')) : null,
    el('h2', {}, 'Timeline'),
    e.timeline.length ? table(['Date', 'Interval', 'Sentence'],
      e.timeline.map(t => [sourceLink(ids, t.source, t.value), t.from + ' .. ' + t.to, t.sentence]), 'entity-dates') : none(),
    el('h2', {}, 'Messages'),
    e.messages.length ? table(['Date', 'Between', 'Channel', 'Sentence'],
      e.messages.map(m => [m.date || '', partyNames(m), m.channel || '', sourceLink(ids, m.source, m.sentence)]),
      'entity-messages') : none(),
    el('h2', {}, 'Quotations'),
    e.quotes.length ? table(['Quotation', 'Document'],
      e.quotes.map(q => [q.text, sourceLink(ids, q.source)])) : none(),
    el('h2', {}, 'Claims'),
    e.claims.length ? table(['Claim', 'Measure', 'Value', 'Sentence'],
      e.claims.map(c => [c.number, c.measure, String(c.value), sourceLink(ids, c.source, c.sentence)])) : none(),
    el('h2', {}, 'Mentions'),
    el('p', { class: 'muted' }, page.mentionsInContext.length < e.mentions
      ? 'The first ' + page.mentionsInContext.length + ' of ' + e.mentions : ''),
    table(['Mention', 'Sentence', 'Document'],
      page.mentionsInContext.map(m => [m.text, m.sentence, sourceLink(ids, m.source)]), 'mentions'));
}

/** How a timeline row was resolved, in words: "stated", "year from context", "story order", "guessed", with a warning mark. */
const HOW = { stated: 'stated', context: 'year from context', story_order: 'story order', guessed: 'guessed' };
function how(r) {
  return (r.certainty ? HOW[r.certainty] || r.certainty : 'not recorded')
    + (r.outsideFrame ? ' (outside the story\'s years)' : '') + (r.matter && r.matter !== 'body' ? ', ' + r.matter + ' matter' : '');
}

/** {@return true for a date the text does not state in full} */
function inferred(r) {
  return !!r.certainty && r.certainty !== 'stated';
}

/** The timeline's picture (vis-timeline): dated expressions and dated messages at their intervals. */
async function timeline(params) {
  const q = new URLSearchParams();
  for (const k of ['entity', 'from', 'to']) if (params.get(k)) q.set(k, params.get(k));
  const [rows, net, evs, ids, filter] = await Promise.all([api('/api/timeline?' + q.toString()),
    api('/api/network?' + q.toString()), api('/api/events?' + q.toString()), documentIds(),
    entityFilter('timeline-entity', 'timeline', params)]);
  const items = [];
  rows.forEach((r, i) => {
    const from = day(r.from);
    const to = day(r.to);
    if (!from || !to) return;
    const item = { id: 'd' + i, group: 'dates', content: el('span', {}, r.text), start: from, row: r,
      className: 'tl-date' + (inferred(r) ? ' tl-inferred' : '') + (r.outsideFrame ? ' tl-outside' : '') };
    if (to > from) { item.end = nextDay(to); item.type = 'range'; } else { item.type = 'point'; }
    items.push(item);
  });
  let undated = 0;
  net.edges.forEach((m, i) => {
    const days = valueDays(m.date);
    if (!days) { undated++; return; }
    const item = { id: 'm' + i, group: 'messages', content: el('span', {}, partyNames(m)), start: days[0],
      message: m, className: 'tl-message' };
    if (days[1] > days[0]) { item.end = nextDay(days[1]); item.type = 'range'; } else { item.type = 'point'; }
    items.push(item);
  });
  let events = 0;
  evs.forEach((ev, i) => {
    if (ev.type === 'communication') return; // the messages' own group shows them
    const days = valueDays(ev.date);
    if (!days) return;
    const who = ev.participants.map(p => p.party.name).join(', ');
    const item = { id: 'e' + i, group: 'events', content: el('span', {}, ev.type.replace('_', ' ') + (who ? ': ' + who : '')),
      start: days[0], event: ev, className: 'tl-event' };
    if (days[1] > days[0]) { item.end = nextDay(days[1]); item.type = 'range'; } else { item.type = 'point'; }
    items.push(item);
    events++;
  });
  const box = el('div', { id: 'timeline-chart' });
  const zoom = (label, id, f) => el('button', { type: 'button', id: id, onclick: f }, label);
  let chart = null;
  show(params.get('entity') ? 'Timeline: ' + params.get('entity') : 'Timeline',
    el('div', { class: 'toolbar' }, filter,
      zoom('Zoom in', 'zoom-in', () => chart.zoomIn(0.5)), zoom('Zoom out', 'zoom-out', () => chart.zoomOut(0.5)),
      zoom('Fit', 'zoom-fit', () => chart.setWindow(chart.annalistAll.start, chart.annalistAll.end))),
    el('p', { class: 'muted', id: 'timeline-count' }, rows.length + ' dated expressions, '
      + (items.length - rows.length - events) + ' dated messages' + (undated ? ' (' + undated + ' undated left out)' : '')
      + ', ' + events + ' dated events'
      + '. Drag to move, wheel or buttons to zoom, click an item for its sentence.'),
    box,
    el('h2', {}, 'Dated expressions'),
    el('p', { class: 'muted', id: 'timeline-legend' }, 'A solid box is a date the text states in full; a dashed one was '
      + 'inferred (its year from a date nearby, from the story\'s order, or guessed); a red one falls outside the years '
      + 'its story covers, where a year may have slipped.'),
    table(['Value', 'Interval', 'How', 'Expression', 'Sentence', 'Document'], rows.map(r => [
      r.value, r.from + ' .. ' + r.to, how(r), r.text, r.sentence, sourceLink(ids, r.source)
    ]), 'timeline'));
  if (!window.vis || items.length === 0) return;
  const groups = [{ id: 'messages', content: el('span', {}, 'Messages'), order: 0 },
    { id: 'dates', content: el('span', {}, 'Dates'), order: 1 },
    { id: 'events', content: el('span', {}, 'Events'), order: 2 }];
  // Fit shows every item with a margin; the window opens on the middle 90% of them, so that a
  // few far outliers (a forebear's year in a memoir) do not squeeze the rest into a line
  const starts = items.map(i => i.start.getTime()).sort((a, b) => a - b);
  const first = starts[0];
  const last = Math.max(...items.map(i => (i.end || i.start).getTime()));
  const pad = Math.max((last - first) * 0.04, 86400000 * 15);
  const from = starts[Math.floor(starts.length * 0.05)];
  const to = starts[Math.max(0, Math.ceil(starts.length * 0.95) - 1)];
  const inner = Math.max((to - from) * 0.08, 86400000 * 30);
  chart = new vis.Timeline(box, items, groups, {
    start: new Date(from - inner), end: new Date(to + inner),
    groupOrder: 'order', stack: true, zoomable: true, maxHeight: 640, verticalScroll: true, margin: { item: 4 }, orientation: 'top',
    tooltip: { followMouse: false }, zoomMin: 86400000 * 7
  });
  chart.annalistAll = { start: new Date(first - pad), end: new Date(last + pad) };
  chart.on('select', ev => {
    const item = items.find(i => i.id === ev.items[0]);
    if (!item) return;
    const r = item.row || item.message || item.event;
    const src = r.source;
    const title = item.row ? r.text + ' (' + r.value + ')'
      : item.event ? r.type.replace('_', ' ') + ' (' + r.date + ')' : partyNames(r) + (r.date ? ' (' + r.date + ')' : '');
    const detail = item.row ? 'Interval ' + r.from + ' .. ' + r.to + '; ' + how(r)
      : item.event ? r.participants.map(p => p.role + ': ' + p.party.name).concat(r.place ? ['place: ' + r.place] : [])
        .concat(['trigger "' + r.trigger + '"']).join('; ')
      : (r.channel ? r.channel + '; ' : '') + 'cue "' + r.cue + '"';
    showSide(title, el('p', { id: 'item-sentence' }, r.sentence), el('p', { class: 'muted' }, detail),
      el('p', {}, sourceLink(ids, src, 'Open ' + src.document + ' at this sentence')));
  });
  window.annalistTimeline = chart;
}

/** The network picture (Cytoscape.js): parties as nodes, messages as edges labelled with their dates. */
async function network(params) {
  const q = new URLSearchParams();
  if (params.get('entity')) q.set('entity', params.get('entity'));
  const [n, ids, filter] = await Promise.all([api('/api/network?' + q.toString()), documentIds(),
    entityFilter('network-entity', 'network', params)]);
  const pairs = new Map();
  for (const e of n.edges) {
    if (!e.recipient) continue;
    const k = e.sender.key + '\u0000' + e.recipient.key;
    if (!pairs.has(k)) pairs.set(k, { source: e.sender.key, target: e.recipient.key, dates: [] });
    pairs.get(k).dates.push(e.date || 'undated');
  }
  const elements = [];
  const linked = new Set([...pairs.values()].flatMap(p => [p.source, p.target]));
  for (const p of n.nodes) {
    if (!linked.has(p.key)) continue;   // a sender whose recipients the text does not name: in the table only
    elements.push({ data: { id: p.key, name: p.name, type: p.type, size: 18 + 6 * Math.sqrt(p.sent + p.received) } });
  }
  let i = 0;
  for (const p of pairs.values()) {
    const dates = [...new Set(p.dates)];
    const label = dates.length > 3 ? dates.slice(0, 2).join(', ') + ' … (' + p.dates.length + ')' : dates.join(', ');
    elements.push({ data: { id: 'e' + (i++), source: p.source, target: p.target, label: label } });
  }
  const box = el('div', { id: 'network-chart' });
  show(params.get('entity') ? 'Network: ' + params.get('entity') : 'Network',
    el('div', { class: 'toolbar' }, filter),
    el('p', { class: 'muted', id: 'network-count' }, n.nodes.length + ' parties, ' + n.edges.length
      + ' messages (sender → recipient, labelled with their dates; messages to no named recipient are in the table only).'
      + ' Click a person to open their page.'),
    box,
    el('h2', {}, 'Messages'),
    table(['Date', 'From', 'To', 'Channel', 'Sentence'], n.edges.map(e => [
      e.date || '', link(entityHref(e.sender.key), e.sender.name),
      e.recipient ? link(entityHref(e.recipient.key), e.recipient.name) : '?', e.channel || '',
      sourceLink(ids, e.source, e.sentence)
    ]), 'network'));
  if (!window.cytoscape) return;
  const cy = cytoscape({
    container: box,
    elements: elements,
    style: [
      { selector: 'node', style: { 'label': 'data(name)', 'width': 'data(size)', 'height': 'data(size)',
        'background-color': '#3a7bd5', 'color': '#223', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3,
        'text-wrap': 'wrap', 'text-max-width': 130, 'font-family': 'sans-serif',
        'text-background-color': '#fbfaf7', 'text-background-opacity': 0.8 } },
      { selector: 'node[type = "ORG"]', style: { 'background-color': '#c67a2a', 'shape': 'round-rectangle' } },
      { selector: 'node[type = "GPE"], node[type = "LOC"]', style: { 'background-color': '#3a9a3a', 'shape': 'diamond' } },
      { selector: 'edge', style: { 'label': 'data(label)', 'curve-style': 'bezier', 'target-arrow-shape': 'triangle',
        'width': 1.5, 'line-color': '#8a9bb0', 'target-arrow-color': '#8a9bb0', 'font-size': 9, 'color': '#7a4b00',
        'font-family': 'sans-serif',
        'text-rotation': 'autorotate', 'text-background-color': '#fbfaf7', 'text-background-opacity': 0.9 } }
    ],
    layout: { name: 'cose', animate: false, padding: 40, randomize: false, nodeRepulsion: () => 40000,
      idealEdgeLength: () => 70, nodeOverlap: 30, componentSpacing: 50, gravity: 1, numIter: 2500 },
    wheelSensitivity: 0.3
  });
  cy.on('tap', 'node', ev => { location.hash = entityHref(ev.target.id()); });
  window.annalistNetwork = cy;
}

async function claims() {
  const [ledger, ids] = await Promise.all([api('/api/claims'), documentIds()]);
  show('Claims',
    el('p', { class: 'muted' }, ledger.claims.length + ' claims, ' + ledger.checks.length + ' arithmetic checks, '
      + ledger.conflicts.length + ' conflicts between documents'),
    el('h2', {}, 'Arithmetic checks'),
    ledger.checks.length ? table(['Stated', 'Kind', 'Computed', 'Consistent', 'Sentence'], ledger.checks.map(c => [
      String(c.statedValue), c.kind, String(c.computed), c.consistent ? 'yes' : 'NO', sourceLink(ids, c.stated, c.sentence)
    ]), 'checks') : el('p', { class: 'muted' }, 'none'),
    el('h2', {}, 'Conflicts'),
    ledger.conflicts.length ? table(['Subject', 'Measure', 'One says', 'Another says'], ledger.conflicts.map(c => [
      c.subject, c.measure, sourceLink(ids, c.first.source, c.first.number + ' — ' + c.first.source.document),
      sourceLink(ids, c.second.source, c.second.number + ' — ' + c.second.source.document)
    ]), 'conflicts') : el('p', { class: 'muted' }, 'none'),
    el('h2', {}, 'Claims'),
    el('p', { class: 'muted' }, 'weightiest first: casualties, forces and prisoners, money, materiel, then counts'),
    table(['Kind', 'Claim', 'Measure', 'Value', 'Qualifier', 'Subject', 'Sentence'], ledger.claims.map(c => [
      c.kind || '', c.number, c.measure, c.high != null ? c.value + '–' + c.high : String(c.value), c.qualifier,
      c.subject || '', sourceLink(ids, c.source, c.sentence)
    ]), 'claims'));
}

async function search(params) {
  const q = params.get('q') || '';
  document.getElementById('search-box').value = q;
  const [hits, ids] = await Promise.all([api('/api/search?q=' + encodeURIComponent(q)), documentIds()]);
  show('Search: ' + q, el('ol', { id: 'hits' }, hits.map(h =>
    el('li', {}, sourceLink(ids, h.source, h.source.document), ' — ', h.snippet))));
}

document.getElementById('search-form').addEventListener('submit', ev => {
  ev.preventDefault();
  location.hash = '#/search?q=' + encodeURIComponent(document.getElementById('search-box').value);
});

// ---- routing --------------------------------------------------------------

async function route() {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, query] = hash.split('?');
  const params = new URLSearchParams(query || '');
  side.hidden = true;
  window.scrollTo(0, 0);
  if (window.annalistTimeline) { window.annalistTimeline.destroy(); window.annalistTimeline = null; }
  if (window.annalistNetwork) { window.annalistNetwork.destroy(); window.annalistNetwork = null; }
  const parts = path.split('/').filter(Boolean);
  try {
    if (parts.length === 0) await home();
    else if (parts[0] === 'doc' && parts[1]) await reader(decodeURIComponent(parts[1]), params);
    else if (parts[0] === 'entity' && parts[1]) await entity(decodeURIComponent(parts[1]));
    else if (parts[0] === 'timeline') await timeline(params);
    else if (parts[0] === 'network') await network(params);
    else if (parts[0] === 'claims') await claims();
    else if (parts[0] === 'search') await search(params);
    else show('Not found', el('p', {}, 'No page ' + hash));
  } catch (e) {
    show('Error', el('p', { class: 'error' }, e.message));
  }
  view.dataset.ready = hash;
}

window.addEventListener('hashchange', route);
route();
