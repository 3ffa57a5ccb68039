// Helpers shared by the routing rules, approvals and returns pages (after console.js).
'use strict';

const ops = (() => {
  /**
   * The name a write is recorded under. The API takes a signed-in user's name from the session and ignores this;
   * it matters only on a host without access control, where the API still needs a name in the body.
   */
  function actor() {
    return oa.me?.name || 'console';
  }

  /** Money in fen as yuan. */
  function yuan(fen) {
    return fen === null || fen === undefined ? '–' : `¥${(fen / 100).toFixed(2)}`;
  }

  /** Seconds since an ISO time, for oa.duration. */
  function since(iso) {
    return iso ? (Date.now() - new Date(iso).getTime()) / 1000 : null;
  }

  /**
   * Shows an API error next to the form it belongs to: one item per field of a validation problem, else the
   * message. Returns true when there was something to show.
   */
  function fieldErrors(list, err) {
    const node = typeof list === 'string' ? document.getElementById(list) : list;
    if (!err) { node.hidden = true; oa.fill(node); return false; }
    const errors = err.problem?.errors;
    const items = errors
      ? Object.entries(errors).map(([field, messages]) =>
          oa.el('li', { dataset: { field } }, oa.el('strong', {}, field), ': ', [].concat(messages).join(' ')))
      : [oa.el('li', {}, err.message || String(err))];
    oa.fill(node, items);
    node.hidden = false;
    return true;
  }

  /**
   * Keeps a table body in step with a list without redrawing rows that stay (what someone types in a row
   * survives the next poll): rows are keyed by data-key; create(item) makes a row, update(row, item) refreshes it.
   */
  function keyedRows(tbody, items, key, create, update) {
    const existing = new Map([...tbody.children].map((row) => [row.dataset.key, row]));
    const rows = items.map((item) => {
      const k = String(key(item));
      let row = existing.get(k);
      if (!row) { row = create(item); row.dataset.key = k; }
      update(row, item);
      return row;
    });
    for (const [k, row] of existing) if (!rows.includes(row)) { existing.delete(k); row.remove(); }
    rows.forEach((row, i) => { if (tbody.children[i] !== row) tbody.insertBefore(row, tbody.children[i] || null); });
  }

  /** Parses the JSON in a textarea; a syntax error is shown like a field error of the editor. */
  function parseJson(textarea, errorList, field) {
    try {
      return { ok: true, value: JSON.parse(document.getElementById(textarea).value) };
    } catch (e) {
      fieldErrors(errorList, new oa.ApiError(400, { title: 'Not valid JSON', errors: { [field]: [e.message] } }));
      return { ok: false };
    }
  }

  /**
   * Wires a JSON editor: typing marks it edited (polls then leave it alone); the button parses it, sends it with
   * send(value), clears or shows the field errors, and calls after(result) once saved.
   */
  function jsonEditor({ editor, errors, button, field, send, saved, after }) {
    document.getElementById(editor).addEventListener('input', (e) => { e.target.dataset.edited = '1'; });
    document.getElementById(button).addEventListener('click', async () => {
      const parsed = parseJson(editor, errors, field);
      if (!parsed.ok) return;
      try {
        const result = await send(parsed.value);
        fieldErrors(errors, null);
        delete document.getElementById(editor).dataset.edited;
        oa.notice(typeof saved === 'function' ? saved(result) : saved);
        await after(result);
      } catch (err) {
        fieldErrors(errors, err);
      }
    });
  }

  /** Shows value in a JSON editor unless someone is editing it. */
  function showJson(editor, value) {
    const node = document.getElementById(editor);
    if (document.activeElement !== node && !node.dataset.edited) node.value = JSON.stringify(value, null, 2);
  }

  return { actor, yuan, since, fieldErrors, keyedRows, parseJson, jsonEditor, showJson };
})();
