// What a widget imports for this one service: the transport, the errors and this service's schemas.
import { HttpTransport, type ClientOptions } from '../http.js';
import { VideoApi } from '../clients/video.js';

export type * from '../schemas/common.js';
export type * from '../schemas/video.js';
export * from '../clients/video.js';
export { HttpTransport, type ClientOptions, type RequestOptions } from '../http.js';
export { CivicApiError, isCivicApiError, type CivicApiErrorKind } from '../errors.js';

/** A client with only the video service, structurally a part of `CivicClient`. */
export function createVideoClient(options: ClientOptions): { video: VideoApi } {
  return { video: new VideoApi(new HttpTransport(options)) };
}
