import type { AppointmentVariant, FeeItem, Service } from '@civic-widgets/api-client';

/**
 * SAMPLE DATA for the fictional Musterstadt. Services, fees and durations follow what German citizen
 * offices commonly charge and plan (fees in cents, as the contract wants).
 */
interface SampleService {
  id: string;
  name: string;
  keywords: string[];
  minutes: number;
  fee?: { id: string; cents: number; label: string; legalBasis: string };
  variants?: AppointmentVariant[];
  maxCount?: number;
  combinable?: string[];
  documents: string[];
  popular?: boolean;
  description?: string;
}

const ID_DOCS = ['Bisheriger Ausweis oder Reisepass', 'Ein aktuelles biometrisches Passfoto'];

const SAMPLE: SampleService[] = [
  {
    id: 'personalausweis',
    name: 'Personalausweis beantragen',
    keywords: ['Perso', 'Ausweis', 'ID', 'Identity card'],
    minutes: 20,
    fee: { id: 'pa-ab-24', cents: 3700, label: 'Personalausweis (ab 24 Jahren)', legalBasis: '§ 1 Abs. 1 PAuswGebV' },
    maxCount: 5,
    combinable: ['reisepass', 'meldebescheinigung', 'wohnsitz-anmelden'],
    documents: ID_DOCS,
    popular: true,
    description: 'Neuer Personalausweis für Personen ab 24 Jahren; Bearbeitungszeit etwa drei Wochen.',
  },
  {
    id: 'personalausweis-u24',
    name: 'Personalausweis beantragen (unter 24 Jahren)',
    keywords: ['Perso', 'Ausweis', 'Jugendliche'],
    minutes: 20,
    fee: {
      id: 'pa-unter-24',
      cents: 2280,
      label: 'Personalausweis (unter 24 Jahren)',
      legalBasis: '§ 1 Abs. 1 PAuswGebV',
    },
    maxCount: 5,
    combinable: ['kinderreisepass', 'reisepass-u24'],
    documents: [...ID_DOCS, 'Bei Minderjährigen: Zustimmung der Sorgeberechtigten'],
  },
  {
    id: 'vorlaeufiger-personalausweis',
    name: 'Vorläufigen Personalausweis beantragen',
    keywords: ['Perso', 'Notausweis', 'sofort'],
    minutes: 15,
    fee: { id: 'pa-vorlaeufig', cents: 1000, label: 'Vorläufiger Personalausweis', legalBasis: '§ 1 Abs. 2 PAuswGebV' },
    maxCount: 3,
    documents: ID_DOCS,
  },
  {
    id: 'reisepass',
    name: 'Reisepass beantragen',
    keywords: ['Pass', 'Passport', 'Reise'],
    minutes: 20,
    fee: { id: 'rp-ab-24', cents: 7000, label: 'Reisepass (ab 24 Jahren)', legalBasis: '§ 15 Abs. 1 PassV' },
    maxCount: 5,
    combinable: ['personalausweis'],
    documents: ID_DOCS,
    popular: true,
  },
  {
    id: 'reisepass-u24',
    name: 'Reisepass beantragen (unter 24 Jahren)',
    keywords: ['Pass', 'Passport'],
    minutes: 20,
    fee: { id: 'rp-unter-24', cents: 3750, label: 'Reisepass (unter 24 Jahren)', legalBasis: '§ 15 Abs. 1 PassV' },
    maxCount: 5,
    combinable: ['personalausweis-u24'],
    documents: ID_DOCS,
  },
  {
    id: 'kinderreisepass',
    name: 'Kinderreisepass beantragen',
    keywords: ['Kinderpass', 'Kind', 'Pass'],
    minutes: 15,
    fee: { id: 'kinderreisepass', cents: 1300, label: 'Kinderreisepass', legalBasis: '§ 15 Abs. 1 PassV' },
    maxCount: 5,
    combinable: ['personalausweis-u24'],
    documents: ['Geburtsurkunde des Kindes', 'Ein biometrisches Passfoto', 'Zustimmung beider Sorgeberechtigten'],
  },
  {
    id: 'wohnsitz-anmelden',
    name: 'Wohnsitz anmelden',
    keywords: ['Anmeldung', 'Umzug', 'Zuzug', 'Meldeschein'],
    minutes: 15,
    maxCount: 6,
    combinable: ['personalausweis', 'meldebescheinigung', 'bewohnerparkausweis'],
    documents: ['Personalausweis oder Reisepass', 'Wohnungsgeberbestätigung'],
    popular: true,
  },
  {
    id: 'wohnsitz-ummelden',
    name: 'Wohnsitz ummelden (Umzug innerhalb der Stadt)',
    keywords: ['Ummeldung', 'Umzug'],
    minutes: 15,
    maxCount: 6,
    combinable: ['bewohnerparkausweis'],
    documents: ['Personalausweis oder Reisepass', 'Wohnungsgeberbestätigung'],
  },
  {
    id: 'wohnsitz-abmelden',
    name: 'Wohnsitz abmelden (Wegzug ins Ausland)',
    keywords: ['Abmeldung', 'Ausland'],
    minutes: 10,
    maxCount: 6,
    documents: ['Personalausweis oder Reisepass'],
  },
  {
    id: 'meldebescheinigung',
    name: 'Meldebescheinigung',
    keywords: ['Bescheinigung', 'Wohnsitz', 'Nachweis'],
    minutes: 5,
    fee: { id: 'meldebescheinigung', cents: 800, label: 'Meldebescheinigung', legalBasis: 'GebVO Musterstadt Nr. 3.1' },
    maxCount: 5,
    combinable: ['personalausweis', 'wohnsitz-anmelden'],
    documents: ['Personalausweis oder Reisepass'],
  },
  {
    id: 'fuehrungszeugnis',
    name: 'Führungszeugnis beantragen',
    keywords: ['Führungszeugnis', 'Polizeiliches Führungszeugnis', 'BZR'],
    minutes: 10,
    fee: { id: 'fuehrungszeugnis', cents: 1300, label: 'Führungszeugnis', legalBasis: 'JVKostG Nr. 1130' },
    maxCount: 2,
    documents: ['Personalausweis oder Reisepass'],
  },
  {
    id: 'beglaubigung',
    name: 'Amtliche Beglaubigung',
    keywords: ['Beglaubigung', 'Kopie', 'Unterschrift'],
    minutes: 10,
    fee: { id: 'beglaubigung', cents: 500, label: 'Beglaubigung je Seite', legalBasis: 'GebVO Musterstadt Nr. 1.2' },
    maxCount: 10,
    documents: ['Original und Kopie des Dokuments'],
  },
  {
    id: 'kfz-zulassung',
    name: 'Fahrzeug zulassen',
    keywords: ['Kfz', 'Auto', 'Zulassung', 'Kennzeichen'],
    minutes: 30,
    fee: { id: 'kfz-zulassung', cents: 2760, label: 'Zulassung eines Fahrzeugs', legalBasis: 'GebOSt Nr. 221' },
    maxCount: 3,
    combinable: ['kfz-abmeldung'],
    documents: [
      'Zulassungsbescheinigung Teil I und II',
      'eVB-Nummer der Versicherung',
      'SEPA-Mandat für die Kfz-Steuer',
    ],
    popular: true,
  },
  {
    id: 'kfz-abmeldung',
    name: 'Fahrzeug außer Betrieb setzen',
    keywords: ['Kfz', 'Abmeldung', 'Stilllegung'],
    minutes: 15,
    fee: { id: 'kfz-abmeldung', cents: 920, label: 'Außerbetriebsetzung', legalBasis: 'GebOSt Nr. 224' },
    maxCount: 3,
    combinable: ['kfz-zulassung'],
    documents: ['Zulassungsbescheinigung Teil I', 'Kennzeichenschilder'],
  },
  {
    id: 'fuehrerschein-umtausch',
    name: 'Führerschein umtauschen',
    keywords: ['Führerschein', 'Umtausch', 'Kartenführerschein', 'Lappen'],
    minutes: 15,
    fee: { id: 'fs-umtausch', cents: 2530, label: 'Umtausch des Führerscheins', legalBasis: 'GebOSt Nr. 202.8' },
    maxCount: 1,
    documents: ['Alter Führerschein', 'Personalausweis', 'Ein biometrisches Passfoto'],
  },
  {
    id: 'internationaler-fuehrerschein',
    name: 'Internationalen Führerschein beantragen',
    keywords: ['Führerschein', 'international', 'Ausland'],
    minutes: 10,
    fee: { id: 'fs-international', cents: 1670, label: 'Internationaler Führerschein', legalBasis: 'GebOSt Nr. 202.4' },
    maxCount: 1,
    documents: ['Kartenführerschein', 'Ein biometrisches Passfoto'],
  },
  {
    id: 'bewohnerparkausweis',
    name: 'Bewohnerparkausweis beantragen',
    keywords: ['Parken', 'Anwohnerparken', 'Parkausweis'],
    minutes: 10,
    fee: { id: 'bewohnerparken', cents: 3070, label: 'Bewohnerparkausweis (1 Jahr)', legalBasis: 'GebOSt Nr. 265' },
    maxCount: 2,
    documents: ['Zulassungsbescheinigung Teil I'],
  },
  {
    id: 'fundsache',
    name: 'Fundsache abholen',
    keywords: ['Fundbüro', 'verloren', 'gefunden'],
    minutes: 10,
    maxCount: 3,
    documents: ['Personalausweis', 'Nachweis des Eigentums, falls vorhanden'],
  },
  {
    id: 'hundesteuer',
    name: 'Hund anmelden (Hundesteuer)',
    keywords: ['Hund', 'Hundesteuer', 'Hundemarke'],
    minutes: 10,
    maxCount: 3,
    documents: ['Personalausweis', 'Nachweis der Hundehaftpflicht'],
  },
  {
    id: 'gewerbe-anmelden',
    name: 'Gewerbe anmelden',
    keywords: ['Gewerbe', 'Selbständig', 'Firma', 'Gewerbeschein'],
    minutes: 20,
    fee: { id: 'gewerbe-anmeldung', cents: 2600, label: 'Gewerbeanmeldung', legalBasis: 'GebVO Musterstadt Nr. 7.1' },
    variants: ['in-person', 'video'],
    maxCount: 1,
    documents: ['Personalausweis', 'Bei Handwerk: Handwerkskarte'],
  },
  {
    id: 'gewerbe-abmelden',
    name: 'Gewerbe abmelden',
    keywords: ['Gewerbe', 'Abmeldung'],
    minutes: 15,
    fee: { id: 'gewerbe-abmeldung', cents: 1500, label: 'Gewerbeabmeldung', legalBasis: 'GebVO Musterstadt Nr. 7.2' },
    variants: ['in-person', 'video'],
    maxCount: 1,
    documents: ['Personalausweis'],
  },
  {
    id: 'eheschliessung',
    name: 'Eheschließung anmelden',
    keywords: ['Heirat', 'Hochzeit', 'Standesamt', 'Trauung'],
    minutes: 45,
    fee: { id: 'ehe-anmeldung', cents: 6000, label: 'Anmeldung der Eheschließung', legalBasis: 'LJVKostG Nr. 3.1' },
    maxCount: 1,
    documents: ['Personalausweise beider Verlobten', 'Beglaubigte Registerausdrucke aus dem Geburtenregister'],
  },
  {
    id: 'geburtsurkunde',
    name: 'Geburtsurkunde ausstellen',
    keywords: ['Urkunde', 'Geburt', 'Standesamt'],
    minutes: 10,
    fee: { id: 'geburtsurkunde', cents: 1200, label: 'Geburtsurkunde', legalBasis: 'LJVKostG Nr. 1.1' },
    maxCount: 5,
    documents: ['Personalausweis'],
  },
  {
    id: 'wohngeld-beratung',
    name: 'Beratung zum Wohngeld',
    keywords: ['Wohngeld', 'Miete', 'Zuschuss', 'Beratung'],
    minutes: 30,
    variants: ['video', 'phone', 'in-person'],
    maxCount: 1,
    documents: ['Mietvertrag', 'Einkommensnachweise der letzten 12 Monate'],
    popular: true,
  },
  {
    id: 'einbuergerung-beratung',
    name: 'Beratung zur Einbürgerung',
    keywords: ['Einbürgerung', 'Staatsangehörigkeit', 'Naturalisation'],
    minutes: 30,
    variants: ['video', 'in-person'],
    maxCount: 1,
    documents: ['Pass oder Passersatz', 'Aufenthaltstitel'],
  },
];

const DEFAULT_VARIANTS: AppointmentVariant[] = ['in-person'];

export const services: Service[] = SAMPLE.map((sample) => ({
  id: sample.id,
  name: sample.name,
  description: sample.description,
  keywords: sample.keywords,
  durationMinutes: sample.minutes,
  feeId: sample.fee?.id,
  fee: sample.fee ? { amount: sample.fee.cents, currency: 'EUR' } : undefined,
  variants: sample.variants ?? DEFAULT_VARIANTS,
  maxCount: sample.maxCount ?? 1,
  combinableWith: sample.combinable ?? [],
  documents: sample.documents,
  popular: sample.popular ?? false,
}));

/** The fee schedule behind the payment service, by fee id. */
export const fees = new Map<string, Omit<FeeItem, 'quantity' | 'amount'>>(
  SAMPLE.flatMap(({ fee }) =>
    fee
      ? [
          [
            fee.id,
            {
              feeId: fee.id,
              label: fee.label,
              legalBasis: fee.legalBasis,
              unitAmount: { amount: fee.cents, currency: 'EUR' },
            },
          ] as const,
        ]
      : [],
  ),
);
