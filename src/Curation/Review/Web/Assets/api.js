import { $, bi } from './dom.js';

const TOKEN_KEY = 'valueatlas.review.token';

// The message of the error api() throws once it has already sent the reviewer back to the login
// section, so callers do not report it a second time.
export const UNAUTHORIZED = 'unauthorized';

let token = null;

// The login link carries the token in the fragment, which browsers never send to the server;
// it is moved to sessionStorage and dropped from the address bar and history.
export function readToken() {
  const match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (match) {
    sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]));
    history.replaceState(null, '', location.pathname + location.search);
  }
  token = sessionStorage.getItem(TOKEN_KEY);
  return token;
}

export function showLogin(pair) {
  $('main').hidden = true;
  $('login').hidden = false;
  if (pair) $('login-message').replaceChildren(bi(pair));
}

// The token travels only as a bearer header: unlike a cookie, no other site can make the browser attach it.
export async function api(method, path, body) {
  const headers = { Accept: 'application/json', Authorization: 'Bearer ' + token };
  const init = { method, headers, credentials: 'omit', cache: 'no-store' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const response = await fetch(path, init);
  if (response.status === 401) {
    sessionStorage.removeItem(TOKEN_KEY);
    showLogin(['로그인 토큰이 유효하지 않습니다. 로그인 링크를 다시 여십시오.', 'The login token is not valid. Open your login link again.']);
    throw new Error(UNAUTHORIZED);
  }
  const text = await response.text();
  return { status: response.status, data: text ? JSON.parse(text) : null };
}
