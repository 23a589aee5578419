import { $, bi, el } from './dom.js';
import { DECISION } from './labels.js';
import { state } from './state.js';

export function setMode(mode, edits) {
  state.mode = mode;
  state.reason = null;
  const view = state.view;
  const adjudicating = !!view?.adjudication;
  $('compose').hidden = mode === 'view';
  $('reasons').hidden = mode !== 'reject';
  $('rationale-label').hidden = !adjudicating;
  $('note-hint').textContent = mode === 'reject' ? '(사유가 "기타"이면 필수 · required for "other")' : '';
  if (mode !== 'view') {
    const title = { approve: DECISION.approve, reject: ['거부 사유를 고르십시오 (숫자 키)', 'Pick a reject reason (number keys)'], edit: ['수정: 고칠 칸을 고치십시오', 'Edit: change the editable fields'] }[mode];
    $('compose-title').replaceChildren(bi(title));
  }
  if (mode === 'reject') renderReasons();
  renderEditors(mode === 'edit' ? edits ?? {} : null);
  if (mode === 'edit') document.querySelector('#field-rows textarea')?.focus();
  else if (mode === 'approve') $('rationale').focus();
  else if (mode === 'view') document.activeElement?.blur();
}

function renderReasons() {
  const list = $('reasons');
  list.replaceChildren();
  state.me.reject_reasons.forEach((r, i) => {
    const item = el('li', 'reason');
    item.dataset.code = r.code;
    item.append(el('kbd', null, String(i + 1)), ' ', el('span', 'mono', r.code), ' ', bi([r.ko, r.en]));
    item.addEventListener('click', () => pickReason(i));
    list.append(item);
  });
}

export function pickReason(index) {
  const reason = state.me.reject_reasons[index];
  if (!reason) return;
  state.reason = reason.code;
  for (const item of $('reasons').children) item.classList.toggle('picked', item.dataset.code === reason.code);
  (state.view.adjudication && !reason.needs_note ? $('rationale') : $('note')).focus();
}

// In edit mode each editable field's text becomes a textarea holding it (set as a value, not markup).
function renderEditors(edits) {
  for (const row of $('field-rows').children) {
    const field = state.view.unit.fields.find((f) => f.key === row.dataset.key);
    const cell = row.querySelector('td.text');
    cell.querySelector('textarea')?.remove();
    cell.querySelector('.field-text').hidden = false;
    if (edits === null || !field.editable) continue;
    const area = el('textarea', 'editor');
    area.lang = field.language;
    area.value = edits[field.key] ?? field.text;
    area.rows = Math.min(6, Math.max(2, Math.ceil(field.text.length / 40)));
    cell.querySelector('.field-text').hidden = true;
    cell.append(area);
  }
}

export function collectEdits() {
  const edits = {};
  for (const row of $('field-rows').children) {
    const area = row.querySelector('textarea');
    const field = state.view.unit.fields.find((f) => f.key === row.dataset.key);
    if (area && area.value.trim() !== field.text.trim()) edits[field.key] = area.value;
  }
  return edits;
}
