import { Navigate, Outlet, useLocation } from 'react-router';
import { Loading } from '../lib/load-state.tsx';
import { type LoginState, useSession } from './session.tsx';

/** Pages behind login: wait for the first "who am I", then show the page or go to the login page. */
export function RequireSession() {
  const { me } = useSession();
  const location = useLocation();
  if (me === undefined) return <Loading />;
  if (me === null) {
    const state: LoginState = { from: `${location.pathname}${location.search}` };
    return <Navigate to="/logg-inn" replace state={state} />;
  }
  return <Outlet />;
}
