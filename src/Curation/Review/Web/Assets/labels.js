// Fixed labels as [Korean, English] pairs, both always shown (see bi in dom.js).

export const KIND = {
  topic: ['주제', 'Topic'],
  question: ['질문', 'Question'],
  paraphrases: ['바꿔 말하기', 'Paraphrases'],
  translation: ['번역', 'Translation'],
};
export const STANCE = { supports: ['지지', 'supports'], opposes: ['반대', 'opposes'], neutral: ['중립', 'neutral'] };
export const DECISION = { approve: ['승인', 'Approve'], reject: ['거부', 'Reject'], edit: ['수정', 'Edit'] };
export const ROLE = { annotator: ['검토자', 'annotator'], adjudicator: ['조정자', 'adjudicator'], admin: ['관리자', 'admin'] };
export const STATE = {
  open: ['검토 중', 'open'], adjudication: ['조정 대기', 'in adjudication'],
  approved: ['승인됨', 'approved'], rejected: ['거부됨', 'rejected'],
};

// A code the server adds before the page knows it still shows up, as itself in both languages.
export function label(table, code) {
  return table[code] ?? [code, code];
}

export function fieldLabel(field, index) {
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
