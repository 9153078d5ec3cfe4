/**
 * Creates an element. Children and attribute values are always set as text, never parsed as HTML,
 * because sandbox data deliberately contains markup in names.
 * Props: `class`, `on<Event>` listeners, booleans (true sets an empty attribute, false omits it), other attributes.
 */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      element.addEventListener(key.slice(2).toLowerCase(), value);
    } else {
      element.setAttribute(key, value === true ? '' : String(value));
    }
  }
  element.append(
    ...children.flat().filter((child) => child !== null && child !== undefined && child !== false),
  );
  return element;
}

/** Only http(s) URLs from data may become links; anything else (javascript:, data:) is dropped. */
export function safeUrl(url) {
  try {
    const parsed = new URL(url, location.href);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : '#';
  } catch {
    return '#';
  }
}

export function loadingMask(text = 'Loading…') {
  return h(
    'div',
    { class: 'k-loading-mask', role: 'status' },
    h('span', { class: 'k-loading-text' }, text),
    h('div', { class: 'k-loading-image', 'aria-hidden': 'true' }),
  );
}

export function emptyState(title, message, ...extra) {
  return h(
    'div',
    { class: 'empty-state' },
    h('h1', { class: 'page-title' }, title),
    h('p', {}, message),
    ...extra,
  );
}

export function errorNotice(message) {
  return h('div', { class: 'k-notification k-notification-error', role: 'alert' }, message);
}
