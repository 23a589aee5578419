import { $, bi, el, setStatus } from './dom.js';
import { KIND, ROLE, STANCE, fieldLabel, label } from './labels.js';
import { renderOtherDecisions } from './adjudication.js';

export function renderWho(me) {
  const role = el('span', 'badge');
  role.append(bi(label(ROLE, me.role)));
  $('who').replaceChildren(el('span', 'name', me.name), ' ', role, ' ', el('span', 'muted', me.languages.join(', ')));
}

export function renderProgress(queues) {
  const box = $('progress');
  box.replaceChildren();
  for (const q of queues) {
    const done = q.approved + q.rejected;
    const line = el('div', 'queue-progress');
    line.append(el('span', 'mono', q.queue), ' ');
    line.append(bi(['내 결정', 'mine'], ': ' + q.decided_by_me), ' · ');
    line.append(bi(['남음', 'left for me'], ': ' + q.available_to_me), ' · ');
    line.append(bi(['완료', 'done'], ': ' + done + ' / ' + q.units), ' ');
    const bar = document.createElement('progress');
    bar.max = Math.max(q.units, 1);
    bar.value = done;
    line.append(bar, ' ');
    line.append(bi(['조정 대기', 'adjudication'], ': ' + q.adjudication));
    box.append(line);
  }
}

export function renderUnit(view) {
  const { unit, adjudication } = view;
  $('unit').hidden = false;
  $('unit-kind').replaceChildren(bi(label(KIND, unit.kind)));
  $('unit-controversial').replaceChildren(bi(unit.controversial ? ['논쟁적', 'controversial'] : ['비논쟁적', 'uncontroversial']));
  $('unit-language').textContent = unit.language;
  $('unit-topic').textContent = unit.topic_name;
  $('unit-meta').textContent = unit.queue + ' · ' + unit.country + ' · ' + unit.id;

  const rows = $('field-rows');
  rows.replaceChildren();
  let paraphrase = 0;
  for (const field of unit.fields) {
    if (field.key.startsWith('paraphrase:')) paraphrase++;
    rows.append(fieldRow(field, paraphrase));
  }

  $('adjudication').hidden = !adjudication;
  renderOtherDecisions(view.other_decisions ?? []);
  $('note').value = '';
  $('rationale').value = '';
  setStatus(null);
}

function fieldRow(field, paraphrase) {
  const row = el('tr');
  row.dataset.key = field.key;
  if (!field.editable) row.classList.add('context');
  const name = el('th');
  name.append(bi(fieldLabel(field, paraphrase)));
  if (!field.editable) name.append(el('div', 'muted', '읽기 전용 · read-only'));
  const text = el('td', 'text');
  text.lang = field.language;
  text.append(el('div', 'field-text', field.text));
  const english = el('td', 'text english', field.text_en ?? '—');
  english.lang = 'en';
  const stance = el('td', 'stance');
  if (field.stance) {
    stance.classList.add(field.stance);
    stance.append(bi(label(STANCE, field.stance)));
  }
  row.append(name, text, english, stance);
  return row;
}
