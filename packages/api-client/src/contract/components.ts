import type * as z from 'zod/mini';
import * as common from '../schemas/common.js';
import * as appointments from '../services/appointments.js';
import * as facilities from '../services/facilities.js';
import * as payments from '../services/payments.js';
import * as video from '../services/video.js';
import * as waste from '../services/waste.js';
import { ConfirmBody, CreatePaymentBody, EmailConfirmationBody, RescheduleBody, ReserveBody } from './routes.js';

/** Named schemas of the contract: each becomes `#/components/schemas/<name>`. */
export const components: Record<string, z.ZodMiniType> = {
  DateTime: common.IsoDateTime,
  Date: common.IsoDate,
  ClockTime: common.ClockTime,
  Money: common.Money,
  GeoPoint: common.GeoPoint,
  Address: common.Address,
  OpeningHours: common.OpeningHours,
  AccessibilityFeature: common.AccessibilityFeature,
  Problem: common.Problem,
  AppointmentVariant: appointments.AppointmentVariant,
  Service: appointments.Service,
  ServiceList: appointments.ServiceList,
  CustomField: appointments.CustomField,
  Office: appointments.Office,
  OfficeList: appointments.OfficeList,
  ServiceCount: appointments.ServiceCount,
  Availability: appointments.Availability,
  Reservation: appointments.Reservation,
  Contact: appointments.Contact,
  AppointmentStatus: appointments.AppointmentStatus,
  Appointment: appointments.Appointment,
  ReserveRequest: ReserveBody,
  ConfirmRequest: ConfirmBody,
  EmailConfirmationRequest: EmailConfirmationBody,
  RescheduleRequest: RescheduleBody,
  Street: waste.Street,
  StreetList: waste.StreetList,
  HouseNumber: waste.HouseNumber,
  HouseNumberList: waste.HouseNumberList,
  FractionPattern: waste.FractionPattern,
  Fraction: waste.Fraction,
  FractionList: waste.FractionList,
  Collection: waste.Collection,
  CollectionSchedule: waste.CollectionSchedule,
  Subscription: waste.Subscription,
  FacilityCategory: facilities.FacilityCategory,
  FacilityCategoryList: facilities.FacilityCategoryList,
  FacilityProperties: facilities.FacilityProperties,
  Facility: facilities.Facility,
  FacilityCollection: facilities.FacilityCollection,
  FeeItem: payments.FeeItem,
  FeeQuote: payments.FeeQuote,
  PaymentMethod: payments.PaymentMethod,
  PaymentMethodList: payments.PaymentMethodList,
  PaymentStatus: payments.PaymentStatus,
  Payment: payments.Payment,
  Receipt: payments.Receipt,
  CreatePaymentRequest: CreatePaymentBody,
  VideoTicket: video.VideoTicket,
  DocumentPolicy: video.DocumentPolicy,
  ExchangedDocument: video.ExchangedDocument,
  DocumentList: video.DocumentList,
};
