import type {
  MyNetwork,
  NetworkGroup,
  NetworkIssue,
  NetworkKind,
  NetworkMember,
  NetworkProposal,
  NetworkView,
  ProposeNetworkInput,
  SaveNetworkInput,
} from '../../../shared/schemas/networks.ts';
import { api } from '../../lib/api.ts';

export type { MyNetwork, NetworkGroup, NetworkIssue, NetworkKind, NetworkMember, NetworkProposal, NetworkView };

export const networksPath = (ownerId: string, programmeId: string, kind: NetworkKind) =>
  `/api/owners/${ownerId}/programmes/${programmeId}/networks/${kind}`;

export const myNetworksPath = '/api/me/networks';

export const networkRoutes = {
  programme: (programmeId: string) => `/veiledning/${programmeId}/nettverk`,
  mine: '/nettverk',
};

export const proposeNetwork = (path: string, input: ProposeNetworkInput) =>
  api.post<NetworkProposal>(`${path}/propose`, input);

/** Saves a proposal as it stands (names, members, the figures of the solve). */
export const saveProposal = (path: string, proposal: NetworkProposal) => {
  const input: SaveNetworkInput = {
    ...proposal.rules,
    groups: proposal.groups.map((g) => ({
      name: g.name,
      pool: g.pool,
      continuesGroupId: g.continuesGroupId,
      memberIds: g.members.map((m) => m.personId),
    })),
    ...(proposal.status === 'infeasible'
      ? {}
      : { solve: { status: proposal.status, objective: proposal.objective, gap: proposal.gap } }),
  };
  return api.put<NetworkView>(path, input);
};

export const moveMember = (path: string, personId: string, toGroupId: string) =>
  api.post<NetworkView>(`${path}/moves`, { personId, toGroupId });
