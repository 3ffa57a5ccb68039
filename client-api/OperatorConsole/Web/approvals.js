// Approvals: held shipments waiting for an approver, recent decisions, the approval rules.
'use strict';

oa.page(async () => {
  const { el, fill, api } = oa;
  const canDecide = oa.can('approvals:decide');
  const canEditRules = oa.can('rules:write');
  const decided = new Set(); // decided here: gone from the queue at once, whatever the next poll still says

  const orderLink = (id) => el('a', { href: `/console/orders?id=${encodeURIComponent(id)}` }, id);
  const channelOf = (orderId) => orderId.split(':')[0];

  async function decide(row, item, decision) {
    const comment = row.querySelector('.comment').value.trim();
    const errors = row.querySelector('.field-errors');
    row.querySelectorAll('button').forEach((b) => { b.disabled = true; });
    try {
      await api('POST', `/api/approvals/${encodeURIComponent(item.orderId)}/${decision}`, { approver: ops.actor(), comment: comment || null });
      decided.add(item.orderId);
      row.remove();
      oa.notice(`${item.orderId} ${decision === 'approve' ? 'approved: it ships now' : 'rejected: it stays held'}.`);
      await refreshDecisions();
    } catch (err) {
      ops.fieldErrors(errors, err);
    } finally {
      row.querySelectorAll('button').forEach((b) => { b.disabled = false; });
    }
  }

  function createRow(item) {
    const row = el('tr', { dataset: { orderId: item.orderId } },
      el('td', {}, orderLink(item.orderId)),
      el('td', {}, channelOf(item.orderId)),
      el('td', {}, item.warehouse || '–'),
      el('td', { class: 'num' }, ops.yuan(item.valueFen)),
      el('td', {}, el('span', { class: 'badge' }, item.rule)),
      el('td', { class: 'waiting' }),
      el('td', {}, item.waybillNumber ? `${item.carrier} ${item.waybillNumber}` : '–'),
      el('td', { class: 'actions' }));
    if (canDecide) {
      fill(row.querySelector('.actions'),
        el('input', { class: 'comment', placeholder: 'comment (required to reject)', 'aria-label': 'Comment' }), ' ',
        el('button', { type: 'button', class: 'approve', onclick: () => decide(row, item, 'approve') }, 'Approve'), ' ',
        el('button', { type: 'button', class: 'reject danger', onclick: () => decide(row, item, 'reject') }, 'Reject'),
        el('ul', { class: 'field-errors', hidden: true }));
    }
    return row;
  }

  function updateRow(row, item) {
    fill(row.querySelector('.waiting'), oa.duration(ops.since(item.requestedAt)), el('div', { class: 'muted' }, oa.time(item.requestedAt)));
  }

  async function refreshQueue() {
    const pending = (await api('GET', '/api/approvals?status=pending&limit=500')).filter((a) => !decided.has(a.orderId));
    ops.keyedRows(document.querySelector('#queue tbody'), pending, (a) => a.orderId, createRow, updateRow);
    document.getElementById('queue-empty').hidden = pending.length > 0;
    fill('pending-count', pending.length ? String(pending.length) : '');
  }

  async function refreshDecisions() {
    const [approved, rejected] = await Promise.all([
      api('GET', '/api/approvals?status=approved&limit=1000'),
      api('GET', '/api/approvals?status=rejected&limit=1000'),
    ]);
    const recent = [...approved, ...rejected].sort((a, b) => new Date(b.decidedAt) - new Date(a.decidedAt)).slice(0, 20);
    fill(document.querySelector('#decisions tbody'), recent.length
      ? recent.map((d) => el('tr', { dataset: { orderId: d.orderId } },
          el('td', {}, oa.time(d.decidedAt)),
          el('td', {}, orderLink(d.orderId)),
          el('td', {}, el('span', { class: `badge ${d.status === 'Approved' ? 'good' : 'bad'}` }, d.status)),
          el('td', { class: 'decided-by' }, d.decidedBy || ''),
          el('td', {}, d.comment || ''),
          el('td', {}, d.rule)))
      : el('tr', {}, el('td', { colspan: 6, class: 'muted' }, 'No decisions yet.')));
  }

  async function refreshRules() {
    const rules = await api('GET', '/api/approvals/rules');
    fill('rules-version', rules.version ? `v${rules.version}${rules.changedBy ? `, ${oa.time(rules.changedAt)} by ${rules.changedBy}: ${rules.reason || ''}` : ''}` : '');
    fill(document.querySelector('#approval-rules tbody'), rules.rules.length
      ? rules.rules.map((r) => el('tr', {},
          el('td', {}, r.name), el('td', {}, r.channel || 'any'), el('td', {}, r.warehouse || 'any'),
          el('td', { class: 'num' }, r.minOrderValueFen === null || r.minOrderValueFen === undefined ? 'any' : ops.yuan(r.minOrderValueFen)),
          el('td', {}, r.approvers.length ? r.approvers.join(', ') : 'any approver')))
      : el('tr', {}, el('td', { colspan: 5, class: 'muted' }, 'No rules: no shipment needs approval.')));
    if (canEditRules) ops.showJson('rules-json', rules.rules);
  }

  if (canEditRules) {
    document.getElementById('rules-editor').hidden = false;
    ops.jsonEditor({
      editor: 'rules-json',
      errors: 'rules-errors',
      button: 'save-rules',
      field: 'rules',
      send: (rules) => api('PUT', '/api/approvals/rules', { rules, actor: ops.actor(), reason: document.getElementById('rules-reason').value || null }),
      saved: 'Approval rules saved.',
      after: refreshRules,
    });
  }

  oa.poll(refreshQueue, 5000);
  oa.poll(async () => { await refreshDecisions(); await refreshRules(); }, 5000);
});
