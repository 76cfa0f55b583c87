// Stands in for Connect's sign-in page: one button restores the session, and
// every CCP page then acknowledges Streams again.
'use strict';

document.getElementById('sign-in').addEventListener('click', async () => {
  const status = document.getElementById('status');
  try {
    const res = await fetch('/control/api/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ loggedIn: true }),
    });
    if (!res.ok) throw new Error('HTTP ' + res.status);
    status.textContent = 'Signed in. You can close this window.';
    document.body.dataset.signedIn = 'true';
  } catch (e) {
    status.textContent = 'Sign-in failed: ' + e.message;
  }
});
