import { $, bi, el } from './dom.js';
import { DECISION, label } from './labels.js';

export function renderOtherDecisions(decisions) {
  const list = $('other-decisions');
  list.replaceChildren();
  for (const d of decisions) {
    const item = el('li', 'decision ' + d.decision);
    const head = el('div', 'decision-head');
    head.append(bi(label(DECISION, d.decision)), ' ', el('span', 'mono muted', d.annotator_id));
    if (d.reason) head.append(' ', el('span', 'badge', d.reason));
    item.append(head);
    if (d.note) item.append(el('div', 'note', d.note));
    for (const [key, diff] of Object.entries(d.diffs ?? {})) {
      const block = el('div', 'diff');
      block.append(el('span', 'mono muted', key + ': '), renderDiff(diff));
      item.append(block);
    }
    list.append(item);
  }
}

// "[-old-]{+new+}" word diffs, drawn as <del>/<ins> with text nodes only.
function renderDiff(diff) {
  const out = el('span', 'diff-text');
  const pattern = /\[-([\s\S]*?)-\]|\{\+([\s\S]*?)\+\}/g;
  let last = 0;
  for (const m of diff.matchAll(pattern)) {
    out.append(diff.slice(last, m.index));
    out.append(m[1] !== undefined ? el('del', null, m[1]) : el('ins', null, m[2]));
    last = m.index + m[0].length;
  }
  out.append(diff.slice(last));
  return out;
}
