import type { NormProfile, PresetId, Service, ServiceGroup } from '../model.js';
import { DEFAULT_NO_SHOW_AFTER_SEC } from '../no-show.js';
import { CATALOGUE, HOME_VISIT, INDIVIDUAL, pickTopics, topic, withNorms } from './catalogue.js';

/** A norm preset (REGULATIONS §1): the standard's norms, topics, groups, peak days and rules as data. */
export interface Preset {
  id: PresetId;
  title: string;
  source: string;
  profile: NormProfile;
  groups: ServiceGroup[];
  services: Service[];
}

const baseProfile = (id: PresetId, title: string, overrides: Partial<NormProfile> = {}): NormProfile => ({
  id,
  title,
  waitNormMin: 20,
  serviceNormMin: 10,
  earlyWarningMin: 5,
  recallLimit: 2,
  noShowAfterSec: DEFAULT_NO_SHOW_AFTER_SEC,
  visitCapMin: null,
  overload: { threshold: 5, mode: 'window', peakOnly: false },
  peakDays: [],
  idleAlarmMin: 2,
  appointmentLateMin: 5,
  keepOrderOnTransfer: true,
  ...overrides,
});

const groups = (
  wait: number,
  service: number,
  cashierWait = wait,
  cashierService = service,
): ServiceGroup[] => [
  { id: 'specialist', title: 'Специалист', waitNormMin: wait, serviceNormMin: service },
  { id: 'cashier', title: 'Касса', waitNormMin: cashierWait, serviceNormMin: cashierService },
];

const ALL_TOPICS = CATALOGUE.map((t) => t.id);

/** 004 §6.2.5 and §11.3: service norms of the catalogue's topics, in minutes (REGULATIONS §1 table). */
const BELGOROD_NORMS: Record<string, { service: number; title?: string }> = {
  consult: { service: 20, title: 'Консультация (в т.ч. личный кабинет, мобильное приложение)' },
  documents: { service: 15 },
  payment: { service: 10, title: 'Приём платежей' },
  contract: { service: 20, title: 'Приём документов для заключения, изменения, расторжения договора' },
  account: { service: 25 },
  instalment: { service: 25, title: 'Соглашение о рассрочке оплаты задолженности' },
};

export const PRESETS: Record<PresetId, Preset> = {
  default: {
    id: 'default',
    title: 'Нормативы по умолчанию',
    source: 'the product’s own defaults (REGULATIONS §1)',
    profile: baseProfile('default', 'Нормативы по умолчанию'),
    groups: groups(20, 10),
    services: pickTopics(ALL_TOPICS),
  },
  'gazprom-bryansk': {
    id: 'gazprom-bryansk',
    title: 'ООО «Газпром энергосбыт Брянск»',
    source: '000 п.72 Таблица 2, п.70',
    // Meter-reading days 1st–25th (000 п.70).
    profile: baseProfile('gazprom-bryansk', 'Газпром энергосбыт Брянск', { peakDays: [{ from: 1, to: 25 }] }),
    groups: groups(20, 10, 20, 10),
    services: pickTopics(ALL_TOPICS),
  },
  'gazprom-tyumen': {
    id: 'gazprom-tyumen',
    title: 'АО «Газпром энергосбыт Тюмень»',
    source: '002 п.55, п.58 Таблица 5',
    profile: baseProfile('gazprom-tyumen', 'Газпром энергосбыт Тюмень', {
      waitNormMin: 10,
      serviceNormMin: 5,
      visitCapMin: 30,
      // 002 п.55: more than 5 people per specialist in the hall, in meter-reading and peak periods.
      overload: { threshold: 5, mode: 'hall', peakOnly: true },
      peakDays: [{ from: 15, to: 25 }],
    }),
    groups: groups(10, 5),
    services: pickTopics(ALL_TOPICS),
  },
  vostok: {
    id: 'vostok',
    title: 'АО «ЭК «Восток»',
    source: '001 §3.1.18, §4.2, §7.1.4–7.1.9',
    // Norms are not stated in 001: the product's defaults apply.
    profile: baseProfile('vostok', 'ЭК «Восток»'),
    groups: groups(20, 10),
    services: pickTopics(ALL_TOPICS),
  },
  rusenergosbyt: {
    id: 'rusenergosbyt',
    title: 'ООО «РУСЭНЕРГОСБЫТ»',
    source: '003 §8.3, §8.4',
    profile: baseProfile('rusenergosbyt', 'РУСЭНЕРГОСБЫТ', { waitNormMin: 15 }),
    groups: groups(15, 10),
    services: [
      ...pickTopics(ALL_TOPICS.filter((id) => id !== 'documents' && id !== 'contract')).map((s) => s),
      withNorms(pickTopics(['documents'])[0]!, { service: 15 }),
      withNorms(pickTopics(['contract'])[0]!, { service: 20 }),
      {
        ...topic(
          'senior',
          'Г',
          'Консультация руководителя или ведущего специалиста',
          'Consultation with a senior employee',
          'Другие вопросы',
          INDIVIDUAL,
        ),
        serviceNormMin: 15,
      },
      // 003 §8.4: home visits for pensioners, veterans and lonely elderly people — a topic, not a priority.
      { ...HOME_VISIT },
    ],
  },
  belgorod: {
    id: 'belgorod',
    title: 'АО «Белгородэнергосбыт»',
    source: '004 §6.2.4, §6.2.5, §6.7, §8.6, §11.3',
    profile: baseProfile('belgorod', 'Белгородэнергосбыт'),
    groups: groups(20, 10),
    // The whole catalogue, with 004's per-topic service norms (§6.2.5, §11.3) where it sets them; its
    // «Сверка взаиморасчётов» and «Справка об отсутствии задолженности» are topics of their own, and
    // a home visit is a topic too (§6.2.4).
    services: [
      ...pickTopics(ALL_TOPICS).map((service) => {
        const norm = BELGOROD_NORMS[service.id];
        return norm ? withNorms(service, norm) : service;
      }),
      {
        ...topic(
          'reconciliation',
          'Т',
          'Сверка взаиморасчётов',
          'Settlement reconciliation',
          'Счета и начисления',
          INDIVIDUAL,
        ),
        // May take longer for a long period (004 §11.3).
        serviceNormMin: 25,
      },
      {
        ...topic(
          'no-debt',
          'З',
          'Справка об отсутствии задолженности',
          'Certificate of no debt',
          'Счета и начисления',
          INDIVIDUAL,
        ),
        serviceNormMin: 20,
      },
      { ...HOME_VISIT },
    ],
  },
};

export const PRESET_IDS = Object.keys(PRESETS) as PresetId[];

export const isPresetId = (id: string): id is PresetId => id in PRESETS;
