// Routing rules: the active version, saved versions, a draft editor, the rule test, activation, network-wide windows.
'use strict';

oa.page(async () => {
  const { el, fill, api } = oa;
  const canWrite = oa.can('rules:write');
  let overview = { activeVersion: 0, versions: [] };
  let tested = null; // the version the last rule test ran on

  /** A saved version as the body POST /api/routing/rules takes (what the editor shows). */
  const asDraft = (v) => ({
    criteria: v.criteria,
    serviceAreaFilter: v.serviceAreaFilter,
    frozenCellFilter: v.frozenCellFilter,
    maxPackages: v.maxPackages,
    allowTransfer: v.allowTransfer,
    transferDays: v.transferDays,
    serviceAreas: v.serviceAreas,
    note: v.note,
  });

  const yesNo = (b) => (b ? 'on' : 'off');

  function describe(v) {
    const areas = Object.entries(v.serviceAreas || {});
    return [
      el('ol', { id: 'active-criteria' }, v.criteria.map((c) => el('li', {}, c))),
      el('dl', { class: 'kv' },
        el('dt', {}, 'Service-area filter'), el('dd', {}, yesNo(v.serviceAreaFilter)),
        el('dt', {}, 'Frozen-cell filter'), el('dd', {}, yesNo(v.frozenCellFilter)),
        el('dt', {}, 'Packages at most'), el('dd', {}, v.maxPackages),
        el('dt', {}, 'Transfers'), el('dd', {}, v.allowTransfer ? `allowed, ${v.transferDays} d` : 'not allowed'),
        el('dt', {}, 'Saved'), el('dd', {}, `${oa.time(v.createdAt)} by ${v.createdBy}`),
        el('dt', {}, 'Note'), el('dd', {}, v.note || '–')),
      areas.length
        ? el('table', { id: 'active-areas' },
            el('thead', {}, el('tr', {}, el('th', {}, 'Warehouse'), el('th', {}, 'Serves'))),
            el('tbody', {}, areas.map(([wh, places]) => el('tr', {}, el('td', {}, wh), el('td', {}, places.join(', '))))))
        : el('p', { class: 'muted' }, 'No service areas: every warehouse serves the whole country.'),
    ];
  }

  function edit(version) {
    const v = overview.versions.find((x) => x.version === version);
    document.getElementById('draft-json').value = JSON.stringify(asDraft(v), null, 2);
    fill('draft-base', `from version ${version}`);
    ops.fieldErrors('draft-errors', null);
    document.getElementById('editor-panel').scrollIntoView();
  }

  async function refresh() {
    overview = await api('GET', '/api/routing/rules');
    const active = overview.versions.find((v) => v.version === overview.activeVersion);
    fill('active-version', String(overview.activeVersion));
    if (active) fill('active-rules', describe(active));

    const versions = [...overview.versions].sort((a, b) => b.version - a.version);
    fill(document.querySelector('#versions tbody'), versions.map((v) =>
      el('tr', { dataset: { version: v.version } },
        el('td', {}, `v${v.version} `, v.version === overview.activeVersion ? el('span', { class: 'badge good' }, 'active') : null),
        el('td', {}, oa.time(v.createdAt)),
        el('td', {}, v.createdBy),
        el('td', {}, v.criteria.join(' › ')),
        el('td', {}, v.note || ''),
        el('td', {}, canWrite ? el('button', { type: 'button', class: 'secondary edit-version', onclick: () => edit(v.version) }, 'Edit as draft') : null))));

    const select = document.getElementById('test-version');
    const chosen = select.value;
    fill(select, versions.map((v) => el('option', { value: v.version }, `v${v.version}${v.version === overview.activeVersion ? ' (active)' : ''}`)));
    if (chosen) select.value = chosen;

    const activations = await api('GET', '/api/routing/activations');
    fill(document.querySelector('#activations tbody'), [...activations].reverse().map((a) =>
      el('tr', {}, el('td', {}, oa.time(a.at)), el('td', {}, `v${a.version}`), el('td', {}, `v${a.previousVersion}`), el('td', {}, a.actor), el('td', {}, a.note || ''))));

    const windows = await api('GET', '/api/routing/network-wide');
    fill(document.querySelector('#windows tbody'), windows.length
      ? windows.map((w) => el('tr', {}, el('td', {}, w.scope), el('td', {}, w.value || ''), el('td', {}, oa.time(w.start)), el('td', {}, oa.time(w.end)), el('td', {}, w.note || '')))
      : el('tr', {}, el('td', { colspan: 5, class: 'muted' }, 'No windows.')));
    if (canWrite) ops.showJson('windows-json', windows);
  }

  /** What the tested version changes against the active one, per warehouse's service area and in the criteria. */
  function ruleChanges(active, next) {
    const areas = (v, wh) => (v.serviceAreaFilter ? (v.serviceAreas?.[wh] || null) : null);
    const warehouses = new Set([...Object.keys(active.serviceAreas || {}), ...Object.keys(next.serviceAreas || {})]);
    const changedAreas = new Map();
    for (const wh of warehouses) {
      const before = areas(active, wh);
      const after = areas(next, wh);
      if (JSON.stringify(before) !== JSON.stringify(after)) changedAreas.set(wh, after ? `${wh} now serves only ${after.join(', ')}` : `${wh} now serves the whole country`);
    }
    const criteria = active.criteria.join(' › ') !== next.criteria.join(' › ') ? `criteria now ${next.criteria.join(' › ')}` : null;
    const switches = ['serviceAreaFilter', 'frozenCellFilter', 'maxPackages', 'allowTransfer', 'transferDays']
      .filter((k) => active[k] !== next[k]).map((k) => `${k} ${active[k]} → ${next[k]}`);
    return { changedAreas, criteria, switches };
  }

  /** Why an order moves: the service area of its old or new warehouse changed, else the criteria, else cost and days. */
  function why(o, changes) {
    if (o.draftUnservable) return o.draftUnservable;
    const reasons = [];
    for (const wh of [...(o.activeWarehouses || '').split('+'), ...(o.draftWarehouses || '').split('+')]) {
      if (changes.changedAreas.has(wh)) reasons.push(changes.changedAreas.get(wh));
    }
    if (changes.criteria) reasons.push(changes.criteria);
    reasons.push(...changes.switches);
    if (o.activeCostFen !== o.draftCostFen) reasons.push(`cost ${ops.yuan(o.activeCostFen)} → ${ops.yuan(o.draftCostFen)}`);
    if (o.activeDays !== o.draftDays) reasons.push(`days ${o.activeDays ?? '–'} → ${o.draftDays ?? '–'}`);
    return [...new Set(reasons)].join('; ') || 'ranked differently by the tested rules';
  }

  async function runTest() {
    const version = Number(document.getElementById('test-version').value);
    const lastOrders = Number(document.getElementById('test-last').value);
    const button = document.getElementById('run-test');
    button.disabled = true;
    try {
      const result = await api('POST', '/api/routing/rule-tests', { draftVersion: version, lastOrders });
      tested = version;
      const s = result.summary;
      fill('test-summary',
        el('p', { id: 'test-counts' },
          el('strong', {}, `${s.changed} of ${s.orders} orders change warehouse`),
          ` under v${version} (active v${result.activeVersion}); ${s.becomeUnservable} become unservable, ${s.becomeServable} become servable. `,
          `Shipping ${ops.yuan(s.activeCostFen)} → ${ops.yuan(s.draftCostFen)}; average days ${s.activeAverageDays.toFixed(2)} → ${s.draftAverageDays.toFixed(2)}.`));
      const changes = ruleChanges(
        overview.versions.find((v) => v.version === result.activeVersion),
        overview.versions.find((v) => v.version === version));
      const changed = result.orders.filter((o) => o.changed || o.becomesUnservable);
      const table = document.getElementById('test-orders');
      fill(table.tBodies[0], changed.length
        ? changed.map((o) => el('tr', { class: o.becomesUnservable ? 'hot' : null, dataset: { orderId: o.orderId } },
            el('td', {}, o.orderId),
            el('td', { class: 'active-warehouse' }, o.activeWarehouses || 'unservable'),
            el('td', { class: 'draft-warehouse' }, o.draftWarehouses || 'unservable'),
            el('td', { class: 'why' }, why(o, changes))))
        : el('tr', {}, el('td', { colspan: 4, class: 'muted' }, 'No order would go elsewhere.')));
      table.hidden = false;
      document.getElementById('activate-row').hidden = version === result.activeVersion;
      fill('activate-tested', `Activate v${version}`);
    } catch (err) {
      oa.showError(err);
    } finally {
      button.disabled = false;
    }
  }

  async function activate() {
    try {
      await api('POST', `/api/routing/rules/${tested}/activate`, { actor: ops.actor(), note: document.getElementById('activate-note').value || null });
      oa.notice(`Version ${tested} is active.`);
      document.getElementById('activate-row').hidden = true;
      await refresh();
    } catch (err) {
      oa.showError(err);
    }
  }

  if (canWrite) {
    document.getElementById('editor-panel').hidden = false;
    document.getElementById('test-panel').hidden = false;
    document.getElementById('windows-editor').hidden = false;
    ops.jsonEditor({
      editor: 'draft-json',
      errors: 'draft-errors',
      button: 'save-draft',
      field: 'rules',
      send: (rules) => api('POST', '/api/routing/rules', { rules, actor: ops.actor() }),
      saved: (v) => `Draft saved as version ${v.version}; it is not active.`,
      after: async (v) => {
        fill('draft-saved', `Saved as version ${v.version}.`);
        await refresh();
        document.getElementById('test-version').value = String(v.version);
      },
    });
    document.getElementById('run-test').addEventListener('click', runTest);
    document.getElementById('activate-tested').addEventListener('click', activate);
    ops.jsonEditor({
      editor: 'windows-json',
      errors: 'windows-errors',
      button: 'save-windows',
      field: 'windows',
      send: (windows) => api('PUT', '/api/routing/network-wide', { windows, actor: ops.actor() }),
      saved: 'Network-wide windows saved.',
      after: refresh,
    });
  }

  await refresh();
  if (canWrite) edit(overview.activeVersion);
  oa.poll(refresh, 10000);
});
