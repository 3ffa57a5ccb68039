// One order's flow: its steps with times and who moved them, the warehouse decision, carrier, approval,
// returns, write-back, tracking links and notes. Polls every 3 s; forms are static, so redraws keep input.
'use strict';

oa.page(async () => {
  const orderId = decodeURIComponent(location.pathname.slice('/console/orders/'.length));
  const path = `/api/orders/${encodeURIComponent(orderId)}`;
  const happyPath = ['Paid', 'Allocated', 'Outbound', 'Shipped', 'Delivered', 'Completed'];
  oa.fill('order-id', orderId);
  // getRandomValues works on plain-HTTP hosts too (randomUUID needs a secure context).
  const newRequestId = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
  document.title = `${orderId} · OrderActors`;

  // A 404 from a part of the page means "not there yet" (no write-back, no parcel), not an error.
  const optional = async (url) => {
    try { return await oa.api('GET', url); } catch (err) { if (err instanceof oa.ApiError && err.status === 404) return null; throw err; }
  };

  function flow(order) {
    const steps = order.history.map((entry, i) => {
      const since = i === 0 ? null : (new Date(entry.at) - new Date(order.history[i - 1].at)) / 1000;
      const problem = entry.status === 'Cancelled' || (entry.delayReasons || []).length > 0;
      return oa.el('li', { class: problem ? 'problem' : null, dataset: { status: entry.status, version: entry.version } },
        oa.el('strong', {}, entry.status), ' ',
        oa.el('span', { class: 'muted' }, oa.time(entry.at)),
        i === 0 ? null : oa.el('span', { class: 'muted since' }, ` · +${oa.duration(since)}`),
        oa.el('div', { class: 'by' }, `${entry.trigger} by ${entry.actor}`),
        entry.note ? oa.el('div', { class: 'muted' }, entry.note) : null,
        (entry.delayReasons || []).length ? oa.el('div', { class: 'muted' }, `Delays: ${entry.delayReasons.join(', ')}`) : null);
    });
    if (order.backordered) steps.push(oa.el('li', { class: 'problem', dataset: { status: 'Backordered' } }, oa.el('strong', {}, 'Backordered'), ' waiting for stock'));
    // The steps still ahead on the normal path, greyed, so the reader sees where the order stands.
    const at = happyPath.indexOf(order.status);
    if (at >= 0) {
      for (const status of happyPath.slice(at + 1)) steps.push(oa.el('li', { class: 'pending' }, oa.el('span', { class: 'muted' }, status)));
    }
    oa.fill('flow', steps);
  }

  function decision(decisions) {
    const last = decisions.at(-1);
    if (!last) { oa.fill('decision', oa.el('p', { class: 'muted' }, 'Not routed yet.')); return; }
    const chosen = last.candidates.filter((c) => c.chosen).map((c) => c.warehouse);
    oa.fill('decision',
      oa.el('p', { id: 'decision-summary' },
        oa.el('strong', {}, last.outcome), chosen.length ? ` → ${chosen.join(' + ')}` : '',
        ` · ${oa.time(last.decidedAt)} · rules v${last.ruleVersion}${last.networkWide ? ' · network-wide' : ''}`),
      oa.el('p', { class: 'muted', id: 'decision-criteria' }, `Ranked by ${last.criteria.join(', ') || '–'} to ${last.destinationProvince}${last.destinationCity ? ' ' + last.destinationCity : ''}`),
      last.unservable ? oa.el('p', {}, `Unservable: ${last.unservable}`) : null,
      oa.el('table', {},
        oa.el('thead', {}, oa.el('tr', {}, ['Warehouse', 'Why', 'Cost', 'Days'].map((h) => oa.el('th', {}, h)))),
        oa.el('tbody', {}, last.candidates.map((c) => {
          const why = [
            ...c.exclusions.map((e) => `excluded: ${e}`),
            ...Object.entries(c.shortfalls || {}).map(([sku, text]) => `${sku}: ${text}`),
            ...c.scores.map((s) => `${s.criterion} ${s.value}`),
          ];
          return oa.el('tr', { class: c.chosen ? 'hot' : null, dataset: { warehouse: c.warehouse } },
            oa.el('td', {}, c.chosen ? `✓ ${c.warehouse}` : c.warehouse),
            oa.el('td', { class: 'reason' }, why.join('; ') || '–'),
            oa.el('td', { class: 'num' }, (c.costFen / 100).toFixed(2)),
            oa.el('td', { class: 'num' }, c.days));
        }))),
      decisions.length > 1 ? oa.el('p', { class: 'muted' }, `${decisions.length} decisions in all (rerouted or retried).`) : null);
  }

  function fulfilment(order) {
    const f = order.fulfilment;
    oa.fill('warehouse-steps', (f?.steps || []).map((s) =>
      oa.el('li', { dataset: { kind: s.kind } }, `${s.kind} at ${s.warehouse} · ${oa.time(s.at)} · ${s.operator}${s.device ? ' (' + s.device + ')' : ''}${s.delayReason ? ' · ' + s.delayReason : ''}`)));
    if (!f?.steps?.length) oa.fill('warehouse-steps', oa.el('li', { class: 'muted' }, 'No warehouse events yet.'));
    const a = f?.approval;
    oa.fill('approval', a
      ? [oa.el('p', { id: 'approval-status' }, `${a.status} · rule ${a.rule} · asked ${oa.time(a.requestedAt)} · approvers ${a.approvers.join(', ')}`),
        oa.el('ul', {}, a.decisions.map((d) => oa.el('li', {}, `${d.decision} by ${d.approver} · ${oa.time(d.at)}${d.comment ? ' · ' + d.comment : ''}`)))]
      : oa.el('p', { class: 'muted' }, 'No approval needed so far.'));
    const w = f?.waybill;
    oa.fill('waybill',
      oa.el('p', { id: 'waybill-number' }, order.waybillNumber ? `${order.carrier} ${order.waybillNumber}` : 'No waybill yet.'),
      w ? oa.el('p', { class: 'muted' }, `Requested from ${w.carrier} ${oa.time(w.requestedAt)} · ${w.attempts} attempt(s)${w.issuedAt ? ' · issued ' + oa.time(w.issuedAt) : ''}${w.lastError ? ' · ' + w.lastError : ''}${w.gaveUp ? ' · gave up' : ''}`) : null,
      order.outboundScanId ? oa.el('p', { class: 'muted' }, `Outbound scan ${order.outboundScanId}`) : null);
  }

  function carrier(parcel) {
    oa.fill('carrier-events', parcel
      ? parcel.events.map((e) => oa.el('li', {}, `${oa.time(e.at)} · ${e.state}${e.city ? ' · ' + e.city : ''}${e.description ? ' · ' + e.description : ''}`))
      : []);
  }

  function writeBack(shipment) {
    oa.fill('write-back', shipment
      ? oa.el('p', { id: 'write-back-status' }, `${shipment.status} · ${shipment.attempts} attempt(s)${shipment.acknowledgedAt ? ' · acknowledged ' + oa.time(shipment.acknowledgedAt) : ''}${shipment.lastError ? ' · ' + shipment.lastError : ''}`)
      : oa.el('p', { class: 'muted' }, 'Nothing to write back yet.'));
  }

  function lists(returns, links, notes) {
    oa.fill('returns', returns.length
      ? returns.map((r) => oa.el('li', {}, `${r.returnId} · ${r.status} · ${r.reason} · ${r.units} unit(s) · refund ${r.refund} · ${oa.time(r.requestedAt)}`))
      : oa.el('li', { class: 'muted' }, 'No returns.'));
    oa.fill('tracking-links', links.length
      ? links.map((l) => oa.el('li', {}, `${l.linkId} · created ${oa.time(l.createdAt)}${l.revokedAt ? ' · revoked ' + oa.time(l.revokedAt) : ''}`))
      : oa.el('li', { class: 'muted' }, 'No tracking links.'));
    oa.fill('notes', notes.length
      ? notes.map((n) => oa.el('li', { class: 'note', dataset: { noteId: n.id } },
          oa.el('span', { class: 'muted' }, `${oa.time(n.createdAt)} · ${n.author || 'unknown'}: `), n.text))
      : oa.el('li', { class: 'muted' }, 'No notes.'));
  }

  let stop = null;
  async function refresh() {
    const found = await optional(path);
    if (!found) {
      stop?.();
      document.getElementById('order').hidden = true;
      const box = oa.fill('not-found', oa.el('strong', {}, `Order ${orderId} was not found.`), ' Check the id, or ', oa.el('a', { href: '/console/orders' }, 'search for it'), '.');
      box.hidden = false;
      return;
    }
    const order = found.order;
    const [decisions, notes, links, returns, shipment, parcel] = await Promise.all([
      oa.api('GET', `${path}/decisions`),
      oa.api('GET', `${path}/notes`),
      oa.api('GET', `${path}/tracking-links`),
      oa.api('GET', `/api/returns?orderId=${encodeURIComponent(orderId)}`),
      optional(`/api/channel-shipments/${encodeURIComponent(orderId)}`),
      order.carrier && order.waybillNumber ? optional(`/api/carriers/parcels/${encodeURIComponent(order.carrier)}/${encodeURIComponent(order.waybillNumber)}`) : null,
    ]);
    const status = order.status;
    oa.fill('order-status', oa.el('span', { class: status === 'Cancelled' ? 'badge bad' : 'badge', id: 'status-badge', dataset: { status } }, status));
    const a = order.address;
    oa.fill('order-summary', `${order.lines.map((l) => `${l.sku} × ${l.quantity}`).join(', ')} · to ${a.city}${a.district ? ' ' + a.district : ''} · ` +
      `warehouse ${order.warehouse || '–'} · version ${order.version}${order.cancelReason ? ' · cancelled: ' + order.cancelReason : ''}`);
    flow(order);
    decision(decisions);
    fulfilment(order);
    carrier(parcel);
    writeBack(shipment);
    lists(returns, links, notes);
    document.getElementById('order').hidden = false;
  }

  const canWrite = oa.can('notes:write');
  document.getElementById('note-form').hidden = !canWrite;
  document.getElementById('create-link').hidden = !canWrite;

  // One request id per note text: a retry after a lost answer lands on the same note.
  let pending = null;
  document.getElementById('note-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = document.getElementById('note-text').value.trim();
    if (!pending || pending.text !== text) pending = { text, requestId: newRequestId() };
    try {
      await oa.api('POST', `${path}/notes`, pending);
      pending = null;
      document.getElementById('note-text').value = '';
      oa.notice('Note added.');
      await refresh();
    } catch (err) { oa.showError(err); }
  });

  document.getElementById('create-link').addEventListener('click', async () => {
    try {
      const link = await oa.api('POST', `${path}/tracking-links`, { requestId: newRequestId() });
      // The token is in this answer only: show it once, never again.
      const box = oa.fill('new-link', 'Send this link to the customer (shown once): ', oa.el('a', { href: link.url, id: 'new-link-url', target: '_blank' }, link.url));
      box.hidden = false;
      await refresh();
    } catch (err) { oa.showError(err); }
  });

  stop = oa.poll(refresh, 3000);
});
