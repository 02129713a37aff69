import * as z from 'zod/mini';
import { Id, IsoDateTime, NonEmptyText } from './common.js';
import { HttpUrl } from './common.js';

export const VideoTicket = z.object({
  appointmentId: Id,
  provider: z.enum(['jitsi', 'bigbluebutton', 'matrix', 'other']),
  /** Shown before consent: who runs the call. */
  providerName: NonEmptyText,
  /** The provider's privacy notice, linked before consent. */
  privacyUrl: HttpUrl,
  /** Join URL; absent until `opensAt`. */
  roomUrl: z.optional(HttpUrl),
  /** Provider token (e.g. a Jitsi JWT), when the provider needs one. */
  roomToken: z.optional(z.string()),
  opensAt: IsoDateTime,
  closesAt: IsoDateTime,
  /** The citizen waits in a lobby until staff admit them. */
  lobby: z.boolean(),
});
export type VideoTicket = z.infer<typeof VideoTicket>;

export const DocumentPolicy = z.object({
  /** MIME types, e.g. "application/pdf", "image/jpeg". */
  allowedTypes: z.array(z.string()).check(z.minLength(1)),
  maxBytes: z.int().check(z.minimum(1)),
  maxFiles: z.int().check(z.minimum(1)),
});
export type DocumentPolicy = z.infer<typeof DocumentPolicy>;

export const ExchangedDocument = z.object({
  id: Id,
  name: NonEmptyText,
  type: z.string(),
  sizeBytes: z.int().check(z.minimum(0)),
  uploadedAt: IsoDateTime,
  /** Who shared it. */
  from: z.enum(['citizen', 'office']),
  /** Download link (short-lived), for documents the office shared. */
  downloadUrl: z.optional(HttpUrl),
});
export type ExchangedDocument = z.infer<typeof ExchangedDocument>;

export const DocumentList = z.object({ documents: z.array(ExchangedDocument), policy: DocumentPolicy });
export type DocumentList = z.infer<typeof DocumentList>;
