import type { AcceptInvitationInput, ChangePasswordInput, LoginInput, Me } from '../../../shared/schemas/auth.ts';
import { api } from '../../lib/api.ts';

// A 401 here means wrong credentials, not a lost session, so these calls never bounce to the login page.
export const login = (input: LoginInput) => api.post<Me>('/api/auth/login', input, { quiet401: true });

export const acceptInvitation = (input: AcceptInvitationInput) =>
  api.post<Me>('/api/auth/invitations/accept', input, { quiet401: true });

export const changePassword = (input: ChangePasswordInput) => api.post<{ ok: true }>('/api/auth/password', input);
