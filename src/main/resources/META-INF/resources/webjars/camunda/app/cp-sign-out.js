// With single sign-on (profile oidc) signing out must also end the session at the identity provider, or the next page
// would sign the person straight back in. The webapps end their own session and then show their login route; when the
// server says sign-in is single sign-on, that route goes to the server's sign-out instead, which ends both and returns
// to the provider's login page. Without single sign-on /sign-in/sso does not exist and nothing changes.
fetch('/sign-in/sso', {credentials: 'same-origin'})
  .then(answer => (answer.ok ? answer.json() : null))
  .then(sso => {
    if (!sso || !sso.signOut) {
      return;
    }
    const leaveLoginRoute = () => {
      if (window.location.hash.startsWith('#/login')) {
        window.location.replace(sso.signOut);
      }
    };
    window.addEventListener('hashchange', leaveLoginRoute);
    leaveLoginRoute();
  })
  .catch(() => {});
