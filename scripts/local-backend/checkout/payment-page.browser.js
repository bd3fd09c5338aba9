// The local Checkout simulation's payment page (served as {region}/main.js; see simulation.ts). It
// speaks the browser contract of @commercetools/checkout-browser-sdk: once loaded it posts
// `checkout_script_ready`, the SDK calls `window.commercetoolsCheckout.render(config)`, and every
// event is a Checkout Message posted to this window (`source: 'commercetoolsCheckout'`, a `type` of
// `{severity}:...`, `code`, `payload`), which the SDK hands to onInfo/onWarn/onError. The SDK itself
// closes the page on `checkout_completed` and `checkout_cancelled`.
(() => {
  const scriptUrl = document.currentScript ? document.currentScript.src : '';
  const apiBase = new URL('../api/', scriptUrl);
  let correlation = 0;

  function post(severity, code, message, payload) {
    correlation += 1;
    const data = { source: 'commercetoolsCheckout', type: `${severity}:checkout:${code}`, severity, code, message, correlationId: `local-simulation/${Date.now()}/${correlation}` };
    if (payload !== undefined) data.payload = payload;
    window.postMessage(data, window.location.origin);
  }

  function el(tag, attributes, children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (name === 'style') Object.assign(node.style, value);
      else if (name === 'text') node.textContent = value;
      else node.setAttribute(name, value);
    }
    for (const child of children || []) node.appendChild(child);
    return node;
  }

  function formatMoney(money, locale) {
    const value = money.centAmount / 10 ** (money.fractionDigits ?? 2);
    try {
      return new Intl.NumberFormat(locale || undefined, { style: 'currency', currency: money.currencyCode }).format(value);
    } catch {
      return `${value.toFixed(2)} ${money.currencyCode}`;
    }
  }

  async function call(config, path, init) {
    const url = new URL(`${encodeURIComponent(config.projectKey)}/sessions/${encodeURIComponent(config.sessionId)}${path}`, apiBase);
    const response = await fetch(url, init);
    return { status: response.status, body: await response.json().catch(() => ({})) };
  }

  function render(config) {
    const host = document.querySelector('[data-ctc]') || document.getElementById('commercetools-checkout');
    if (!host) return;
    if (config.checkoutMode !== 'payment-only') {
      post('error', 'bad_config', 'The local simulation supports Payment Only mode (paymentFlow) only.');
      return;
    }
    const error = el('p', { role: 'alert', 'data-testid': 'ctc-error', style: { color: '#b91c1c', minHeight: '1.25rem', margin: '0.5rem 0' } });
    const amount = el('span', { 'data-testid': 'ctc-amount', text: '…' });
    const card = el('input', { id: 'ctc-card', 'data-testid': 'ctc-card', inputmode: 'numeric', autocomplete: 'cc-number', value: '4242 4242 4242 4242', style: { width: '100%', padding: '0.5rem', border: '1px solid #64748b', borderRadius: '0.375rem' } });
    const pay = el('button', { type: 'button', 'data-testid': 'ctc-pay', style: { background: '#0f172a', color: '#fff', padding: '0.5rem 1rem', borderRadius: '0.375rem' } }, [document.createTextNode('Pay '), amount]);
    const cancel = el('button', { type: 'button', 'data-testid': 'ctc-cancel', text: 'Cancel', style: { padding: '0.5rem 1rem', border: '1px solid #64748b', borderRadius: '0.375rem' } });
    const dialog = el('div', { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'ctc-title', 'data-testid': 'ctc-dialog', style: { background: '#fff', color: '#0f172a', padding: '1.5rem', borderRadius: '0.5rem', width: 'min(28rem, 92vw)', fontFamily: 'system-ui, sans-serif' } }, [
      el('h2', { id: 'ctc-title', text: 'Checkout (local simulation)', style: { fontSize: '1.25rem', fontWeight: '600', margin: '0 0 0.5rem' } }),
      el('p', { text: 'No money moves. Card 4000 0000 0000 0002 is declined; any other number pays.', style: { fontSize: '0.875rem', margin: '0 0 1rem' } }),
      el('label', { for: 'ctc-card', text: 'Card number', style: { display: 'block', fontSize: '0.875rem', fontWeight: '600', marginBottom: '0.25rem' } }),
      card,
      error,
      el('div', { style: { display: 'flex', gap: '0.75rem', justifyContent: 'flex-end' } }, [cancel, pay]),
    ]);
    const overlay = el('div', { style: { position: 'fixed', inset: '0', background: 'rgba(15,23,42,0.6)', display: 'flex', alignItems: 'center', justifyContent: 'center', zIndex: '2147483647' } }, [dialog]);
    host.appendChild(overlay);
    window.commercetoolsCheckout.root = { unmount: () => overlay.remove() };

    let busy = false;
    let done = false;
    const finish = (severity, code, message, payload) => {
      done = true;
      post(severity, code, message, payload);
    };
    cancel.addEventListener('click', () => {
      if (!busy && !done) finish('info', 'checkout_cancelled', 'Checkout cancelled by the customer.');
    });
    dialog.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !busy && !done) finish('info', 'checkout_cancelled', 'Checkout cancelled by the customer.');
    });
    pay.addEventListener('click', async () => {
      if (busy || done) return;
      busy = true;
      pay.setAttribute('aria-disabled', 'true');
      error.textContent = '';
      try {
        const paid = await call(config, '/payments', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ cardNumber: card.value }) });
        if (paid.body.status === 'completed') {
          post('info', 'order_created', `Order ${paid.body.orderId} created.`, { order: { id: paid.body.orderId } });
          finish('info', 'checkout_completed', 'Checkout completed.', { order: { id: paid.body.orderId } });
          return;
        }
        if (paid.body.status === 'declined') {
          error.textContent = 'The card was declined. Try another card, or cancel.';
          post('error', 'payment_failed', 'Payment failed.', { payment: { id: paid.body.paymentId } });
          return;
        }
        finish('error', paid.status === 410 ? 'checkout_session_expired' : 'non_orderable_cart_error', 'The cart cannot be ordered.', {});
      } catch {
        error.textContent = 'The payment service could not be reached. Try again.';
        post('error', 'payment_service_unavailable', 'The payment service could not be reached.');
      } finally {
        busy = false;
        pay.removeAttribute('aria-disabled');
      }
    });
    card.focus();
    post('info', 'checkout_started', 'Checkout started.');
    call(config, '', { method: 'GET' }).then(
      (answer) => {
        if (answer.status !== 200) finish('error', answer.status === 410 ? 'checkout_session_expired' : 'session_not_found', 'The session cannot be used.', {});
        else amount.textContent = formatMoney(answer.body.amount, config.locale);
      },
      () => {
        error.textContent = 'The payment service could not be reached.';
      },
    );
  }

  window.commercetoolsCheckout = window.commercetoolsCheckout || {};
  window.commercetoolsCheckout.render = render;
  window.postMessage({ code: 'checkout_script_ready' }, window.location.origin);
})();
