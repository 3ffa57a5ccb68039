// Live overview: order flow per minute, backlog per step, stage times with the bottleneck.
'use strict';

oa.page(async () => {
  const { el, fill } = oa;
  const statuses = ['Created', 'Paid', 'Allocated', 'Outbound', 'Shipped', 'Delivered', 'Completed', 'Cancelled'];
  const palette = ['#1f5fbf', '#1d7a46', '#a86400', '#7a3fb3', '#b3261e', '#0f7c8c', '#5f6b7a', '#c2185b'];
  const minutes = Number(new URLSearchParams(location.search).get('minutes')) || 60;
  document.getElementById('window-minutes').textContent = String(minutes);

  const svgNs = 'http://www.w3.org/2000/svg';
  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(svgNs, tag);
    for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, value);
    for (const child of children.flat()) {
      if (child !== null && child !== undefined) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  /** A line per series over the window's minutes; series: [{ name, values: Map(minuteMs -> count) }]. */
  function lineChart(target, axis, series) {
    const width = 560, height = 180, left = 34, right = 8, top = 8, bottom = 22;
    const max = Math.max(1, ...series.flatMap((s) => [...s.values.values()]));
    const x = (i) => left + (axis.length > 1 ? (i * (width - left - right)) / (axis.length - 1) : 0);
    const y = (v) => top + (height - top - bottom) * (1 - v / max);
    const grid = [0, Math.round(max / 2), max].map((v) => [
      svg('line', { x1: left, x2: width - right, y1: y(v), y2: y(v), stroke: '#d9dee5' }),
      svg('text', { x: left - 4, y: y(v) + 4, 'text-anchor': 'end', 'font-size': 10, fill: '#5f6b7a' }, v),
    ]);
    const ticks = axis.map((m, i) => (i % 15 === 0 || i === axis.length - 1)
      ? svg('text', { x: x(i), y: height - 6, 'text-anchor': 'middle', 'font-size': 10, fill: '#5f6b7a' },
          new Date(m).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' }))
      : null);
    const lines = series.map((s, n) => svg('polyline', {
      fill: 'none', stroke: palette[n % palette.length], 'stroke-width': 2, 'data-series': s.name,
      points: axis.map((m, i) => `${x(i).toFixed(1)},${y(s.values.get(m) || 0).toFixed(1)}`).join(' '),
    }));
    const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'orders per minute' }, grid, ticks, lines);
    const legend = el('div', { class: 'row legend' }, series.length
      ? series.map((s, n) => el('span', { dataset: { series: s.name } },
          el('span', { class: 'swatch', style: `background:${palette[n % palette.length]}` }), ` ${s.name} (${[...s.values.values()].reduce((a, b) => a + b, 0)})`))
      : el('span', { class: 'muted' }, 'Nothing in the window.'));
    fill(target, chart, legend);
  }

  function seriesBy(rows, key) {
    const byName = new Map();
    for (const row of rows) {
      const name = row[key];
      if (!byName.has(name)) byName.set(name, new Map());
      const minute = new Date(row.minute).getTime();
      byName.get(name).set(minute, (byName.get(name).get(minute) || 0) + row.count);
    }
    return [...byName.entries()].sort(([a], [b]) => (key === 'status' ? statuses.indexOf(a) - statuses.indexOf(b) : a.localeCompare(b)))
      .map(([name, values]) => ({ name, values }));
  }

  function drawFlow(overview) {
    const start = Math.ceil(new Date(overview.from).getTime() / 60000) * 60000;
    const end = new Date(overview.to).getTime();
    const axis = [];
    for (let m = start; m <= end; m += 60000) axis.push(m);
    lineChart('chart-channels', axis, seriesBy(overview.minutes.filter((r) => r.status === 'Paid'), 'channel'));
    lineChart('chart-statuses', axis, seriesBy(overview.minutes, 'status'));

    const totals = new Map();
    for (const row of overview.minutes) {
      const key = `${row.channel}|${row.status}`;
      totals.set(key, (totals.get(key) || 0) + row.count);
    }
    const channels = [...new Set(overview.minutes.map((r) => r.channel))].sort();
    fill('flow-table',
      el('thead', {}, el('tr', {}, el('th', {}, 'Channel'), statuses.map((s) => el('th', { class: 'num' }, s)))),
      el('tbody', {}, channels.length
        ? channels.map((c) => el('tr', { dataset: { channel: c } }, el('td', {}, c),
            statuses.map((s) => el('td', { class: 'num', dataset: { status: s } }, totals.get(`${c}|${s}`) || 0))))
        : el('tr', {}, el('td', { colspan: statuses.length + 1, class: 'muted' }, 'No order moved in the window.'))));
  }

  function drawBacklog(backlog) {
    const worst = Math.max(0, ...backlog.map((b) => b.oldestAgeSeconds || 0));
    fill('backlog',
      el('thead', {}, el('tr', {}, el('th', {}, 'Step'), el('th', { class: 'num' }, 'Orders'), el('th', {}, 'Oldest since'), el('th', { class: 'num' }, 'Oldest waits'))),
      el('tbody', {}, backlog.map((b) => el('tr', { dataset: { status: b.status }, class: b.orders && b.oldestAgeSeconds === worst ? 'hot' : null },
        el('td', {}, b.status),
        el('td', { class: 'num', dataset: { field: 'orders' } }, b.orders),
        el('td', {}, oa.time(b.oldestSince)),
        el('td', { class: 'num' }, oa.duration(b.oldestAgeSeconds))))));
  }

  function drawStages(report) {
    const max = Math.max(1, ...report.steps.map((s) => s.meanSeconds || 0));
    fill('stages',
      el('thead', {}, el('tr', {}, el('th', {}, 'Step'), el('th', { class: 'num' }, 'Orders'), el('th', { class: 'num' }, 'Mean'),
        el('th', { class: 'num' }, 'p50'), el('th', { class: 'num' }, 'p90'), el('th', {}, ''))),
      el('tbody', {}, report.steps.map((s) => {
        const hot = s.step === report.bottleneck;
        return el('tr', { class: hot ? 'hot' : null, dataset: { step: s.step, bottleneck: hot ? 'true' : null } },
          el('td', {}, `${s.from} → ${s.to}`, hot ? el('span', { class: 'badge warn' }, ' bottleneck') : null),
          el('td', { class: 'num' }, s.count),
          el('td', { class: 'num' }, oa.duration(s.meanSeconds)),
          el('td', { class: 'num' }, oa.duration(s.p50Seconds)),
          el('td', { class: 'num' }, oa.duration(s.p90Seconds)),
          el('td', { style: 'width:30%' }, el('div', { class: hot ? 'bar hot' : 'bar', style: `width:${((s.meanSeconds || 0) * 100) / max}%` })));
      })));
  }

  oa.poll(async () => {
    const overview = await oa.api('GET', `/api/analytics/overview?minutes=${minutes}`);
    drawFlow(overview);
    drawBacklog(overview.backlog);
    document.getElementById('as-of').textContent = `As of ${oa.time(overview.to)}.`;
  }, 5000);

  // Stage times read every event of the day's orders: every 30 s is live enough for a mean over a day.
  oa.poll(async () => {
    const to = new Date();
    const from = new Date(to.getTime() - 86400000);
    drawStages(await oa.api('GET', `/api/analytics/stages?from=${encodeURIComponent(from.toISOString())}&to=${encodeURIComponent(to.toISOString())}`));
  }, 30000);
});
