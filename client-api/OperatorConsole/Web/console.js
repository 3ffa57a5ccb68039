// OrderActors console: what every page shares. Plain script, no build step.
// A page includes this file, then its own script, which calls oa.page(async (me) => { ... }).
'use strict';

const oa = (() => {
  const links = [
    { href: '/console/', label: 'Overview', scope: 'read' },
    { href: '/console/orders', label: 'Orders', scope: 'read' },
    { href: '/console/channels', label: 'Channels', scope: 'read' },
    { href: '/console/inventory', label: 'Inventory', scope: 'read' },
    { href: '/console/rules', label: 'Routing rules', scope: 'read' },
    { href: '/console/approvals', label: 'Approvals', scope: 'read' },
    { href: '/console/returns', label: 'Returns', scope: 'read' },
    { href: '/console/users', label: 'Users', scope: 'admin' },
    { href: '/dashboard', label: 'Cluster', scope: 'dashboard', external: true },
  ];

  let me = null;

  /** An error answered by the API as problem details (RFC 9457). */
  class ApiError extends Error {
    constructor(status, problem) {
      super(problem?.detail || problem?.title || `HTTP ${status}`);
      this.status = status;
      this.problem = problem;
    }
  }

  function returnToLogin() {
    const back = location.pathname + location.search;
    location.assign('/login?returnUrl=' + encodeURIComponent(back));
  }

  /** Calls the JSON API as the signed-in user; unsafe methods carry the CSRF token. */
  async function api(method, url, body) {
    const headers = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (method !== 'GET' && me?.csrfToken) headers['X-CSRF-TOKEN'] = me.csrfToken;
    const response = await fetch(url, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (response.status === 401) {
      returnToLogin();
      throw new ApiError(401, { title: 'Signed out' });
    }
    const text = await response.text();
    const data = text ? JSON.parse(text) : null;
    if (!response.ok) throw new ApiError(response.status, data);
    return data;
  }

  /** A link from data may only lead to a web page: a javascript: or data: URL would run or show whatever it holds. */
  function webUrl(value) {
    try {
      return ['http:', 'https:'].includes(new URL(String(value), location.href).protocol);
    } catch {
      return false;
    }
  }

  /** Builds an element; strings become text nodes, so data is never parsed as HTML; href and src only take web URLs. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else if ((key === 'href' || key === 'src') && !webUrl(value)) continue;
      else if (key === 'class') node.className = value;
      // Through the CSSOM: the console's Content-Security-Policy (style-src 'self') refuses style attributes.
      else if (key === 'style') node.style.cssText = value;
      else if (key === 'dataset') Object.assign(node.dataset, value);
      else node.setAttribute(key, value === true ? '' : value);
    }
    for (const child of children.flat()) {
      if (child === undefined || child === null || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  /** Replaces the children of the element with id (or the element) by the given nodes. */
  function fill(target, ...children) {
    const node = typeof target === 'string' ? document.getElementById(target) : target;
    node.replaceChildren(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
    return node;
  }

  /** Runs fn now and every ms while the tab is visible; errors are shown, not thrown. Returns a stop function. */
  function poll(fn, ms) {
    let timer = null;
    let stopped = false;
    const tick = async () => {
      timer = null;
      if (stopped) return;
      if (!document.hidden) {
        try { await fn(); clearError(); } catch (err) { showError(err); }
      }
      if (!stopped) timer = setTimeout(tick, ms);
    };
    tick();
    return () => { stopped = true; if (timer) clearTimeout(timer); };
  }

  /** Shows the error (problem details: title or detail, then the errors per field) in the page's error box, or in the box with id target. */
  function showError(err, target = 'oa-error') {
    const box = document.getElementById(target);
    if (!box) return;
    const problem = err instanceof ApiError ? err.problem : null;
    const details = problem?.errors
      ? Object.entries(problem.errors).map(([field, messages]) => `${field}: ${[].concat(messages).join(' ')}`)
      : [];
    fill(box, el('strong', {}, err.message || String(err)), details.length ? el('ul', {}, details.map((d) => el('li', {}, d))) : null);
    box.hidden = false;
  }

  function clearError() {
    const box = document.getElementById('oa-error');
    if (box) box.hidden = true;
  }

  function notice(text) {
    const box = document.getElementById('oa-notice');
    if (!box) return;
    box.textContent = text;
    box.hidden = false;
    clearTimeout(notice.timer);
    notice.timer = setTimeout(() => { box.hidden = true; }, 4000);
  }

  const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'medium' });

  function time(iso) {
    return iso ? timeFormat.format(new Date(iso)) : '–';
  }

  function duration(seconds) {
    if (seconds === null || seconds === undefined) return '–';
    if (seconds < 60) return `${Math.round(seconds)} s`;
    if (seconds < 3600) return `${(seconds / 60).toFixed(1)} min`;
    if (seconds < 86400) return `${(seconds / 3600).toFixed(1)} h`;
    return `${(seconds / 86400).toFixed(1)} d`;
  }

  function can(scope) {
    return !me || (me.scopes || []).includes(scope);
  }

  function header(active) {
    const nav = el('nav', { class: 'oa-nav' },
      links.filter((l) => can(l.scope)).map((l) =>
        el('a', { href: l.href, class: l.href === active ? 'active' : null, target: l.external ? '_blank' : null }, l.label)));
    const who = me
      ? el('span', { class: 'oa-who' }, `${me.name} · ${me.role}`,
          el('form', { method: 'post', action: '/logout', class: 'oa-logout' },
            el('input', { type: 'hidden', name: '__csrf', value: me.csrfToken || '' }),
            el('button', { type: 'submit', id: 'sign-out' }, 'Sign out')))
      : null;
    return el('header', { class: 'oa-header' }, el('a', { href: '/console/', class: 'oa-brand' }, 'OrderActors'), nav, who);
  }

  /**
   * Starts a page: loads the session (a signed-out visitor goes to the login page), draws the header,
   * then runs the page's own code with the session.
   */
  function page(run) {
    const start = async () => {
      const response = await fetch('/api/me', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
      if (response.status === 401) { returnToLogin(); return; }
      me = response.ok ? await response.json() : null;
      const active = document.body.dataset.nav || location.pathname;
      document.body.prepend(header(active));
      try { await run(me); } catch (err) { showError(err); }
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
    else start();
  }

  /** Reads a form into an object: numbers for type=number, booleans for checkboxes, '' as absent. */
  function formValues(form) {
    const values = {};
    for (const input of form.querySelectorAll('input[name], select[name], textarea[name]')) {
      if (input.type === 'checkbox') values[input.name] = input.checked;
      else if (input.value === '') continue;
      else if (input.type === 'number') values[input.name] = Number(input.value);
      else values[input.name] = input.value;
    }
    return values;
  }

  return { api, ApiError, el, fill, poll, page, can, time, duration, showError, notice, formValues, get me() { return me; } };
})();
