import { $, setStatus } from './dom.js';
import { api } from './api.js';
import { STATE, label } from './labels.js';
import { state } from './state.js';
import { collectEdits, pickReason, setMode } from './compose.js';
import { loadNext, loadProgress } from './load.js';

export async function submit(decision) {
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
    const unitState = label(STATE, result.data.state);
    await loadNext();
    setStatus(['저장했습니다 (' + unitState[0] + ')', 'Saved (unit ' + unitState[1] + ')']);
    await loadProgress();
  } else {
    setStatus(['저장하지 못했습니다', 'Not saved: ' + (result.data?.error ?? result.status)], true);
  }
}

export async function undo() {
  const result = await api('POST', '/api/decisions/undo', {});
  if (result.status === 200) {
    await loadNext();
    setStatus(['마지막 결정을 되돌렸습니다', 'Your last decision was undone']);
    await loadProgress();
  } else {
    setStatus(['되돌릴 수 없습니다', 'Cannot undo: ' + (result.data?.error ?? result.status)], true);
  }
}

// A plain approval needs nothing more and is saved at once; an adjudicator's approval needs a rationale.
export async function act(decision) {
  if (!state.view) return;
  if (decision === 'approve' && !state.view.adjudication) await submit('approve');
  else setMode(decision);
}

export function takeOver(index) {
  const decision = state.view?.other_decisions?.[index];
  if (!state.view?.adjudication || !decision) return;
  if (decision.decision === 'edit') setMode('edit', decision.edits);
  else if (decision.decision === 'reject') {
    setMode('reject');
    const reason = state.me.reject_reasons.findIndex((r) => r.code === decision.reason);
    if (reason >= 0) pickReason(reason);
  } else setMode('approve');
}
