import { $, setStatus } from './dom.js';
import { api } from './api.js';
import { state } from './state.js';
import { setMode } from './compose.js';
import { renderProgress, renderUnit } from './render.js';
import { loadGuidelines } from './guidelines.js';

export async function loadNext() {
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
  renderUnit(state.view);
  await loadGuidelines(state.view.unit.kind);
}

export async function loadProgress() {
  const progress = await api('GET', '/api/progress');
  renderProgress(progress.data?.queues ?? []);
}
