import type { AccessibilityFeature, AppointmentVariant } from '@civic-widgets/api-client/appointments';
import type { CivicFormatter } from '@civic-widgets/core';

/**
 * What <civic-appointment-picker> says before the booking flow loads: the frame and step 1. One file
 * per language implements it (`de.ts`, `en.ts`); each is its own on-demand chunk.
 */
export interface ShellMessages {
  title: string;
  steps: {
    service: string;
    office: string;
    day: string;
    time: string;
    contact: string;
    summary: string;
    done: string;
    /** Manage mode's heading. */
    manage: string;
    /** The summary step when moving an appointment. */
    reschedule: string;
    /** The done step after moving an appointment. */
    rescheduled: string;
    /** The done step while the booking waits for the e-mail confirmation (double opt-in). */
    pending: string;
  };
  /** Leaves the reschedule flow for the manage view. */
  stopRescheduling: string;
  /** Loading the later steps on demand. */
  loadingStep: string;
  loadingStepError: string;
  progress: (p: { step: number; total: number }) => string;
  back: string;
  next: string;
  service: {
    searchLabel: string;
    searchHint: string;
    popular: string;
    results: (p: { count: number }, f: CivicFormatter) => string;
    noMatch: (p: { query: string }) => string;
    countLabel: (p: { name: string }) => string;
    duration: (p: { minutes: number }, f: CivicFormatter) => string;
    free: string;
    bring: string;
    extras: string;
    variantLegend: string;
    chooseOne: string;
    loading: string;
    errorTitle: string;
    none: string;
  };
  variants: Record<AppointmentVariant, string>;
}

/** What the booking flow says (office step to done, manage mode): `de-flow.ts`, `en-flow.ts`. */
export interface FlowMessages {
  office: {
    anyOffice: string;
    anyOfficeHint: string;
    accessibility: string;
    loading: string;
    errorTitle: string;
    none: string;
    chooseOne: string;
  };
  features: Record<AccessibilityFeature, string>;
  day: {
    calendarLabel: string;
    loading: string;
    errorTitle: string;
    freeSlots: (p: { count: number }, f: CivicFormatter) => string;
    nothingThisMonth: string;
    nextFree: (p: { date: string }) => string;
    nothingAtAll: string;
    otherOffices: string;
    nothingHere: string;
    searchEverywhere: string;
    listLabel: string;
  };
  hold: {
    reservedUntil: (p: { time: string }) => string;
    left: (p: { minutes: number; seconds: number }) => string;
    announceReserved: (p: { when: string }) => string;
    announceLeft: (p: { minutes: number }, f: CivicFormatter) => string;
    extend: string;
    extended: string;
    expired: string;
  };
  contact: {
    name: string;
    email: string;
    emailHint: string;
    phone: string;
    phoneHint: string;
    summaryTitle: (p: { count: number }, f: CivicFormatter) => string;
    missing: (p: { label: string }) => string;
    emailInvalid: string;
    tooLong: (p: { label: string; max: number }) => string;
  };
  summary: {
    services: string;
    where: string;
    when: string;
    fee: string;
    bring: string;
    consent: string;
    privacyLink: string;
    consentMissing: string;
    confirm: string;
    sending: string;
    errorTitle: string;
  };
  done: {
    code: (p: { code: string }) => string;
    confirmed: string;
    checkEmail: string;
    video: (p: { date: string; time: string }) => string;
    /** After booking: the way in is the manage link shown below. */
    videoHow: string;
    /** In manage mode, on the page the manage link opens. */
    videoHowHere: string;
  };
  reschedule: {
    intro: string;
    from: string;
    to: string;
    confirm: string;
    sending: string;
    errorTitle: string;
    backToAppointment: string;
  };
  manage: {
    loading: string;
    errorTitle: string;
    code: (p: { code: string }) => string;
    codeLabel: string;
    statusLabel: string;
    status: Record<'confirmed' | 'pending-email-confirmation' | 'cancelled', string>;
    calendar: string;
    cancel: string;
    cancelQuestion: string;
    cancelYes: string;
    cancelNo: string;
    cancelled: string;
    cancelErrorTitle: string;
    calendarErrorTitle: string;
    reschedule: string;
    link: string;
    linkHint: string;
  };
  time: {
    morning: string;
    afternoon: string;
    at: (p: { time: string; office: string }) => string;
    reserving: string;
    taken: string;
    errorTitle: string;
    /** Heading of an hour's slots when a day has many, e.g. "8 Uhr". */
    hour: (p: { hour: number }) => string;
  };
}

/** Everything the picker says: the flow's views see both parts. */
export interface PickerMessages extends ShellMessages, FlowMessages {}
