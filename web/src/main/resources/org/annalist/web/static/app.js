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
  view.replaceChildren(el('h1', {}, title), ...children);
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

// ---- pages ----------------------------------------------------------------

async function home() {
  const [docs, people] = await Promise.all([api('/api/documents'), api('/api/entities?type=PERSON')]);
  show('Documents',
    table(['Document', 'Characters', 'People'], docs.map(d => [
      link('#/doc/' + d.id, d.name, { class: 'doc-link' }),
      String(d.chars),
      el('span', { class: 'muted' }, d.people.join('; '))
    ]), 'documents'),
    el('h2', {}, 'People'),
    el('div', { class: 'people', id: 'people' },
      people.slice(0, 200).map(p => link(entityHref(p.key), p.name + ' (' + p.mentions + ')'))));
}

/** The text split at every layer boundary; each piece carries the annotations covering it. */
function annotate(doc) {
  const anns = [];
  for (const e of doc.entities) {
    for (const m of e.mentions) {
      anns.push({ start: m.start, end: m.end, kind: 'ent', type: e.type, key: e.collectionKey, name: e.name, mkind: m.kind });
    }
  }
  for (const t of doc.timexes) anns.push(Object.assign({}, t, { kind: 'date' }));
  for (const q of doc.quotes) anns.push(Object.assign({}, q, { kind: 'quote', sub: q.kind }));
  for (const h of doc.hedges) anns.push(Object.assign({}, h, { kind: 'hedge', sub: h.kind }));
  for (const n of doc.noteCalls) anns.push(Object.assign({}, n, { kind: 'note' }));
  const events = [];
  anns.forEach((a, i) => {
    if (a.end <= a.start) return;
    events.push([a.start, 1, i], [a.end, 0, i]);
  });
  events.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const text = doc.text;
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
      span.dataset.note = String(i);
      span.noteCall = a;
    } else if (a.kind === 'quote') {
      if (a.speaker) titles.push('quotation, speaker ' + a.speaker);
    } else if (a.kind === 'hedge') {
      titles.push('hedge' + (a.sub ? ' (' + a.sub + ')' : ''));
    }
  }
  if (titles.length) span.title = titles.join('\n');
  return span;
}

function onReaderClick(ev) {
  const t = ev.target.closest('span');
  if (!t) return;
  if (t.noteCall) {
    const n = t.noteCall;
    showSide('Note ' + n.marker, el('p', { id: 'note-text' }, n.note || '(note not found)'));
  } else if (t.dataset.entity) {
    location.hash = entityHref(t.dataset.entity);
  }
}

async function reader(id) {
  const doc = await api('/api/documents/' + encodeURIComponent(id));
  const text = el('div', { class: 'reader', id: 'reader' });
  text.appendChild(annotate(doc));
  text.addEventListener('click', onReaderClick);
  show(doc.name,
    el('p', { class: 'legend muted' },
      el('span', { class: 'ent ent-PERSON' }, 'person'), el('span', { class: 'ent ent-GPE' }, 'place'),
      el('span', { class: 'ent ent-ORG' }, 'organisation'), el('span', { class: 'date' }, 'date (hover)'),
      el('span', { class: 'quote' }, 'quotation'), el('span', { class: 'hedge' }, 'hedge'),
      el('span', { class: 'note-call' }, 'note call (click)')),
    el('p', { class: 'muted' }, doc.entities.length + ' entities, ' + doc.timexes.length + ' dates, '
      + doc.quotes.length + ' quotations, ' + doc.noteCalls.length + ' note calls, ' + doc.claims.length
      + ' claims, ' + doc.communications.length + ' communications'),
    text);
}

