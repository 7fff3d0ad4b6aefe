// tocgraph query page: runs the query in the textarea against the SPARQL endpoint and shows the result
// with results.js. No dependencies; the configuration comes from a JSON block in the page.
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

  const R = window.TocgraphResults;

  function endpointUrl(query, format) {
    return config.endpoint + '?query=' + encodeURIComponent(query) + (format ? '&format=' + format : '');
  }

  const el = (tag, className, text) => R.el(document, tag, className, text);

  async function selectJson(query) {
    const response = await fetch(config.endpoint, {
      method: 'POST',
      headers: { 'Accept': 'application/sparql-results+json' },
      body: new URLSearchParams({ query: query })
    });
    if (!response.ok) {
      throw new Error('HTTP ' + response.status);
    }
    return response.json();
  }

  // Labels for the IRIs of a result, by a second query; the table first shows compact names, then labels.
  async function fetchLabels(data) {
    const labels = new Map();
    for (const q of R.labelQueries(R.iris(data))) {
      R.addLabels(labels, await selectJson(q));
    }
    return labels;
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

  let runs = 0;

  async function run() {
    const run = ++runs;
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
      const ctx = {
        doc: document, base: config.base, ontology: config.ontology, dataRoot: config.dataRoot,
        prefixes: R.prefixesOf(query).concat(config.prefixes), labels: null
      };
      if (type.indexOf('json') >= 0 && type.indexOf('ld+json') < 0) {
        const data = await response.json();
        if (typeof data.boolean === 'boolean') {
          results.appendChild(el('p', null, 'Answer: ' + (data.boolean ? 'yes (true)' : 'no (false)')));
          status.textContent = 'Done in ' + ms + ' ms';
          showDownloads(query, false);
        } else {
          const n = data.results.bindings.length;
          results.appendChild(R.renderSelect(data, ctx));
          status.textContent = n + (n === 1 ? ' row' : ' rows') + ' in ' + ms + ' ms';
          showDownloads(query, true);
          try {
            ctx.labels = await fetchLabels(data);
            // Only if no other query has been run meanwhile.
            if (ctx.labels.size > 0 && run === runs) {
              results.replaceChildren(R.renderSelect(data, ctx));
            }
          } catch (e) {
            // Without labels the compact names stay; the result itself is complete.
          }
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
  // "mechanism-overlap" and "mechanism-overlap.rq" both name the file.
  const given = params.get('name');
  const name = given && !given.endsWith('.rq') ? given + '.rq' : given;
  if (name && Object.prototype.hasOwnProperty.call(config.queries, name)) {
    select.value = name;
    textarea.value = config.queries[name];
    run();
  } else if (params.get('query')) {
    textarea.value = params.get('query');
    run();
  }
})();
