import { setStatus } from './dom.js';
import { UNAUTHORIZED } from './api.js';

let chain = Promise.resolve();

// Actions run one after another in the order given: a key pressed while a decision is still
// being saved acts on the unit shown after it, never on the one just decided or on a stale view.
export function run(action) {
  chain = chain.then(action).catch(report);
  return chain;
}

function report(error) {
  if (error.message !== UNAUTHORIZED) setStatus(['오류가 났습니다', 'Error: ' + error.message], true);
}
