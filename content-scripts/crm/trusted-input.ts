/**
 * Only the agent's own input may start a call (issue #10). A page script can dispatch a click
 * anywhere (`a.click()`, `new MouseEvent('click', …)`): the browser marks such events untrusted.
 * Where the browser tracks user activation, the frame must also have had a real press or key
 * within the last moments, which a script cannot fake either.
 */
interface UserActivation {
  readonly isActive: boolean;
}

export function isAgentInput(event: Event): boolean {
  if (!event.isTrusted) return false;
  const activation = (navigator as { userActivation?: UserActivation }).userActivation;
  return activation ? activation.isActive : true;
}
