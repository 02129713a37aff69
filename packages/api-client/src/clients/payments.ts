import type { HttpTransport, RequestOptions } from '../http.js';
import { parseFeeQuote, parsePayment, parsePaymentMethodList, parseReceipt } from '../validation/generated/payments.js';

export interface CreatePaymentRequest {
  items: readonly { feeId: string; quantity: number }[];
  methodId: string;
  /** Where the provider sends the citizen back; the widget then asks for the status. */
  returnUrl: string;
  appointmentId?: string;
}

/** Fees and the public-sector redirect payment (XBezahldienste / ePayBL style). */
export class PaymentsApi {
  constructor(private readonly http: HttpTransport) {}

  /** Line items and total for services, e.g. [{ serviceId: "personalausweis", count: 1 }]. */
  quote(services: readonly { serviceId: string; count: number }[], options?: RequestOptions) {
    return this.http.request(
      {
        method: 'GET',
        path: 'payments/fees',
        query: { services: services.map(({ serviceId, count }) => `${serviceId}:${count}`) },
        response: { parse: parseFeeQuote },
      },
      options,
    );
  }

  listMethods(options?: RequestOptions) {
    return this.http.request(
      { method: 'GET', path: 'payments/methods', response: { parse: parsePaymentMethodList } },
      options,
    );
  }

  /** Creates the payment; send the citizen to `redirectUrl`. Repeating with the same key returns the same payment. */
  create(request: CreatePaymentRequest, options?: RequestOptions) {
    return this.http.request(
      { method: 'POST', path: 'payments', json: request, creates: true, response: { parse: parsePayment } },
      options,
    );
  }

  /** The status as the server knows it; never trust the return URL's parameters. */
  get(paymentId: string, options?: RequestOptions) {
    return this.http.request(
      { method: 'GET', path: `payments/${encodeURIComponent(paymentId)}`, response: { parse: parsePayment } },
      options,
    );
  }

  receipt(paymentId: string, options?: RequestOptions) {
    return this.http.request(
      { method: 'GET', path: `payments/${encodeURIComponent(paymentId)}/receipt`, response: { parse: parseReceipt } },
      options,
    );
  }
}
