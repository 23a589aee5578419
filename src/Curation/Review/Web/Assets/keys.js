import { $ } from './dom.js';
import { state } from './state.js';
import { run } from './run.js';
import { pickReason, setMode } from './compose.js';
import { act, submit, takeOver, undo } from './decide.js';
import { loadNext } from './load.js';
import { switchGuideLanguage, toggleGuidelines } from './guidelines.js';

export function toggleHelp(show) {
  $('help').hidden = show === undefined ? !$('help').hidden : !show;
}

// Shortcuts go by physical key (event.code), so they work while a Korean input method is on.
export function onKey(event) {
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
