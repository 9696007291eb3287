import { setNonce } from 'get-nonce';

/**
 * The shell replaces __CSP_NONCE__ in index.html with this page load's nonce and allows
 * `style-src 'self' 'nonce-…'`. Mantine's runtime <style> tags and react-remove-scroll's (used by
 * Modal and Drawer, Mantine issue #6570) must carry it, or the policy blocks them.
 */
export function installStyleNonce(): string | undefined {
  const content = document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content ?? '';
  // Left unsubstituted (e.g. the Vite dev server): there is no policy to satisfy.
  const nonce = content === '' || content === '__CSP_NONCE__' ? undefined : content;
  if (nonce) setNonce(nonce);
  return nonce;
}
