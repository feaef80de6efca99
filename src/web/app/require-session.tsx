import { Navigate, Outlet, useLocation } from 'react-router';
import { Loading } from '../lib/load-state.tsx';
import { type LoginState, useSession } from './session.tsx';

/** Pages behind login: wait for the first "who am I", then show the page or go to the login page. */
export function RequireSession() {
  const { me, notice } = useSession();
  const location = useLocation();
  if (me === undefined) return <Loading />;
  if (me === null) {
    // After logging out, signing in again starts afresh; after a lost session, it returns here.
    const state: LoginState =
      notice === 'LOGGED_OUT'
        ? { notice }
        : { from: `${location.pathname}${location.search}`, ...(notice ? { notice } : {}) };
    return <Navigate to="/logg-inn" replace state={state} />;
  }
  return <Outlet />;
}
