import * as z from 'zod/mini';
import type { HttpTransport, RequestOptions } from '../http.js';
import { Id, IsoDateTime, Money, NonEmptyText } from '../schemas/common.js';
import { HttpUrl } from '../schemas/common.js';

export const FeeItem = z.object({
  feeId: Id,
  label: NonEmptyText,
  /** Legal basis of the fee, e.g. "§ 1 PAuswGebV". */
  legalBasis: z.string(),
  quantity: z.int().check(z.minimum(1)),
  unitAmount: Money,
  amount: Money,
});
export type FeeItem = z.infer<typeof FeeItem>;

export const FeeQuote = z.object({ items: z.array(FeeItem), total: Money });
export type FeeQuote = z.infer<typeof FeeQuote>;

export const PaymentMethod = z.object({
  id: Id,
  name: NonEmptyText,
  kind: z.enum([
    'giropay',
    'paypal',
    'credit-card',
    'sepa-direct-debit',
    'apple-pay',
    'google-pay',
    'invoice',
    'other',
  ]),
});
export type PaymentMethod = z.infer<typeof PaymentMethod>;
export const PaymentMethodList = z.object({ methods: z.array(PaymentMethod) });

export const PaymentStatus = z.enum(['pending', 'paid', 'failed', 'cancelled', 'expired']);
export type PaymentStatus = z.infer<typeof PaymentStatus>;

export const Payment = z.object({
  id: Id,
  status: PaymentStatus,
  items: z.array(FeeItem),
  total: Money,
  methodId: Id,
  /** Where to send the citizen to pay (the e-payment provider). Only while pending. */
  redirectUrl: z.optional(HttpUrl),
  createdAt: IsoDateTime,
  expiresAt: IsoDateTime,
  paidAt: z.optional(IsoDateTime),
  /** The appointment this payment is for, if any. */
  appointmentId: z.optional(Id),
});
export type Payment = z.infer<typeof Payment>;

export const Receipt = z.object({
  paymentId: Id,
  receiptNumber: NonEmptyText,
  issuedAt: IsoDateTime,
  items: z.array(FeeItem),
  total: Money,
  methodName: z.string(),
  /** The authority that received the payment. */
  payee: NonEmptyText,
});
export type Receipt = z.infer<typeof Receipt>;

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
        response: { schema: FeeQuote },
      },
      options,
    );
  }

  listMethods(options?: RequestOptions) {
    return this.http.request(
      { method: 'GET', path: 'payments/methods', response: { schema: PaymentMethodList } },
      options,
    );
  }

  /** Creates the payment; send the citizen to `redirectUrl`. Repeating with the same key returns the same payment. */
  create(request: CreatePaymentRequest, options?: RequestOptions) {
    return this.http.request(
      { method: 'POST', path: 'payments', json: request, creates: true, response: { schema: Payment } },
      options,
    );
  }

  /** The status as the server knows it; never trust the return URL's parameters. */
  get(paymentId: string, options?: RequestOptions) {
    return this.http.request(
      { method: 'GET', path: `payments/${encodeURIComponent(paymentId)}`, response: { schema: Payment } },
      options,
    );
  }

  receipt(paymentId: string, options?: RequestOptions) {
    return this.http.request(
      { method: 'GET', path: `payments/${encodeURIComponent(paymentId)}/receipt`, response: { schema: Receipt } },
      options,
    );
  }
}
