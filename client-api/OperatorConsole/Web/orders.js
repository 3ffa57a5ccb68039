// Order search: the form mirrors the query string (a search can be bookmarked); results refresh while open.
'use strict';

oa.page(async () => {
  const form = document.getElementById('search');
  const fields = ['q', 'status', 'channel', 'shop', 'from', 'to'];
  const pageSize = 50;
  let shown = pageSize; // rows the user has asked for (grows with "More"); the refresh re-reads that many
  let next = null;

  // The form starts from the address bar, so a bookmarked or shared search opens as it was.
  const params = new URLSearchParams(location.search);
  for (const name of fields) {
    if (params.has(name)) form.elements[name].value = params.get(name);
  }

  // Dates are the browser's days: from = local midnight, to = the next local midnight (the day is included).
  const isoDay = (day, plus) => {
    const d = new Date(`${day}T00:00:00`);
    d.setDate(d.getDate() + plus);
    return d.toISOString();
  };

  function apiQuery(values, limit, after) {
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(values)) {
      if (name === 'from') query.set('from', isoDay(value, 0));
      else if (name === 'to') query.set('to', isoDay(value, 1));
      else query.set(name, String(value).trim());
    }
    query.set('limit', String(limit));
    if (after) query.set('after', after);
    return `/api/orders/search?${query}`;
  }

  function badgeClass(status) {
    if (status === 'Cancelled') return 'badge bad';
    if (status === 'Created') return 'badge warn';
    if (status === 'Shipped' || status === 'Delivered' || status === 'Completed') return 'badge good';
    return 'badge';
  }

  function row(order) {
    const href = `/console/orders/${encodeURIComponent(order.orderId)}`;
    return oa.el('tr', { dataset: { orderId: order.orderId, status: order.status } },
      oa.el('td', {}, oa.el('a', { href, class: 'order-link' }, order.orderId)),
      oa.el('td', {}, oa.el('span', { class: badgeClass(order.status), dataset: { status: order.status } }, order.status)),
      oa.el('td', {}, `${order.channel} · ${order.shop}`),
      oa.el('td', {}, order.platformOrderId),
      oa.el('td', {}, order.warehouse || '–'),
      oa.el('td', {}, order.waybillNumber ? `${order.carrier || ''} ${order.waybillNumber}`.trim() : '–'),
      oa.el('td', { class: 'phone' }, order.phone || '–'),
      oa.el('td', {}, oa.time(order.paidAt || order.createdAt)),
      oa.el('td', {}, oa.time(order.updatedAt)));
  }

  // Re-reads everything shown (up to the API's 200 a call) so status changes appear in place.
  async function refresh() {
    const values = oa.formValues(form);
    const rows = [];
    let after = null;
    do {
      const page = await oa.api('GET', apiQuery(values, Math.min(200, shown - rows.length), after));
      rows.push(...page.orders);
      after = page.next;
    } while (after && rows.length < shown);
    next = after;
    oa.fill('results', rows.length ? rows.map(row) : oa.el('tr', {}, oa.el('td', { colspan: 9, class: 'muted', id: 'no-results' }, 'No orders match.')));
    oa.fill('summary', `${rows.length}${next ? '+' : ''} order(s), newest first · refreshed ${new Date().toLocaleTimeString()}`);
    document.getElementById('more').hidden = !next;
  }

  let stop = oa.poll(refresh, 5000);
  const restart = () => { stop(); shown = pageSize; stop = oa.poll(refresh, 5000); };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const values = oa.formValues(form);
    const query = new URLSearchParams(Object.entries(values).map(([k, v]) => [k, String(v)]));
    history.replaceState(null, '', query.size ? `?${query}` : location.pathname);
    restart();
  });
  document.getElementById('clear').addEventListener('click', () => {
    form.reset();
    history.replaceState(null, '', location.pathname);
    restart();
  });
  document.getElementById('more').addEventListener('click', async () => {
    shown += pageSize;
    try { await refresh(); } catch (err) { oa.showError(err); }
  });
});
