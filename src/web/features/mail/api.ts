/** One message in the owner's outbox (the server's MailItemSchema in notifications/routes.ts). */
export interface MailItem {
  id: string;
  to: string;
  subject: string;
  body: string;
  status: 'queued' | 'sending' | 'sent' | 'written' | 'failed';
  createdAt: string;
  deliveredAt: string | null;
}

export const mailPath = (ownerId: string) => `/api/owners/${ownerId}/mail`;
