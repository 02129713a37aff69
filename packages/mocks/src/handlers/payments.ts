import type { FeeItem, Payment, PaymentStatus } from '@civic-widgets/api-client';
import type { CreatePaymentBody } from '@civic-widgets/api-client/contract';
import type * as z from 'zod/mini';
import { fees, services } from '../city/services.js';
import type { MockClock } from '../clock.js';
import { MockProblem, notFound, validation } from '../problem.js';
import { SeededRandom } from '../random.js';
import type { Implementation } from '../router.js';
import { isoAt, parseServiceCounts } from './appointments.js';

const PAYMENT_MINUTES = 30;

export const paymentMethods = [
  { id: 'giropay', name: 'giropay / paydirekt', kind: 'giropay' },
  { id: 'paypal', name: 'PayPal', kind: 'paypal' },
  { id: 'credit-card', name: 'Kreditkarte', kind: 'credit-card' },
  { id: 'sepa', name: 'SEPA-Lastschrift', kind: 'sepa-direct-debit' },
] as const;

/** Payments and their life cycle; tests and stories settle them as the provider would. */
export class PaymentStore {
  readonly payments = new Map<string, Payment>();
  private readonly random: SeededRandom;

  constructor(
    private readonly clock: MockClock,
    seed: number,
  ) {
    this.random = new SeededRandom(seed ^ 0xca5e);
  }

  /** What the e-payment provider reports back: paid, failed or cancelled. */
  settle(paymentId: string, status: Exclude<PaymentStatus, 'pending' | 'expired'>): Payment {
    const payment = this.get(paymentId);
    payment.status = status;
    delete payment.redirectUrl;
    if (status === 'paid') payment.paidAt = isoAt(this.clock.now());
    return payment;
  }

  create(body: z.infer<typeof CreatePaymentBody>): Payment {
    if (!paymentMethods.some((method) => method.id === body.methodId))
      throw new MockProblem(422, 'method-unavailable', 'This payment method is not offered');
    const items = body.items.map(({ feeId, quantity }) => lineItem(feeId, quantity));
    const id = `p-${this.random.token(8)}`;
    const payment: Payment = {
      id,
      status: 'pending',
      items,
      total: { amount: items.reduce((sum, item) => sum + item.amount.amount, 0), currency: 'EUR' },
      methodId: body.methodId,
      redirectUrl: `https://epay.musterstadt.example/checkout/${id}?return=${encodeURIComponent(body.returnUrl)}`,
      createdAt: isoAt(this.clock.now()),
      expiresAt: isoAt(new Date(this.clock.now().getTime() + PAYMENT_MINUTES * 60_000)),
      ...(body.appointmentId ? { appointmentId: body.appointmentId } : {}),
    };
    this.payments.set(id, payment);
    return payment;
  }

  get(id: string): Payment {
    const payment = this.payments.get(id);
    if (!payment) throw notFound('Payment');
    if (payment.status === 'pending' && Date.parse(payment.expiresAt) <= this.clock.now().getTime()) {
      payment.status = 'expired';
      delete payment.redirectUrl;
    }
    return payment;
  }
}

function lineItem(feeId: string, quantity: number): FeeItem {
  const fee = fees.get(feeId);
  if (!fee) throw validation({ items: `Unknown fee ${feeId}` });
  return { ...fee, quantity, amount: { amount: fee.unitAmount.amount * quantity, currency: fee.unitAmount.currency } };
}

export function paymentRoutes(store: PaymentStore): Record<string, Implementation> {
  return {
    quoteFees: ({ query }) => {
      const items = parseServiceCounts(query.get('services')).flatMap(({ serviceId, count }) => {
        const service = services.find((candidate) => candidate.id === serviceId);
        if (!service) throw validation({ services: `Unknown service ${serviceId}` });
        return service.feeId ? [lineItem(service.feeId, count)] : [];
      });
      return {
        status: 200,
        json: { items, total: { amount: items.reduce((sum, item) => sum + item.amount.amount, 0), currency: 'EUR' } },
      };
    },
    listPaymentMethods: () => ({ status: 200, json: { methods: paymentMethods } }),
    createPayment: ({ body }) => ({ status: 201, json: store.create(body as z.infer<typeof CreatePaymentBody>) }),
    getPayment: ({ params }) => ({ status: 200, json: store.get(params.paymentId ?? '') }),
    getReceipt: ({ params }) => {
      const payment = store.get(params.paymentId ?? '');
      if (payment.status !== 'paid') throw new MockProblem(409, 'not-paid', 'The payment is not paid');
      const method = paymentMethods.find((candidate) => candidate.id === payment.methodId);
      return {
        status: 200,
        json: {
          paymentId: payment.id,
          receiptNumber: `MS-${payment.id.slice(2).toUpperCase()}`,
          issuedAt: payment.paidAt ?? payment.createdAt,
          items: payment.items,
          total: payment.total,
          methodName: method?.name ?? payment.methodId,
          payee: 'Stadtkasse Musterstadt (Beispiel)',
        },
      };
    },
  };
}
