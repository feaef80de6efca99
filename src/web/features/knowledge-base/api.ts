import type {
  KbContributor,
  KnowledgeBase,
  KnowledgeBaseText,
  KnowledgeBaseTexts,
  SubGoalTime,
} from '../../../shared/schemas/knowledge-base.ts';
import { api } from '../../lib/api.ts';

export { KB_CONTRIBUTORS } from '../../../shared/schemas/knowledge-base.ts';
export type { KbContributor, KnowledgeBase, KnowledgeBaseText, KnowledgeBaseTexts, SubGoalTime };

const programmeBase = (ownerId: string, programmeId: string) => `/api/owners/${ownerId}/programmes/${programmeId}`;

export const knowledgeBasePath = (ownerId: string, programmeId: string) =>
  `${programmeBase(ownerId, programmeId)}/knowledge-base`;
export const subGoalTimePath = (ownerId: string, programmeId: string) =>
  `${knowledgeBasePath(ownerId, programmeId)}/sub-goal-time`;

export const knowledgeBaseRoutes = {
  /** The coordinator's part of the programme. */
  programme: (programmeId: string) => `/veiledning/${programmeId}/kunnskapsgrunnlag`,
  /** The read-only page for NQTs, mentors and unit leaders (who do not see the programme pages). */
  read: (ownerId: string, programmeId: string) => `/kunnskapsgrunnlag/${ownerId}/${programmeId}`,
};

export const saveKnowledgeBase = (ownerId: string, programmeId: string, version: number, texts: KnowledgeBaseTexts) =>
  api.put<KnowledgeBase>(knowledgeBasePath(ownerId, programmeId), { version, texts });
