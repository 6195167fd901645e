import type { NormProfile, PresetId, Service, ServiceGroup } from '../model.js';
import { DEFAULT_NO_SHOW_AFTER_SEC } from '../no-show.js';
import { CATALOGUE, INDIVIDUAL, pickTopics, topic, withNorms } from './catalogue.js';

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
    ],
  },
  belgorod: {
    id: 'belgorod',
    title: 'АО «Белгородэнергосбыт»',
    source: '004 §6.2.5, §6.7, §8.6, §11.3',
    profile: baseProfile('belgorod', 'Белгородэнергосбыт'),
    groups: groups(20, 10),
    // 004 §6.2.5 and §11.3: service norms per topic.
    services: [
      withNorms(pickTopics(['consult'])[0]!, {
        service: 20,
        title: 'Консультация (в т.ч. личный кабинет, мобильное приложение)',
      }),
      withNorms(pickTopics(['documents'])[0]!, {
        service: 15,
        title: 'Выдача квитанций, счетов-фактур, актов',
      }),
      withNorms(pickTopics(['payment'])[0]!, { service: 10, title: 'Приём платежей' }),
      withNorms(pickTopics(['contract'])[0]!, {
        service: 20,
        title: 'Приём документов для заключения, изменения, расторжения договора',
      }),
      withNorms(pickTopics(['charges'])[0]!, { service: 25, title: 'Сверка взаиморасчётов' }),
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
      withNorms(pickTopics(['account'])[0]!, { service: 25 }),
      withNorms(pickTopics(['instalment'])[0]!, {
        service: 25,
        title: 'Соглашение о рассрочке оплаты задолженности',
      }),
      ...pickTopics(['readings', 'org-contract', 'org-settlement']),
    ],
  },
};

export const PRESET_IDS = Object.keys(PRESETS) as PresetId[];

export const isPresetId = (id: string): id is PresetId => id in PRESETS;
