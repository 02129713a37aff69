import type { HttpTransport, RequestOptions } from '../http.js';
import { parseDocumentList, parseExchangedDocument, parseVideoTicket } from '../validation/generated/video.js';

type AppointmentRef = { id: string; token: string };

/** Video appointments and the documents exchanged for them. */
export class VideoApi {
  constructor(private readonly http: HttpTransport) {}

  getTicket(appointment: AppointmentRef, options?: RequestOptions) {
    return this.http.request(
      {
        method: 'GET',
        path: `appointments/${encodeURIComponent(appointment.id)}/video-ticket`,
        token: appointment.token,
        response: { parse: parseVideoTicket },
      },
      options,
    );
  }

  listDocuments(appointment: AppointmentRef, options?: RequestOptions) {
    return this.http.request(
      {
        method: 'GET',
        path: `appointments/${encodeURIComponent(appointment.id)}/documents`,
        token: appointment.token,
        response: { parse: parseDocumentList },
      },
      options,
    );
  }

  /** Uploads one file; check it against the policy first to spare the citizen a failed upload. */
  uploadDocument(appointment: AppointmentRef, file: File, options?: RequestOptions) {
    const form = new FormData();
    form.append('file', file, file.name);
    return this.http.request(
      {
        method: 'POST',
        path: `appointments/${encodeURIComponent(appointment.id)}/documents`,
        token: appointment.token,
        form,
        creates: true,
        response: { parse: parseExchangedDocument },
      },
      options,
    );
  }
}
