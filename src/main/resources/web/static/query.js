// tocgraph query page: runs the query in the textarea against the SPARQL endpoint and renders the
// result. No dependencies; the configuration comes from a JSON block in the page.
(function () {
  'use strict';

  const config = JSON.parse(document.getElementById('query-config').textContent);
  const form = document.getElementById('query-form');
  const textarea = document.getElementById('query');
  const select = document.getElementById('named');
  const runButton = document.getElementById('run');
  const status = document.getElementById('status');
  const results = document.getElementById('results');
  const downloads = document.getElementById('downloads');

  function endpointUrl(query, format) {
    return config.endpoint + '?query=' + encodeURIComponent(query) + (format ? '&format=' + format : '');
  }

  // PREFIX declarations of the query, used to show IRIs compactly.
  function prefixesOf(query) {
    const found = [];
    const re = /PREFIX\s+([A-Za-z][\w.-]*)?:\s*<([^>]*)>/gi;
    let m;
    while ((m = re.exec(query)) !== null) {
      found.push([m[1] || '', m[2]]);
    }
    return found.sort((a, b) => b[1].length - a[1].length);
  }

  function shorten(iri, prefixes) {
    for (const [prefix, ns] of prefixes) {
      if (ns && iri.startsWith(ns)) {
        const local = iri.substring(ns.length);
        if (/^[\w.-]*$/.test(local) && !local.endsWith('.')) {
          return prefix + ':' + local;
        }
      }
    }
    return iri;
  }

  // IRIs minted under the public base are served by this server: link to them here.
  function hrefFor(iri) {
    return iri.startsWith(config.base) ? iri.substring(config.base.length) : iri;
  }

  function el(tag, className, text) {
    const e = document.createElement(tag);
    if (className) {
      e.className = className;
    }
    if (text !== undefined) {
      e.textContent = text;
    }
    return e;
  }

  function renderTerm(term, prefixes) {
    if (!term) {
      return document.createTextNode('');
    }
    if (term.type === 'uri') {
      const a = el('a', null, shorten(term.value, prefixes));
      a.href = hrefFor(term.value);
      a.title = term.value;
      return a;
    }
    if (term.type === 'bnode') {
      return el('span', 'bnode', '_:' + term.value);
    }
    if (term.type === 'literal' || term.type === 'typed-literal') {
      const span = el('span', null, term.value);
      if (term['xml:lang']) {
        span.appendChild(el('span', 'lit-meta', ' @' + term['xml:lang']));
      } else if (term.datatype && term.datatype !== 'http://www.w3.org/2001/XMLSchema#string') {
        span.appendChild(el('span', 'lit-meta', ' ^^' + shorten(term.datatype,
          prefixes.concat([['xsd', 'http://www.w3.org/2001/XMLSchema#']]))));
      }
      return span;
    }
    return el('span', null, JSON.stringify(term.value));
  }

  function renderSelect(data, prefixes) {
    const vars = data.head.vars || [];
    const rows = data.results.bindings;
    const table = el('table', 'results');
    const head = table.createTHead().insertRow();
    head.appendChild(el('th', 'num', '#'));
    vars.forEach((v) => head.appendChild(el('th', null, '?' + v)));
    const body = table.createTBody();
    rows.forEach((row, i) => {
      const tr = body.insertRow();
      tr.appendChild(el('td', 'rownum', String(i + 1)));
      vars.forEach((v) => {
        const td = tr.insertCell();
        td.appendChild(renderTerm(row[v], prefixes));
      });
    });
    const wrap = el('div', 'results-wrap');
    wrap.appendChild(table);
    return { node: wrap, count: rows.length + (rows.length === 1 ? ' row' : ' rows') };
  }

  function showDownloads(query, isSelect) {
    const links = { 'dl-csv': 'csv', 'dl-tsv': 'tsv', 'dl-json': 'json', 'dl-xml': 'xml' };
    for (const id in links) {
      const a = document.getElementById(id);
      a.href = endpointUrl(query, links[id]);
      a.hidden = !isSelect;
    }
    document.getElementById('permalink').href = 'query?query=' + encodeURIComponent(query);
    downloads.hidden = false;
  }

  async function run() {
    const query = textarea.value;
    if (!query.trim()) {
      return;
    }
    runButton.disabled = true;
    status.textContent = 'Running\u2026';
    results.replaceChildren();
    downloads.hidden = true;
    const started = performance.now();
    try {
      const response = await fetch(config.endpoint, {
        method: 'POST',
        headers: { 'Accept': 'application/sparql-results+json, text/turtle;q=0.9, */*;q=0.1' },
        body: new URLSearchParams({ query: query })
      });
      const ms = Math.round(performance.now() - started);
      const type = response.headers.get('Content-Type') || '';
      if (!response.ok) {
        const text = await response.text();
        results.appendChild(el('div', 'error', 'Error ' + response.status + ': ' + text.trim()));
        status.textContent = 'Failed after ' + ms + ' ms';
        return;
      }
      const prefixes = prefixesOf(query);
      if (type.indexOf('json') >= 0 && type.indexOf('ld+json') < 0) {
        const data = await response.json();
        if (typeof data.boolean === 'boolean') {
          results.appendChild(el('p', null, 'Answer: ' + (data.boolean ? 'yes (true)' : 'no (false)')));
          status.textContent = 'Done in ' + ms + ' ms';
          showDownloads(query, false);
        } else {
          const r = renderSelect(data, prefixes);
          results.appendChild(r.node);
          status.textContent = r.count + ' in ' + ms + ' ms';
          showDownloads(query, true);
        }
      } else {
        const text = await response.text();
        const pre = el('pre');
        pre.appendChild(el('code', null, text));
        results.appendChild(pre);
        status.textContent = 'Done in ' + ms + ' ms';
        showDownloads(query, false);
      }
      history.replaceState(null, '', 'query?query=' + encodeURIComponent(query));
    } catch (e) {
      results.appendChild(el('div', 'error', 'Request failed: ' + e.message));
      status.textContent = '';
    } finally {
      runButton.disabled = false;
    }
  }

  select.addEventListener('change', () => {
    const name = select.value;
    textarea.value = name ? config.queries[name] : config.example;
    history.replaceState(null, '', name ? 'query?name=' + encodeURIComponent(name) : 'query');
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });

  textarea.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run();
    }
  });

  const params = new URLSearchParams(window.location.search);
  const name = params.get('name');
  if (name && Object.prototype.hasOwnProperty.call(config.queries, name)) {
    select.value = name;
    textarea.value = config.queries[name];
    run();
  } else if (params.get('query')) {
    textarea.value = params.get('query');
    run();
  }
})();
