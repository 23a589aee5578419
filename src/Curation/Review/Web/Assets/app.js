// The review page. Every text that comes from a unit is model output and untrusted: it is only
// ever put into the page through textContent or a form control's value, never as HTML.
'use strict';

(() => {
  const TOKEN_KEY = 'valueatlas.review.token';

  const KIND = {
    topic: ['주제', 'Topic'],
    question: ['질문', 'Question'],
    paraphrases: ['바꿔 말하기', 'Paraphrases'],
    translation: ['번역', 'Translation'],
  };
  const STANCE = { supports: ['지지', 'supports'], opposes: ['반대', 'opposes'], neutral: ['중립', 'neutral'] };
  const DECISION = { approve: ['승인', 'Approve'], reject: ['거부', 'Reject'], edit: ['수정', 'Edit'] };
  const ROLE = { annotator: ['검토자', 'annotator'], adjudicator: ['조정자', 'adjudicator'], admin: ['관리자', 'admin'] };
  const STATE = {
    open: ['검토 중', 'open'], adjudication: ['조정 대기', 'in adjudication'],
    approved: ['승인됨', 'approved'], rejected: ['거부됨', 'rejected'],
  };

  const $ = (id) => document.getElementById(id);
  const state = { token: null, me: null, view: null, mode: 'view', reason: null, chain: Promise.resolve(), guides: new Map(), guideLang: 'ko' };

  // Bilingual text as DOM: "승인 <span class=en>Approve</span>", built without HTML parsing.
  function bi(pair, extra) {
    const span = document.createElement('span');
    span.append(pair[0] + ' ');
    const en = document.createElement('span');
    en.className = 'en';
    en.textContent = pair[1] + (extra ?? '');
    span.append(en);
    return span;
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function setStatus(pair, isError) {
    const box = $('status');
    box.replaceChildren();
    if (pair) box.append(bi(pair));
    box.classList.toggle('error', !!isError);
  }

  // The login link carries the token in the fragment, which browsers never send to the server;
  // it is moved to sessionStorage and dropped from the address bar and history.
  function readToken() {
    const match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
    if (match) {
      sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]));
      history.replaceState(null, '', location.pathname + location.search);
    }
    return sessionStorage.getItem(TOKEN_KEY);
  }

  async function api(method, path, body) {
    const headers = { Accept: 'application/json', Authorization: 'Bearer ' + state.token };
    const init = { method, headers, credentials: 'omit', cache: 'no-store' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    const response = await fetch(path, init);
    if (response.status === 401) {
      sessionStorage.removeItem(TOKEN_KEY);
      showLogin(['로그인 토큰이 유효하지 않습니다. 로그인 링크를 다시 여십시오.', 'The login token is not valid. Open your login link again.']);
      throw new Error('unauthorized');
    }
    const text = await response.text();
    return { status: response.status, data: text ? JSON.parse(text) : null };
  }

  function showLogin(pair) {
    $('main').hidden = true;
    $('login').hidden = false;
    if (pair) $('login-message').replaceChildren(bi(pair));
  }

  async function start() {
    state.token = readToken();
    if (!state.token) {
      showLogin();
      return;
    }
    const me = await api('GET', '/api/me');
    state.me = me.data;
    const role = el('span', 'badge');
    role.append(bi(ROLE[state.me.role] ?? [state.me.role, state.me.role]));
    $('who').replaceChildren(el('span', 'name', state.me.name), ' ', role, ' ', el('span', 'muted', state.me.languages.join(', ')));
    $('login').hidden = true;
    $('main').hidden = false;
    await Promise.all([loadNext(), loadProgress()]);
  }

  async function loadNext() {
    setMode('view');
    const next = await api('GET', '/api/units/next');
    if (next.status === 204) {
      state.view = null;
      $('unit').hidden = true;
      $('empty').hidden = false;
      return;
    }
    if (next.status !== 200) {
      setStatus(['항목을 불러오지 못했습니다', 'Could not load the unit: ' + (next.data?.error ?? next.status)], true);
      return;
    }
    state.view = next.data;
    $('empty').hidden = true;
    renderUnit();
    await loadGuidelines(state.view.unit.kind);
  }

  async function loadProgress() {
    const progress = await api('GET', '/api/progress');
    const box = $('progress');
    box.replaceChildren();
    for (const q of progress.data?.queues ?? []) {
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

  async function loadGuidelines(kind) {
    if (!state.guides.has(kind)) {
      const response = await api('GET', '/api/guidelines/' + encodeURIComponent(kind));
      if (response.status !== 200) return;
      state.guides.set(kind, response.data);
    }
    const guide = state.guides.get(kind);
    // The one HTML insertion on the page: the guidelines are the project's own files, rendered by
    // the server with every character escaped before the few markdown tags are added.
    $('guide-ko').innerHTML = guide.ko;
    $('guide-en').innerHTML = guide.en;
  }

  function fieldLabel(field, index) {
    const key = field.key;
    if (key === 'topic') return ['주제', 'Topic'];
    if (key === 'question') return ['질문', 'Question'];
    if (key === 'original') return ['원래 질문', 'Original'];
    if (key === 'source') return ['원문', 'Source'];
    if (key === 'target') return ['번역', 'Translation'];
    if (key.startsWith('option:')) return ['선택지 ' + key.slice(7), 'Option ' + key.slice(7)];
    if (key.startsWith('paraphrase:')) return ['바꿔 말하기 ' + index, 'Paraphrase ' + index];
    return [key, key];
  }

  function renderUnit() {
    const { unit, adjudication } = state.view;
    $('unit').hidden = false;
    $('unit-kind').replaceChildren(bi(KIND[unit.kind] ?? [unit.kind, unit.kind]));
    $('unit-controversial').replaceChildren(bi(unit.controversial ? ['논쟁적', 'controversial'] : ['비논쟁적', 'uncontroversial']));
    $('unit-language').textContent = unit.language;
    $('unit-topic').textContent = unit.topic_name;
    $('unit-meta').textContent = unit.queue + ' · ' + unit.country + ' · ' + unit.id;

    const rows = $('field-rows');
    rows.replaceChildren();
    let paraphrase = 0;
    for (const field of unit.fields) {
      if (field.key.startsWith('paraphrase:')) paraphrase++;
      const row = el('tr');
      row.dataset.key = field.key;
      if (!field.editable) row.classList.add('context');
      const label = el('th');
      label.append(bi(fieldLabel(field, paraphrase)));
      if (!field.editable) label.append(el('div', 'muted', '읽기 전용 · read-only'));
      const text = el('td', 'text');
      text.lang = field.language;
      text.append(el('div', 'field-text', field.text));
      const english = el('td', 'text english', field.text_en ?? '—');
      english.lang = 'en';
      const stance = el('td', 'stance');
      if (field.stance) {
        stance.classList.add(field.stance);
        stance.append(bi(STANCE[field.stance] ?? [field.stance, field.stance]));
      }
      row.append(label, text, english, stance);
      rows.append(row);
    }

    $('adjudication').hidden = !adjudication;
    renderOtherDecisions();
    $('note').value = '';
    $('rationale').value = '';
    setStatus(null);
  }

  function renderOtherDecisions() {
    const list = $('other-decisions');
    list.replaceChildren();
    for (const d of state.view.other_decisions ?? []) {
      const item = el('li', 'decision ' + d.decision);
      const head = el('div', 'decision-head');
      head.append(bi(DECISION[d.decision] ?? [d.decision, d.decision]), ' ', el('span', 'mono muted', d.annotator_id));
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

  function setMode(mode, edits) {
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

  function pickReason(index) {
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

  function collectEdits() {
    const edits = {};
    for (const row of $('field-rows').children) {
      const area = row.querySelector('textarea');
      const field = state.view.unit.fields.find((f) => f.key === row.dataset.key);
      if (area && area.value.trim() !== field.text.trim()) edits[field.key] = area.value;
    }
    return edits;
  }

  async function submit(decision) {
    if (!state.view || decision === 'view') return;
    const body = { decision };
    const note = $('note').value.trim();
    if (note) body.note = note;
    if (decision === 'reject') {
      if (!state.reason) {
        setStatus(['거부 사유를 고르십시오', 'Pick a reject reason first'], true);
        return;
      }
      body.reason = state.reason;
    }
    if (decision === 'edit') {
      body.edits = collectEdits();
      if (Object.keys(body.edits).length === 0) {
        setStatus(['바뀐 내용이 없습니다. 그대로 좋으면 승인하십시오', 'Nothing changed; approve instead'], true);
        return;
      }
    }
    if (state.view.adjudication) {
      const rationale = $('rationale').value.trim();
      if (!rationale) {
        setStatus(['조정 근거를 적으십시오', 'A rationale is required'], true);
        $('rationale').focus();
        return;
      }
      body.rationale = rationale;
    }
    const result = await api('POST', '/api/units/' + encodeURIComponent(state.view.unit.id) + '/decisions', body);
    if (result.status === 201 || result.status === 200) {
      const unitState = STATE[result.data.state] ?? [result.data.state, result.data.state];
      await loadNext();
      setStatus(['저장했습니다 (' + unitState[0] + ')', 'Saved (unit ' + unitState[1] + ')']);
      await loadProgress();
    } else {
      setStatus(['저장하지 못했습니다', 'Not saved: ' + (result.data?.error ?? result.status)], true);
    }
  }

  async function undo() {
    const result = await api('POST', '/api/decisions/undo', {});
    if (result.status === 200) {
      await loadNext();
      setStatus(['마지막 결정을 되돌렸습니다', 'Your last decision was undone']);
      await loadProgress();
    } else {
      setStatus(['되돌릴 수 없습니다', 'Cannot undo: ' + (result.data?.error ?? result.status)], true);
    }
  }

  // Actions run one after another in the order given: a key pressed while a decision is still
  // being saved acts on the unit shown after it, never on the one just decided or on a stale view.
  function run(action) {
    state.chain = state.chain.then(action).catch(report);
    return state.chain;
  }

  function report(error) {
    if (error.message !== 'unauthorized') setStatus(['오류가 났습니다', 'Error: ' + error.message], true);
  }

  async function act(decision) {
    if (!state.view) return;
    if (decision === 'approve' && !state.view.adjudication) await submit('approve');
    else setMode(decision);
  }

  function takeOver(index) {
    const decision = state.view?.other_decisions?.[index];
    if (!state.view?.adjudication || !decision) return;
    if (decision.decision === 'edit') setMode('edit', decision.edits);
    else if (decision.decision === 'reject') {
      setMode('reject');
      const reason = state.me.reject_reasons.findIndex((r) => r.code === decision.reason);
      if (reason >= 0) pickReason(reason);
    } else setMode('approve');
  }

  function toggleGuidelines() {
    $('guidelines').hidden = !$('guidelines').hidden;
  }

  function switchGuideLanguage() {
    state.guideLang = state.guideLang === 'ko' ? 'en' : 'ko';
    $('guide-ko').hidden = state.guideLang !== 'ko';
    $('guide-en').hidden = state.guideLang !== 'en';
    $('guide-lang-name').textContent = state.guideLang === 'ko' ? 'English' : '한국어';
  }

  function toggleHelp(show) {
    $('help').hidden = show === undefined ? !$('help').hidden : !show;
  }

  // Shortcuts go by physical key (event.code), so they work while a Korean input method is on.
  function onKey(event) {
    if (event.isComposing) return;
    if (event.key === 'Escape') {
      if (!$('help').hidden) toggleHelp(false);
      else run(() => setMode('view'));
      event.preventDefault();
      return;
    }
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      run(() => submit(state.mode));
      event.preventDefault();
      return;
    }
    const typing = event.target instanceof HTMLTextAreaElement || event.target instanceof HTMLInputElement;
    if (typing || event.ctrlKey || event.metaKey || event.altKey || state.me === null) return;
    const digit = /^(?:Digit|Numpad)([1-9])$/.exec(event.code);
    if (digit) {
      const index = Number(digit[1]) - 1;
      run(() => (state.mode === 'reject' ? pickReason(index) : state.mode === 'view' ? takeOver(index) : undefined));
      event.preventDefault();
      return;
    }
    if (event.key === '?' || (event.code === 'Slash' && event.shiftKey)) {
      toggleHelp();
      event.preventDefault();
      return;
    }
    const actions = {
      KeyA: () => run(() => act('approve')), KeyR: () => run(() => act('reject')), KeyE: () => run(() => act('edit')),
      KeyU: () => run(undo), KeyN: () => run(loadNext), KeyG: toggleGuidelines, KeyL: switchGuideLanguage,
    };
    const action = actions[event.code];
    if (action) {
      event.preventDefault();
      action();
    }
  }

  function wire() {
    document.addEventListener('keydown', onKey);
    $('do-approve').addEventListener('click', () => run(() => act('approve')));
    $('do-reject').addEventListener('click', () => run(() => act('reject')));
    $('do-edit').addEventListener('click', () => run(() => act('edit')));
    $('do-undo').addEventListener('click', () => run(undo));
    $('do-next').addEventListener('click', () => run(loadNext));
    $('do-guidelines').addEventListener('click', toggleGuidelines);
    $('do-help').addEventListener('click', () => toggleHelp());
    $('guide-lang').addEventListener('click', switchGuideLanguage);
    $('submit').addEventListener('click', () => run(() => submit(state.mode)));
    $('cancel').addEventListener('click', () => run(() => setMode('view')));
  }

  window.addEventListener('DOMContentLoaded', () => {
    wire();
    run(start);
  });
})();
