// Channel health: every shop's connector, "Pull now", and the shop's reconciliations.
'use strict';

oa.page(async () => {
  const { el, fill } = oa;
  const canPull = oa.can('channels:write');
  const soon = 3 * 86400000;
  const pulling = new Set();
  const path = (shop) => `/api/channels/${encodeURIComponent(shop.channel)}/${encodeURIComponent(shop.shop)}`;
  const key = (shop) => `${shop.channel}:${shop.shop}`;
  let last = [];

  function ago(iso) {
    return iso ? `${oa.duration((Date.now() - new Date(iso).getTime()) / 1000)} ago` : 'never';
  }

  function token(shop) {
    if (!shop.accessTokenExpiresAt) return el('span', { class: 'muted' }, '–');
    const left = new Date(shop.accessTokenExpiresAt).getTime() - Date.now();
    const badge = left <= 0 ? el('span', { class: 'badge bad', dataset: { token: 'expired' } }, 'expired')
      : left < soon ? el('span', { class: 'badge warn', dataset: { token: 'expiring' } }, `expires in ${oa.duration(left / 1000)}`)
      : el('span', { class: 'badge good', dataset: { token: 'valid' } }, 'valid');
    return [oa.time(shop.accessTokenExpiresAt), ' ', badge];
  }

  function alerts(shop) {
    const items = [];
    if (shop.alert) items.push(el('span', { class: 'badge bad', dataset: { alert: shop.alert } }, `${shop.alert} since ${oa.time(shop.alertSince)}`));
    if (shop.tokenProblem) items.push(el('span', { class: 'badge bad' }, `authorise again: ${shop.tokenProblem}`));
    if (shop.circuitOpenUntil && new Date(shop.circuitOpenUntil) > new Date()) items.push(el('span', { class: 'badge bad' }, `paused until ${oa.time(shop.circuitOpenUntil)}`));
    if (shop.consecutiveFailures) items.push(el('span', { class: 'badge warn' }, `${shop.consecutiveFailures} failed pulls in a row`));
    if (shop.lastError) items.push(el('div', { class: 'muted' }, shop.lastError));
    return items.length ? items : el('span', { class: 'badge good' }, 'none');
  }

  function reconciliation(shop) {
    if (!shop.lastReconciledAt) return el('span', { class: 'muted' }, 'not yet');
    return [oa.time(shop.lastReconciledAt), ' ',
      shop.lastReconciliationMatched ? el('span', { class: 'badge good' }, 'matched') : el('span', { class: 'badge warn' }, 'differences'), ' ',
      el('button', { type: 'button', class: 'secondary', onclick: () => showReconciliations(shop) }, 'Days')];
  }

  function draw(shops) {
    fill('shops',
      el('thead', {}, el('tr', {}, ['Shop', 'State', 'Last pull', 'Lag', 'Token', 'Alerts', 'Orders', 'Reconciliation', ''].map((h) => el('th', {}, h)))),
      el('tbody', {}, shops.length ? shops.map((shop) => el('tr', { dataset: { shop: key(shop) } },
        el('td', {}, el('strong', {}, shop.shop), el('div', { class: 'muted' }, shop.channel)),
        el('td', {}, shop.healthy ? el('span', { class: 'badge good' }, 'healthy') : el('span', { class: 'badge bad' }, 'unhealthy')),
        el('td', { dataset: { field: 'lastPull' } }, shop.lastPullAt ? oa.time(shop.lastPullAt) : 'never', el('div', { class: 'muted' }, ago(shop.lastSuccessAt), shop.lastSuccessAt ? ' (last success)' : '')),
        el('td', { class: 'num' }, shop.lag ? oa.duration(seconds(shop.lag)) : '–'),
        el('td', { dataset: { field: 'token' } }, token(shop)),
        el('td', { dataset: { field: 'alerts' } }, alerts(shop)),
        el('td', { class: 'num' }, `${shop.ordersCreated} new · ${shop.ordersUpdated} updated · ${shop.ordersRejected} refused`),
        el('td', {}, reconciliation(shop)),
        el('td', {}, canPull
          ? el('button', { type: 'button', class: 'pull-now', disabled: pulling.has(key(shop)), onclick: () => pull(shop) }, pulling.has(key(shop)) ? 'Pulling…' : 'Pull now')
          : null)))
        : el('tr', {}, el('td', { colspan: 9, class: 'muted' }, 'No shop is connected yet (PUT /api/channels/{channel}/{shop}).'))));
  }

  /** .NET TimeSpan as JSON: "d.hh:mm:ss.fffffff" or "hh:mm:ss". */
  function seconds(span) {
    const m = /^(-)?(?:(\d+)\.)?(\d+):(\d+):(\d+(?:\.\d+)?)$/.exec(span);
    if (!m) return null;
    const total = Number(m[2] || 0) * 86400 + Number(m[3]) * 3600 + Number(m[4]) * 60 + Number(m[5]);
    return m[1] ? -total : total;
  }

  async function pull(shop) {
    pulling.add(key(shop));
    draw(last);
    try {
      const report = await oa.api('POST', `${path(shop)}/pull`);
      showPull(shop, report);
      if (report.error) oa.showError(new Error(`Pull of ${key(shop)} failed: ${report.error}`));
      else oa.notice(`Pulled ${key(shop)}: ${report.created} new, ${report.updated} updated.`);
    } catch (err) {
      oa.showError(err);
    } finally {
      pulling.delete(key(shop));
      await refresh().catch(oa.showError);
    }
  }

  function showPull(shop, report) {
    document.getElementById('pull-panel').hidden = false;
    document.getElementById('pull-shop').textContent = key(shop);
    const figures = [['Windows', report.windows], ['Trades read', report.trades], ['New', report.created], ['Updated', report.updated],
      ['Unchanged', report.unchanged], ['Not paid yet', report.ignored], ['Refused', report.rejected.length]];
    fill('pull-result',
      el('p', { id: 'pull-outcome', class: report.error ? 'badge bad' : 'badge good', dataset: { outcome: report.error ? 'failed' : 'ok' } },
        report.error ? `Failed: ${report.error}` : 'Completed'),
      el('table', {}, el('tbody', {},
        figures.map(([label, value]) => el('tr', {}, el('th', {}, label), el('td', { class: 'num', dataset: { figure: label } }, value))),
        el('tr', {}, el('th', {}, 'Started'), el('td', {}, oa.time(report.startedAt))),
        el('tr', {}, el('th', {}, 'Checkpoint'), el('td', {}, `${oa.time(report.checkpointBefore)} → ${oa.time(report.checkpointAfter)}`)),
        report.tokenRefreshed ? el('tr', {}, el('th', {}, 'Token'), el('td', {}, 'refreshed')) : null)),
      report.rejected.length
        ? el('ul', {}, report.rejected.map((r) => el('li', {}, `${r.platformOrderId}: ${r.reason}`)))
        : null);
  }

  async function showReconciliations(shop) {
    const days = await oa.api('GET', `${path(shop)}/reconciliations?limit=14`);
    document.getElementById('reconciliation-panel').hidden = false;
    document.getElementById('reconciliation-shop').textContent = key(shop);
    fill('reconciliations',
      el('thead', {}, el('tr', {}, ['Run', 'Day', 'Platform', 'Received', 'Missing', 'Repaired', 'Refused', 'Extra'].map((h) => el('th', {}, h)))),
      el('tbody', {}, days.map((d) => el('tr', { class: d.day.missing.length > d.day.repaired.length ? 'hot' : null },
        el('td', {}, oa.time(d.runAt)), el('td', {}, d.day.day),
        el('td', { class: 'num' }, d.day.platformCount), el('td', { class: 'num' }, d.day.receivedCount),
        el('td', { class: 'num' }, d.day.missing.length), el('td', { class: 'num' }, d.day.repaired.length),
        el('td', { class: 'num' }, (d.day.refused || []).length), el('td', { class: 'num' }, (d.day.extra || []).length)))));
  }

  async function refresh() {
    last = await oa.api('GET', '/api/channels');
    draw(last);
    document.getElementById('as-of').textContent = `As of ${oa.time(new Date().toISOString())}.`;
  }

  oa.poll(refresh, 10000);
});
