// Builds the page from data without ever parsing text as HTML: every value a service returns (a worker's narrative,
// a child's words, a name) becomes a text node, so nothing typed into a record can run as script in a manager's page.

/** An element with attributes (on* never: behaviour is attached with addEventListener) and children. */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    if (name === 'class') element.className = value;
    else if (name === 'dataset') Object.assign(element.dataset, value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces what a container shows. */
export function show(container, ...children) {
  container.replaceChildren();
  append(container, children);
}

/** A summary list: each row a term and what it says; rows whose value is empty are left out. */
export function summary(rows, attributes = {}) {
  const list = el('dl', { class: 'summary', ...attributes });
  for (const [term, value] of rows) {
    if (value === null || value === undefined || value === '') continue;
    list.append(el('div', { class: 'summary__row' }, el('dt', {}, term), el('dd', {}, value)));
  }
  return list;
}

/** A person as the services name them: full name, and designation where known. */
export function person(p) {
  if (!p) return '';
  const name = p.fullName || p.username;
  return p.designation ? `${name} (${p.designation})` : name;
}
