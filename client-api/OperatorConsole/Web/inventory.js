// Inventory: one SKU's stock in every warehouse, live, with stock adjustments for inventory:write holders.
'use strict';

oa.page(async () => {
  const { el, fill } = oa;
  const fields = ['onHand', 'reserved', 'available', 'safetyStock', 'frozen', 'damaged'];
  const canWrite = oa.can('inventory:write');
  const params = new URLSearchParams(location.search);
  const picker = document.getElementById('sku');
  const filter = document.getElementById('sku-filter');
  const adjust = document.getElementById('adjust');
  const adjustForm = document.getElementById('adjust-form');
  const freezeForm = document.getElementById('freeze-form');
  let sku = params.get('sku');
  let cells = new Map();

  const show = (field, cell) => field === 'frozen' ? (cell.frozen ? (cell.manuallyFrozen ? 'frozen' : 'frozen (safety stock)') : 'no') : String(cell[field]);

  async function loadSkus() {
    const prefix = filter.value.trim();
    const page = await oa.api('GET', `/api/skus?limit=200${prefix ? `&prefix=${encodeURIComponent(prefix)}` : ''}`);
    const options = page.items.map((s) => el('option', { value: s.sku }, `${s.sku} · ${s.name}`));
    if (sku && !page.items.some((s) => s.sku === sku)) options.unshift(el('option', { value: sku }, sku));
    fill(picker, options);
    picker.value = sku || '';
  }

  function choose(next) {
    sku = next;
    picker.value = sku;
    cells = new Map();
    fill('stock-rows');
    fill('stock-totals');
    adjust.hidden = true;
    document.getElementById('stock-title').textContent = `Stock of ${sku}`;
    history.replaceState(null, '', `?sku=${encodeURIComponent(sku)}`);
    refresh().catch(oa.showError);
  }

  /** Writes the value into the cell; a value that changed since the last poll lights up briefly. */
  function put(td, text) {
    if (td.textContent === text) return;
    const first = td.dataset.loaded !== 'true';
    td.textContent = text;
    td.dataset.loaded = 'true';
    if (first) return;
    td.classList.remove('changed');
    void td.offsetWidth; // restart the highlight when the same cell changes again
    td.classList.add('changed');
    clearTimeout(td.highlight);
    td.highlight = setTimeout(() => td.classList.remove('changed'), 2500);
  }

  function row(cell) {
    const tds = Object.fromEntries(fields.map((f) => [f, el('td', { class: f === 'frozen' ? null : 'num', dataset: { field: f } })]));
    const tr = el('tr', { dataset: { warehouse: cell.warehouse } },
      el('td', {}, cell.warehouse), fields.map((f) => tds[f]),
      el('td', {}, canWrite ? el('button', { type: 'button', class: 'secondary adjust', onclick: () => openAdjust(cell.warehouse) }, 'Adjust') : null));
    document.getElementById('stock-rows').append(tr);
    return { tr, tds, cell };
  }

  async function refresh() {
    if (!sku) return;
    const stock = await oa.api('GET', `/api/inventory/${encodeURIComponent(sku)}`);
    if (stock.sku !== sku) return; // another SKU was picked while this one loaded
    for (const cell of stock.warehouses) {
      const shown = cells.get(cell.warehouse) || row(cell);
      shown.cell = cell;
      cells.set(cell.warehouse, shown);
      shown.tr.classList.toggle('hot', cell.frozen);
      for (const f of fields) put(shown.tds[f], show(f, cell));
    }
    let totals = document.getElementById('stock-totals').firstElementChild;
    if (!totals) {
      totals = el('tr', { id: 'totals' }, el('th', {}, 'Total'), fields.map((f) => el('th', { class: 'num', dataset: { field: f } })), el('th', {}));
      document.getElementById('stock-totals').append(totals);
    }
    const sum = (f) => stock.warehouses.reduce((n, c) => n + c[f], 0);
    for (const f of fields) {
      put(totals.querySelector(`[data-field="${f}"]`), f === 'frozen' ? `${stock.warehouses.filter((c) => c.frozen).length} frozen` : String(sum(f)));
    }
    document.getElementById('as-of').textContent = `As of ${oa.time(new Date().toISOString())}.`;
  }

  function openAdjust(warehouse) {
    const { cell } = cells.get(warehouse);
    adjust.hidden = false;
    document.getElementById('adjust-error').hidden = true;
    document.getElementById('adjust-cell').textContent = `${sku} @ ${warehouse}`;
    adjustForm.elements.warehouse.value = warehouse;
    adjustForm.elements.onHand.value = cell.onHand;
    adjustForm.elements.safetyStock.value = cell.safetyStock;
    adjustForm.elements.onHand.focus();
  }

  async function submit(action) {
    document.getElementById('adjust-error').hidden = true;
    try {
      await action();
      await refresh();
    } catch (err) {
      oa.showError(err, 'adjust-error');
    }
  }

  const cellPath = () => `/api/inventory/${encodeURIComponent(sku)}/${encodeURIComponent(adjustForm.elements.warehouse.value)}`;

  adjustForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const { onHand, safetyStock } = oa.formValues(adjustForm);
    submit(async () => {
      const cell = await oa.api('PUT', cellPath(), { onHand, safetyStock });
      oa.notice(`${cell.sku} @ ${cell.warehouse}: on hand ${cell.onHand}, safety stock ${cell.safetyStock}.`);
    });
  });

  freezeForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const frozen = event.submitter?.value === 'true';
    const { reason } = oa.formValues(freezeForm);
    submit(async () => {
      const cell = await oa.api('PUT', `${cellPath()}/frozen`, { frozen, reason, actor: oa.me?.name || 'console' });
      oa.notice(`${cell.sku} @ ${cell.warehouse} is ${cell.frozen ? 'frozen' : 'no longer frozen'}.`);
    });
  });

  picker.addEventListener('change', () => choose(picker.value));
  let typing = null;
  filter.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => loadSkus().catch(oa.showError), 250);
  });

  await loadSkus();
  if (!sku && picker.options.length) sku = picker.options[0].value;
  if (sku) choose(sku);
  oa.poll(refresh, 2000);
});
