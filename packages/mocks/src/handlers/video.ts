import type { ExchangedDocument } from '@civic-widgets/api-client';
import type { MockClock } from '../clock.js';
import { MockProblem, validation } from '../problem.js';
import { SeededRandom } from '../random.js';
import type { Implementation } from '../router.js';
import { isoAt, type AppointmentStore } from './appointments.js';

export const documentPolicy = {
  allowedTypes: ['application/pdf', 'image/jpeg', 'image/png'],
  maxBytes: 10 * 1024 * 1024,
  maxFiles: 10,
};

export function videoRoutes(
  appointments: AppointmentStore,
  clock: MockClock,
  seed: number,
): Record<string, Implementation> {
  const documents = new Map<string, ExchangedDocument[]>();
  const random = new SeededRandom(seed ^ 0x71de0);
  return {
    getVideoTicket: ({ params, token }) => {
      const appointment = appointments.appointmentWithToken(params.appointmentId ?? '', token);
      if (appointment.variant !== 'video')
        throw new MockProblem(409, 'not-a-video-appointment', 'This is not a video appointment');
      const opensAt = Date.parse(appointment.start) - 10 * 60_000;
      const closesAt = Date.parse(appointment.end) + 15 * 60_000;
      const now = clock.now().getTime();
      const open = now >= opensAt && now <= closesAt && appointment.status === 'confirmed';
      return {
        status: 200,
        json: {
          appointmentId: appointment.id,
          provider: 'jitsi',
          providerName: 'Jitsi Meet der Stadt Musterstadt (Beispiel)',
          privacyUrl: 'https://musterstadt.example/datenschutz/videotermin',
          ...(open ? { roomUrl: `https://video.musterstadt.example/buergeramt-${appointment.id}` } : {}),
          opensAt: isoAt(new Date(opensAt)),
          closesAt: isoAt(new Date(closesAt)),
          lobby: true,
        },
      };
    },
    listDocuments: ({ params, token }) => {
      const appointment = appointments.appointmentWithToken(params.appointmentId ?? '', token);
      return { status: 200, json: { documents: documents.get(appointment.id) ?? [], policy: documentPolicy } };
    },
    uploadDocument: ({ params, token, body }) => {
      const appointment = appointments.appointmentWithToken(params.appointmentId ?? '', token);
      const file = (body as FormData).get('file');
      if (!(file instanceof File)) throw validation({ file: 'Attach one file as "file"' });
      const list = documents.get(appointment.id) ?? [];
      if (list.length >= documentPolicy.maxFiles)
        throw new MockProblem(409, 'too-many-files', `At most ${documentPolicy.maxFiles} files`);
      if (file.size > documentPolicy.maxBytes) throw new MockProblem(413, 'too-large', 'The file is too large');
      if (!documentPolicy.allowedTypes.includes(file.type))
        throw new MockProblem(415, 'type-not-allowed', 'This file type is not allowed');
      const document: ExchangedDocument = {
        id: `d-${random.token(8)}`,
        name: file.name || 'Dokument',
        type: file.type,
        sizeBytes: file.size,
        uploadedAt: isoAt(clock.now()),
        from: 'citizen',
      };
      documents.set(appointment.id, [...list, document]);
      return { status: 201, json: document };
    },
  };
}
