// tocgraph query results: SPARQL JSON results as a table. IRIs show a label, looked up with a second query,
// over a compact name (tg:Mechanism, state/KZ); the full IRI is the link's tooltip. Only http(s) IRIs become
// links: anything else (javascript:, data:, urn:) is shown as text. No dependencies; used by query.js and
// tested by src/test/js/results.test.js.
(function (root) {
  'use strict';

  const RDFS_LABEL = 'http://www.w3.org/2000/01/rdf-schema#label';
  const SKOS_PREF_LABEL = 'http://www.w3.org/2004/02/skos/core#prefLabel';
  const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';
  const LABEL_BATCH = 400;
  const LABEL_LIMIT = 2000;

  /**
   * Where a link to an IRI goes: the server's own page for an IRI under the public base or of the ontology
   * (relative, so it stays on this server), the IRI itself for other http(s) IRIs, null for anything else.
   */
  function linkHref(iri, base, ontology) {
    if (typeof iri !== 'string' || !isWeb(iri)) {
      return null;
    }
    if (ontology && (iri === ontology || iri.startsWith(ontology + '#') || iri.startsWith(ontology + '/'))) {
      return 'def' + iri.substring(ontology.length);
    }
    if (base && iri.startsWith(base) && iri.length > base.length) {
      return iri.substring(base.length);
    }
    return iri;
  }

  function isWeb(iri) {
    return /^https?:\/\/[^\s]/i.test(iri);
  }

  /** PREFIX declarations of a query as [prefix, namespace] pairs. */
  function prefixesOf(query) {
    const found = [];
    const re = /PREFIX\s+([A-Za-z][\w.-]*)?:\s*<([^>]*)>/gi;
    let m;
    while ((m = re.exec(query)) !== null) {
      found.push([m[1] || '', m[2]]);
    }
    return found;
  }

  /**
   * A short name for an IRI: prefix:local with the longest namespace that fits, the path below the data
   * root for the dataset's own IRIs (state/KZ), or the IRI itself.
   */
  function compact(iri, prefixes, dataRoot) {
    let best = null;
    let bestLength = -1;
    for (const [prefix, ns] of prefixes) {
      if (ns && iri.startsWith(ns) && ns.length > bestLength) {
        const local = iri.substring(ns.length);
        if (/^[\w-][\w.-]*$/.test(local) && !local.endsWith('.')) {
          best = prefix + ':' + local;
          bestLength = ns.length;
        }
      }
    }
    if (best !== null) {
      return best;
    }
    if (dataRoot && iri.startsWith(dataRoot) && iri.length > dataRoot.length) {
      return iri.substring(dataRoot.length);
    }
    return iri;
  }

  /** Whether an IRI can be written as <...> in a query: the label lookup leaves out any that cannot. */
  function writable(iri) {
    return !/[\u0000-\u0020<>"{}|^`\\]/.test(iri);
  }

  /** The distinct IRIs of a SELECT result, in order of appearance, at most LABEL_LIMIT. */
  function iris(data) {
    const seen = new Set();
    for (const row of data.results.bindings) {
      for (const v of Object.keys(row)) {
        const t = row[v];
        if (t && t.type === 'uri' && writable(t.value) && !seen.has(t.value)) {
          seen.add(t.value);
          if (seen.size >= LABEL_LIMIT) {
            return Array.from(seen);
          }
        }
      }
    }
    return Array.from(seen);
  }

  /** The queries that fetch labels for IRIs: the data and every named graph (the ontology's classes, roles). */
  function labelQueries(list) {
    const queries = [];
    for (let i = 0; i < list.length; i += LABEL_BATCH) {
      const values = list.slice(i, i + LABEL_BATCH).map((iri) => '<' + iri + '>').join(' ');
      queries.push('SELECT ?s ?label WHERE { VALUES ?s { ' + values + ' } '
        + '{ ?s <' + RDFS_LABEL + '>|<' + SKOS_PREF_LABEL + '> ?label } UNION '
        + '{ GRAPH ?g { ?s <' + RDFS_LABEL + '>|<' + SKOS_PREF_LABEL + '> ?label } } }');
    }
    return queries;
  }

  /** Labels from label-query results into a map, English first, then no language, then any. */
  function addLabels(labels, data) {
    const rank = (lang) => (!lang ? 1 : /^en(-|$)/i.test(lang) ? 0 : 2);
    for (const row of data.results.bindings) {
      if (!row.s || !row.label) {
        continue;
      }
      const r = rank(row.label['xml:lang']);
      const old = labels.get(row.s.value);
      if (!old || r < old.rank || (r === old.rank && row.label.value < old.text)) {
        labels.set(row.s.value, { text: row.label.value, rank: r });
      }
    }
    return labels;
  }

  function el(doc, tag, className, text) {
    const e = doc.createElement(tag);
    if (className) {
      e.className = className;
    }
    if (text !== undefined) {
      e.textContent = text;
    }
    return e;
  }

  /**
   * One term as a DOM node. ctx: { doc, base, ontology, dataRoot, prefixes, labels (Map IRI -> {text}) }.
   */
  function renderTerm(term, ctx) {
    const doc = ctx.doc;
    if (!term) {
      return doc.createTextNode('');
    }
    if (term.type === 'uri') {
      const short = compact(term.value, ctx.prefixes, ctx.dataRoot);
      const label = ctx.labels && ctx.labels.get(term.value);
      const href = linkHref(term.value, ctx.base, ctx.ontology);
      const main = el(doc, href === null ? 'span' : 'a', href === null ? 'iri' : null, label ? label.text : short);
      if (href !== null) {
        main.href = href;
      }
      main.title = term.value;
      if (!label) {
        return main;
      }
      const wrap = el(doc, 'span');
      wrap.appendChild(main);
      wrap.appendChild(el(doc, 'span', 'id', short));
      return wrap;
    }
    if (term.type === 'bnode') {
      return el(doc, 'span', 'bnode', '_:' + term.value);
    }
    if (term.type === 'literal' || term.type === 'typed-literal') {
      const span = el(doc, 'span', null, term.value);
      if (term['xml:lang']) {
        span.appendChild(el(doc, 'span', 'lit-meta', ' @' + term['xml:lang']));
      } else if (term.datatype && term.datatype !== XSD_STRING) {
        span.appendChild(el(doc, 'span', 'lit-meta', ' ^^' + compact(term.datatype,
          ctx.prefixes.concat([['xsd', 'http://www.w3.org/2001/XMLSchema#']]), null)));
      }
      return span;
    }
    return el(doc, 'span', null, JSON.stringify(term.value));
  }

  /** A SELECT result as a table inside a box that scrolls sideways when the table is wider than the page. */
  function renderSelect(data, ctx) {
    const doc = ctx.doc;
    const vars = data.head.vars || [];
    const table = el(doc, 'table', 'results');
    const thead = el(doc, 'thead');
    const head = el(doc, 'tr');
    head.appendChild(el(doc, 'th', 'num', '#'));
    vars.forEach((v) => head.appendChild(el(doc, 'th', null, '?' + v)));
    thead.appendChild(head);
    table.appendChild(thead);
    const body = el(doc, 'tbody');
    data.results.bindings.forEach((row, i) => {
      const tr = el(doc, 'tr');
      tr.appendChild(el(doc, 'td', 'rownum', String(i + 1)));
      vars.forEach((v) => {
        const td = el(doc, 'td');
        td.appendChild(renderTerm(row[v], ctx));
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    table.appendChild(body);
    const wrap = el(doc, 'div', 'results-wrap');
    wrap.appendChild(table);
    return wrap;
  }

  root.TocgraphResults = {
    el: el,
    linkHref: linkHref,
    prefixesOf: prefixesOf,
    compact: compact,
    iris: iris,
    labelQueries: labelQueries,
    addLabels: addLabels,
    renderTerm: renderTerm,
    renderSelect: renderSelect
  };
})(typeof window !== 'undefined' ? window : globalThis);
