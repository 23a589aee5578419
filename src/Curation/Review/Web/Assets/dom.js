// Every text that comes from a unit is model output and untrusted: it is only ever put into the
// page through textContent or a form control's value, never as HTML. These helpers build elements
// and text nodes so no caller needs a markup string.

export const $ = (id) => document.getElementById(id);

export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

// Bilingual text as DOM: "승인 <span class=en>Approve</span>", built without HTML parsing.
export function bi(pair, extra) {
  const span = document.createElement('span');
  span.append(pair[0] + ' ');
  const en = document.createElement('span');
  en.className = 'en';
  en.textContent = pair[1] + (extra ?? '');
  span.append(en);
  return span;
}

export function setStatus(pair, isError) {
  const box = $('status');
  box.replaceChildren();
  if (pair) box.append(bi(pair));
  box.classList.toggle('error', !!isError);
}