async function entity(key) {
  const e = await api('/api/entities/' + encodeURIComponent(key));
  show(e.name,
    el('p', { id: 'entity-meta' }, e.type + ', ' + e.mentions + ' mentions. ',
      link('#/timeline?entity=' + encodeURIComponent(e.key), 'Timeline of ' + e.name, { id: 'entity-timeline' })),
    el('p', {}, el('b', {}, 'Aliases: '), e.aliases.join('; ') || '—'),
    el('p', {}, el('b', {}, 'Roles: '), e.roles.join('; ') || '—'),
    el('h2', {}, 'Messages'),
    e.messages.length ? table(['Role', 'Channel', 'Date', 'Cue', 'Sentence'],
      e.messages.map(m => [m.role, m.channel || '', m.date || '', m.text, m.sentence])) : el('p', { class: 'muted' }, 'none'),
    el('h2', {}, 'Quotations'),
    e.quotes.length ? table(['Quotation', 'Document'],
      e.quotes.map(q => [q.text, link('#/doc/' + q.document, q.documentName)])) : el('p', { class: 'muted' }, 'none'),
    el('h2', {}, 'Claims'),
    e.claims.length ? table(['Claim', 'Measure', 'Value'], e.claims.map(c => [c.text, c.measure, String(c.value)]))
      : el('p', { class: 'muted' }, 'none'),
    el('h2', {}, 'Mentions'),
    table(['Mention', 'Sentence', 'Document'],
      e.mentionsInContext.map(m => [m.text, m.sentence, link('#/doc/' + m.document, m.documentName)]), 'mentions'));
}

async function timeline(params) {
  const q = new URLSearchParams();
  for (const k of ['entity', 'from', 'to']) if (params.get(k)) q.set(k, params.get(k));
  const rows = await api('/api/timeline?' + q.toString());
  const form = el('form', { id: 'timeline-form' },
    'From ', el('input', { name: 'from', type: 'date', value: params.get('from') || '' }),
    ' to ', el('input', { name: 'to', type: 'date', value: params.get('to') || '' }),
    ' ', el('button', { type: 'submit' }, 'Filter'));
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    const f = new URLSearchParams();
    if (params.get('entity')) f.set('entity', params.get('entity'));
    for (const k of ['from', 'to']) if (form.elements[k].value) f.set(k, form.elements[k].value);
    location.hash = '#/timeline?' + f.toString();
  });
  show(params.get('entity') ? 'Timeline: ' + params.get('entity') : 'Timeline', form,
    el('p', { class: 'muted' }, rows.length + ' dated rows'),
    table(['Value', 'Interval', 'Expression', 'Sentence', 'Document'], rows.map(r => [
      r.value, r.from + ' .. ' + r.to, r.text, r.sentence, link('#/doc/' + r.document, r.documentName)
    ]), 'timeline'));
}

async function network() {
  const n = await api('/api/network');
  const names = new Map(n.nodes.map(p => [p.key, p.name]));
  const who = k => link(entityHref(k), names.get(k) || k);
  show('Network',
    el('p', { class: 'muted' }, n.nodes.length + ' people, ' + n.edges.length + ' links (messages sent; sentences shared)'),
    table(['From', 'To', 'Link', 'Count'], n.edges.map(e => [who(e.source), who(e.target), e.kind, String(e.count)]),
      'network'));
}

async function claims() {
  const rows = await api('/api/claims');
  show('Claims', table(['Claim', 'Measure', 'Value', 'Qualifier', 'Subject', 'Document'], rows.map(c => [
    c.text, c.measure, String(c.value), c.qualifier, c.subject || '', link('#/doc/' + c.document, 'doc ' + c.document)
  ]), 'claims'));
}

async function search(params) {
  const q = params.get('q') || '';
  document.getElementById('search-box').value = q;
  const [hits, docs] = await Promise.all([api('/api/search?q=' + encodeURIComponent(q)), api('/api/documents')]);
  const ids = new Map(docs.map(d => [d.path, d.id]));
  show('Search: ' + q, el('ol', { id: 'hits' }, hits.map(h =>
    el('li', {}, link('#/doc/' + ids.get(h.source.path), h.source.document), ' — ', h.snippet))));
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
  const parts = path.split('/').filter(Boolean);
  try {
    if (parts.length === 0) await home();
    else if (parts[0] === 'doc' && parts[1]) await reader(decodeURIComponent(parts[1]));
    else if (parts[0] === 'entity' && parts[1]) await entity(decodeURIComponent(parts[1]));
    else if (parts[0] === 'timeline') await timeline(params);
    else if (parts[0] === 'network') await network();
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
