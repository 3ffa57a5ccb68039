// Returns: the open returns queue with receive, QC per SKU, refund and cancel, and the stock QC puts back.
'use strict';

oa.page(async () => {
  const { el, fill, api } = oa;
  const canWrite = oa.can('fulfilment:write');
  const qcDone = ['QcPassed', 'QcPartlyPassed', 'QcFailed'];
  let warehouses = [];

  /** Open: the goods are still to come or to check, or the refund is not settled. */
  const isOpen = (r) => r.status === 'Requested' || r.status === 'Received'
    || (qcDone.includes(r.status) && (r.refund === 'None' || r.refund === 'Pending'));

  const path = (id) => `/api/returns/${encodeURIComponent(id)}`;

  async function act(row, url, body, done) {
    const errors = row.querySelector('.field-errors');
    row.querySelectorAll('button').forEach((b) => { b.disabled = true; });
    try {
      await api('POST', url, body);
      ops.fieldErrors(errors, null);
      oa.notice(done);
      await refresh();
    } catch (err) {
      if (errors) ops.fieldErrors(errors, err); else oa.showError(err);
    } finally {
      row.querySelectorAll('button').forEach((b) => { b.disabled = false; });
    }
  }

  function actions(row, r) {
    if (!canWrite) return [];
    const out = [];
    if (r.status === 'Requested') {
      const select = el('select', { class: 'receive-warehouse', 'aria-label': 'Receiving warehouse' },
        warehouses.map((w) => el('option', { value: w.code }, `${w.code} ${w.name}`)));
      out.push(el('div', { class: 'row' }, select,
        el('button', { type: 'button', class: 'receive', onclick: () => act(row, `${path(r.id)}/receive`, { warehouse: select.value, actor: ops.actor() }, `${r.id} received.`) }, 'Receive'),
        el('button', { type: 'button', class: 'cancel secondary', onclick: () => act(row, `${path(r.id)}/cancel`, { actor: ops.actor(), reason: 'withdrawn in the console' }, `${r.id} cancelled.`) }, 'Cancel return')));
    }
    if (r.status === 'Received') {
      const inputs = r.lines.map((l) => ({
        sku: l.sku,
        passed: el('input', { type: 'number', min: 0, max: l.quantity, value: l.quantity, class: 'qc-passed', 'aria-label': `${l.sku} passed`, dataset: { sku: l.sku } }),
        failed: el('input', { type: 'number', min: 0, max: l.quantity, value: 0, class: 'qc-failed', 'aria-label': `${l.sku} failed`, dataset: { sku: l.sku } }),
      }));
      out.push(el('div', { class: 'qc-form' },
        inputs.map((i) => el('div', { class: 'row' }, el('span', {}, i.sku), el('label', {}, 'passed', i.passed), el('label', {}, 'failed', i.failed))),
        el('button', {
          type: 'button', class: 'qc',
          onclick: () => act(row, `${path(r.id)}/qc`, {
            actor: ops.actor(),
            lines: inputs.map((i) => ({ sku: i.sku, passed: Number(i.passed.value), failed: Number(i.failed.value) })),
          }, `QC of ${r.id} recorded.`),
        }, 'Record QC')));
    }
    if (r.refund === 'None' || r.refund === 'Pending') {
      const status = el('select', { class: 'refund-status', 'aria-label': 'Refund' },
        ['pending', 'refunded', 'rejected'].map((s) => el('option', { value: s }, s)));
      const amount = el('input', { type: 'number', min: 0, step: '0.01', class: 'refund-amount', placeholder: 'yuan', 'aria-label': 'Refund in yuan', value: (r.goodsValueFen / 100).toFixed(2) });
      out.push(el('div', { class: 'row' }, status, amount,
        el('button', {
          type: 'button', class: 'refund secondary',
          onclick: () => act(row, `${path(r.id)}/refund`, {
            status: status.value, amountFen: status.value === 'rejected' ? null : Math.round(Number(amount.value) * 100), actor: ops.actor(),
          }, `Refund of ${r.id}: ${status.value}.`),
        }, 'Set refund')));
    }
    out.push(el('ul', { class: 'field-errors', hidden: true }));
    return out;
  }

  async function stockOf(sku, warehouse) {
    try {
      return await api('GET', `/api/inventory/${encodeURIComponent(sku)}/${encodeURIComponent(warehouse)}`);
    } catch {
      return null; // a cell that does not exist yet shows as unknown, not as an error of the page
    }
  }

  async function lines(r) {
    const stock = r.warehouse ? await Promise.all(r.lines.map((l) => stockOf(l.sku, r.warehouse))) : [];
    return el('ul', { class: 'lines' }, r.lines.map((l, i) => el('li', { class: 'return-line', dataset: { sku: l.sku } },
      `${l.sku} × ${l.quantity}`,
      qcDone.includes(r.status) ? el('span', { class: 'muted' }, ` · passed ${l.passed}, failed ${l.failed}`) : null,
      stock[i] ? el('span', { class: 'stock', dataset: { available: stock[i].available } },
        ` · sellable in ${r.warehouse}: ${stock[i].available} (on hand ${stock[i].onHand}, damaged ${stock[i].damaged})`) : null)));
  }

  const createRow = (r) => el('tr', { dataset: { returnId: r.id } },
    el('td', {}, el('div', {}, r.id), el('a', { class: 'muted', href: `/console/orders?id=${encodeURIComponent(r.orderId)}` }, r.orderId)),
    el('td', { class: 'state' }), el('td', { class: 'reason' }), el('td', { class: 'lines-cell' }),
    el('td', { class: 'warehouse' }), el('td', { class: 'waiting' }), el('td', { class: 'actions' }));

  async function updateRow(row, r) {
    const state = `${r.status}|${r.refund}`;
    fill(row.querySelector('.state'),
      el('span', { class: `badge ${r.status === 'QcFailed' ? 'bad' : qcDone.includes(r.status) ? 'good' : 'warn'} status` }, r.status), ' ',
      el('span', { class: 'badge refund' }, `refund ${r.refund.toLowerCase()}${r.refundFen ? ' ' + ops.yuan(r.refundFen) : ''}`));
    fill(row.querySelector('.reason'), r.reason, r.reasonText ? el('div', { class: 'muted' }, r.reasonText) : null);
    fill(row.querySelector('.warehouse'), r.warehouse || '–');
    fill(row.querySelector('.waiting'), oa.duration(ops.since(r.requestedAt)), el('div', { class: 'muted' }, oa.time(r.requestedAt)));
    fill(row.querySelector('.lines-cell'), await lines(r));
    // Redraw the actions only when the state moved, so what someone is typing survives a poll.
    if (row.dataset.state !== state) {
      fill(row.querySelector('.actions'), actions(row, r));
      row.dataset.state = state;
    }
  }

  async function refresh() {
    const summaries = (await api('GET', '/api/returns?limit=500')).filter(isOpen);
    const returns = await Promise.all(summaries.map((s) => api('GET', path(s.returnId))));
    const tbody = document.querySelector('#returns tbody');
    const updates = [];
    ops.keyedRows(tbody, returns, (r) => r.id, createRow, (row, r) => updates.push(updateRow(row, r)));
    await Promise.all(updates);
    document.getElementById('returns-empty').hidden = returns.length > 0;
    fill('open-count', returns.length ? String(returns.length) : '');
  }

  if (canWrite) warehouses = await api('GET', '/api/warehouses');
  oa.poll(refresh, 5000);
});
