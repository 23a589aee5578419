import { $ } from './dom.js';
import { api } from './api.js';

// Per unit kind; the guidelines are fixed while the server runs, so each kind is fetched once.
const guides = new Map();
let guideLang = 'ko';

export async function loadGuidelines(kind) {
  if (!guides.has(kind)) {
    const response = await api('GET', '/api/guidelines/' + encodeURIComponent(kind));
    if (response.status !== 200) return;
    guides.set(kind, response.data);
  }
  const guide = guides.get(kind);
  // The one HTML insertion on the page: the guidelines are the project's own files, rendered by
  // the server with every character escaped before the few markdown tags are added.
  $('guide-ko').innerHTML = guide.ko;
  $('guide-en').innerHTML = guide.en;
}

export function toggleGuidelines() {
  $('guidelines').hidden = !$('guidelines').hidden;
}

export function switchGuideLanguage() {
  guideLang = guideLang === 'ko' ? 'en' : 'ko';
  $('guide-ko').hidden = guideLang !== 'ko';
  $('guide-en').hidden = guideLang !== 'en';
  $('guide-lang-name').textContent = guideLang === 'ko' ? 'English' : '한국어';
}
