import * as z from 'zod/mini';
import { Id, IsoDateTime, Money, NonEmptyText } from './common.js';
import { HttpUrl } from './common.js';

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
