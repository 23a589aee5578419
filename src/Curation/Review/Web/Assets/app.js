// The review page's entry: signs in from the login link, then wires the buttons and keys.
import { $ } from './dom.js';
import { api, readToken, showLogin } from './api.js';
import { state } from './state.js';
import { run } from './run.js';
import { setMode } from './compose.js';
import { renderWho } from './render.js';
import { loadNext, loadProgress } from './load.js';
import { act, submit, undo } from './decide.js';
import { switchGuideLanguage, toggleGuidelines } from './guidelines.js';
import { onKey, toggleHelp } from './keys.js';

async function start() {
  if (!readToken()) {
    showLogin();
    return;
  }
  const me = await api('GET', '/api/me');
  state.me = me.data;
  renderWho(state.me);
  $('login').hidden = true;
  $('main').hidden = false;
  await Promise.all([loadNext(), loadProgress()]);
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

// A module script runs only once the document is parsed, so every element looked up here exists.
wire();
run(start);
