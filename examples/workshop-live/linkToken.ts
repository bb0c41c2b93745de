/**
 * The room token from the page's address, and the address without it. A token left in the
 * address bar ends up in the history, bookmarks, screenshots, and (from the query) in server logs
 * and Referer headers; so the page reads it once and replaces the address with one without it
 * (history.replaceState, so the history entry holding it is overwritten, not added to).
 * The fragment (`#token=…`, never sent to any server) is preferred; `?token=…` still works.
 */
export function splitToken(href: string): { token: string | null; href: string } {
  const url = new URL(href);
  const fragment = new URLSearchParams(url.hash.replace(/^#/, ''));
  const token = fragment.get('token') ?? url.searchParams.get('token');
  fragment.delete('token');
  url.searchParams.delete('token');
  const rest = fragment.toString();
  url.hash = rest === '' ? '' : `#${rest}`;
  return { token, href: url.href };
}

/** Takes the token out of this page's address (and its history entry); returns it. */
export function takeTokenFromAddress(): string | null {
  const { token, href } = splitToken(window.location.href);
  if (href !== window.location.href) window.history.replaceState(window.history.state, '', href);
  return token;
}
