// Tests of src/main/resources/web/static/results.js on a minimal stand-in for the DOM; run by
// QueryScriptTest as `node results.test.js PATH/results.js`. Exits non-zero on the first failure.
'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const vm = require('node:vm');

// Elements with what results.js uses: className, textContent, href, title, appendChild.
class Element {
  constructor(tag) {
    this.tagName = tag.toUpperCase();
    this.children = [];
    this.className = '';
    this.textContent = '';
  }
  appendChild(c) {
    this.children.push(c);
    return c;
  }
  all() {
    return [this].concat(...this.children.map((c) => (c instanceof Element ? c.all() : [])));
  }
}
const doc = {
  createElement: (tag) => new Element(tag),
  createTextNode: (text) => ({ text: text })
};

const context = vm.createContext({});
vm.runInContext(fs.readFileSync(process.argv[2], 'utf8'), context);
const R = context.TocgraphResults;

const BASE = 'https://w3id.org/tocgraph/';
const ONTOLOGY = 'https://w3id.org/tocgraph/def';
const ctx = {
  doc: doc, base: BASE, ontology: ONTOLOGY, dataRoot: BASE + 'id/',
  prefixes: [['tg', ONTOLOGY + '#'], ['wd', 'http://www.wikidata.org/entity/']], labels: null
};
const uri = (value) => ({ type: 'uri', value: value });

// Only http(s) IRIs become links; the dataset's and the ontology's own link to this server.
assert.equal(R.linkHref(BASE + 'id/state/KZ', BASE, ONTOLOGY), 'id/state/KZ');
assert.equal(R.linkHref(ONTOLOGY + '#Mechanism', BASE, ONTOLOGY), 'def#Mechanism');
assert.equal(R.linkHref('http://www.wikidata.org/entity/Q232', BASE, ONTOLOGY), 'http://www.wikidata.org/entity/Q232');
for (const bad of ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'data:text/html,x',
  'vbscript:x', 'urn:isbn:1', 'mailto:a@b', 'http:', '//evil.example/', 'file:///etc/passwd']) {
  assert.equal(R.linkHref(bad, BASE, ONTOLOGY), null, bad);
  const node = R.renderTerm(uri(bad), ctx);
  assert.ok(node.all().every((e) => e.tagName !== 'A' && e.href === undefined), 'no link for ' + bad);
  assert.equal(node.textContent, bad, 'shown as text: ' + bad);
  assert.equal(node.title, bad);
}

// Compact names: a prefix, else the path under the data root, else the IRI.
assert.equal(R.compact(ONTOLOGY + '#Mechanism', ctx.prefixes, ctx.dataRoot), 'tg:Mechanism');
assert.equal(R.compact(BASE + 'id/state/KZ', ctx.prefixes, ctx.dataRoot), 'state/KZ');
assert.equal(R.compact('https://example.org/x y', ctx.prefixes, ctx.dataRoot), 'https://example.org/x y');

// A result: compact names first; with labels, the label links and the compact name stays beneath.
const data = {
  head: { vars: ['s', 'n', 'x'] },
  results: {
    bindings: [
      { s: uri(BASE + 'id/state/KZ'), n: { type: 'literal', value: 'Kazakhstan', 'xml:lang': 'en' },
        x: uri('javascript:alert(1)') },
      { s: uri(BASE + 'id/state/KZ'), x: uri('http://www.wikidata.org/entity/Q232') }
    ]
  }
};
let table = R.renderSelect(data, ctx);
let links = table.all().filter((e) => e.tagName === 'A');
assert.deepEqual(links.map((a) => [a.href, a.textContent, a.title]), [
  ['id/state/KZ', 'state/KZ', BASE + 'id/state/KZ'],
  ['id/state/KZ', 'state/KZ', BASE + 'id/state/KZ'],
  ['http://www.wikidata.org/entity/Q232', 'wd:Q232', 'http://www.wikidata.org/entity/Q232']
]);
assert.equal(table.className, 'results-wrap', 'the table scrolls inside its box');

// The label query names each IRI once and leaves out the one that cannot be written in a query.
const list = R.iris({ results: { bindings: data.results.bindings.concat([{ s: uri('http://x/a>b') }]) } });
assert.deepEqual(Array.from(list), [BASE + 'id/state/KZ', 'javascript:alert(1)', 'http://www.wikidata.org/entity/Q232']);
const queries = R.labelQueries(list);
assert.equal(queries.length, 1);
assert.ok(queries[0].includes('VALUES ?s { <' + BASE + 'id/state/KZ> <javascript:alert(1)> '), queries[0]);
assert.equal(R.labelQueries(Array.from({ length: 1000 }, (_, i) => 'http://x/' + i)).length, 3, 'in batches');

// English labels win over others; then the table shows them.
const labels = R.addLabels(new Map(), { results: { bindings: [
  { s: uri(BASE + 'id/state/KZ'), label: { type: 'literal', value: 'Kasachstan', 'xml:lang': 'de' } },
  { s: uri(BASE + 'id/state/KZ'), label: { type: 'literal', value: 'Kazakhstan', 'xml:lang': 'en' } },
  { s: uri('javascript:alert(1)'), label: { type: 'literal', value: 'click me' } }
] } });
table = R.renderSelect(data, Object.assign({}, ctx, { labels: labels }));
links = table.all().filter((e) => e.tagName === 'A');
assert.equal(links[0].textContent, 'Kazakhstan');
assert.equal(links[0].href, 'id/state/KZ');
assert.ok(table.all().some((e) => e.className === 'id' && e.textContent === 'state/KZ'), 'compact name kept');
assert.ok(!links.some((a) => a.textContent === 'click me'), 'a labelled javascript: IRI is still no link');

console.log('results.js: all checks passed');
