// Users, API keys and the audit log (scope admin). Lists refresh by polling; the audit log keeps its page.
'use strict';

oa.page(async (me) => {
  const { el, fill, api, time } = oa;
  const enc = encodeURIComponent;
  let auditActor = '';
  let auditBefore = null;
  let auditNext = null;

  async function act(fn, done) {
    try { await fn(); oa.notice(done); await refresh(); } catch (err) { oa.showError(err); }
  }

  function userRow(u) {
    const role = el('select', { 'aria-label': `Role of ${u.name}`, dataset: { role: u.name }, disabled: u.name === me.name },
      ['customer-service', 'approver', 'operator', 'admin'].map((r) => el('option', { value: r, selected: r === u.role }, r)));
    role.addEventListener('change', () => act(() => api('PUT', `/api/users/${enc(u.name)}/role`, { role: role.value }), `${u.name} is now ${role.value}.`));
    const toggle = el('button', {
      type: 'button', class: u.disabled ? 'secondary' : 'danger', disabled: u.name === me.name, dataset: { toggle: u.name },
      onclick: () => act(() => api('POST', `/api/users/${enc(u.name)}/${u.disabled ? 'enable' : 'disable'}`), `${u.name} ${u.disabled ? 'enabled' : 'disabled'}.`),
    }, u.disabled ? 'Enable' : 'Disable');
    const reset = el('button', {
      type: 'button', class: 'secondary', dataset: { reset: u.name },
      onclick: () => {
        const password = prompt(`New password for ${u.name} (at least 12 characters)`);
        if (password) act(() => api('POST', `/api/users/${enc(u.name)}/password`, { password }), `Password of ${u.name} changed; their sessions ended.`);
      },
    }, 'Reset password');
    return el('tr', { dataset: { user: u.name } },
      el('td', {}, u.name), el('td', {}, u.displayName), el('td', {}, role),
      el('td', {}, el('span', { class: u.disabled ? 'badge bad' : 'badge good' }, u.disabled ? 'disabled' : 'active')),
      el('td', { class: 'muted' }, `${time(u.changedAt)} by ${u.changedBy}`),
      el('td', { class: 'row' }, toggle, reset));
  }

  function keyRow(k) {
    const revoked = k.revokedAt !== null;
    return el('tr', { dataset: { key: k.name } },
      el('td', {}, k.name), el('td', { class: 'muted' }, k.prefix + '…'), el('td', {}, k.scopes.join(', ')),
      el('td', { class: 'muted' }, `${time(k.createdAt)} by ${k.createdBy}`), el('td', {}, time(k.expiresAt)), el('td', {}, time(k.lastUsedAt)),
      el('td', {}, el('span', { class: revoked ? 'badge bad' : 'badge good' }, revoked ? `revoked by ${k.revokedBy}` : 'active')),
      el('td', {}, revoked ? null : el('button', {
        type: 'button', class: 'danger', dataset: { revoke: k.name },
        onclick: () => { if (confirm(`Revoke ${k.name}?`)) act(() => api('DELETE', `/api/api-keys/${enc(k.name)}`), `${k.name} revoked.`); },
      }, 'Revoke')));
  }

  async function loadAudit() {
    const query = new URLSearchParams({ limit: '50' });
    if (auditActor) query.set('actor', auditActor);
    if (auditBefore) query.set('before', String(auditBefore));
    const page = await api('GET', `/api/audit?${query}`);
    auditNext = page.next;
    document.getElementById('audit-older').disabled = !auditNext;
    fill('audit', page.entries.map((e) => el('tr', { dataset: { audit: e.id } },
      el('td', {}, time(e.at)), el('td', {}, e.actor ?? 'anonymous'), el('td', {}, e.method), el('td', {}, e.path),
      el('td', {}, el('span', { class: e.status < 400 ? 'badge good' : 'badge bad' }, String(e.status))), el('td', { class: 'muted' }, e.remoteAddress ?? ''))));
  }

  async function refresh() {
    const [users, keys] = await Promise.all([api('GET', '/api/users'), api('GET', '/api/api-keys')]);
    fill('users', users.map(userRow));
    fill('keys', keys.map(keyRow));
    if (!auditBefore) await loadAudit();
  }

  document.getElementById('new-user').addEventListener('submit', (event) => {
    event.preventDefault();
    const form = event.target;
    act(async () => { await api('POST', '/api/users', oa.formValues(form)); form.reset(); }, 'User created.');
  });

  document.getElementById('new-key').addEventListener('submit', (event) => {
    event.preventDefault();
    const form = event.target;
    const values = oa.formValues(form);
    const body = {
      name: values.name,
      scopes: (values.scopes || '').split(',').map((s) => s.trim()).filter(Boolean),
      expiresAt: values.expiresAt ? new Date(values.expiresAt).toISOString() : null,
    };
    act(async () => {
      const created = await api('POST', '/api/api-keys', body);
      const once = document.getElementById('key-once');
      fill(once, `Key ${created.name} (shown only now, copy it): `, el('span', { id: 'new-key-secret' }, created.key));
      once.hidden = false;
      form.reset();
    }, 'API key created.');
  });

  document.getElementById('audit-filter').addEventListener('submit', (event) => {
    event.preventDefault();
    auditActor = document.getElementById('audit-actor').value.trim();
    auditBefore = null;
    loadAudit().catch(oa.showError);
  });
  document.getElementById('audit-older').addEventListener('click', () => { auditBefore = auditNext; loadAudit().catch(oa.showError); });
  document.getElementById('audit-newest').addEventListener('click', () => { auditBefore = null; loadAudit().catch(oa.showError); });

  oa.poll(refresh, 5000);
});
