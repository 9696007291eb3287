/**
 * Routes live in the hash (#/companies/new), but an address can arrive as a path: typed or bookmarked in
 * browser mode, where the server answers any route-like path with the page. Move such a path into the hash
 * before the router reads it, so /companies/new opens the same screen as /#/companies/new.
 */
export function moveRouteIntoHash(): void {
  const { pathname, search, hash } = window.location;
  if (pathname === '/' || pathname === '/index.html' || hash.startsWith('#/')) return;
  window.history.replaceState(window.history.state, '', `/${search}#${pathname}`);
}
