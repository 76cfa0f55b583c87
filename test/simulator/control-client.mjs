// The control API from a test (README: /control/api/*): GET without a body, POST with one.
export async function controlApi(origin, route, body) {
  const res = await fetch(`${origin}/control/api/${route}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}
