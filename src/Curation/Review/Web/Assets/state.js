// Shared by the modules that render, compose and key: who is signed in (null until /api/me has
// answered, which keeps shortcuts off), the unit shown, and the decision being composed.
export const state = { me: null, view: null, mode: 'view', reason: null };
