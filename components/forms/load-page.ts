/**
 * Loads `path` as a full page. Used after the signed-in state or what the gate allows changes
 * (sign-in, sign-out, profile completed, terms accepted): the client router must not keep
 * payloads or redirects it cached for the previous state.
 */
export function loadPage(path: string) {
  window.location.assign(path);
}
