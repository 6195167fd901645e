import type { ClientType, Service } from '../model.js';

/**
 * The topics visitors come for, the union of 000 п.70, 002 п.53, 001 §7.1.7, 003 §8.4 and
 * 004 §6.2.5/§11.3 (REGULATIONS §4). Presets pick from this list and override norms where their
 * standard sets them per topic. `category` is the kiosk's first level of tiles for individuals.
 */

const BOTH: ClientType[] = ['individual', 'organisation'];
const INDIVIDUAL: ClientType[] = ['individual'];
const ORGANISATION: ClientType[] = ['organisation'];

const topic = (
  id: string,
  letter: string,
  title: string,
  titleEn: string,
  category: string | null,
  clientTypes: ClientType[],
  groupId = 'specialist',
): Service => ({
  id,
  letter,
  title,
  titleEn,
  groupId,
  category,
  clientTypes,
  waitNormMin: null,
  serviceNormMin: null,
  enabled: true,
});

export const CATALOGUE: Service[] = [
  topic('readings', 'П', 'Показания приборов учёта', 'Meter readings', 'Приборы учёта', BOTH),
  topic(
    'meter',
    'М',
    'Замена, неисправность, опломбировка прибора учёта',
    'Meter replacement, fault, sealing',
    'Приборы учёта',
    INDIVIDUAL,
  ),
  topic(
    'payment',
    'К',
    'Оплата без комиссии (касса)',
    'Payment without commission (cashier)',
    null,
    BOTH,
    'cashier',
  ),
  topic(
    'charges',
    'Р',
    'Разъяснение начислений, сверка, перерасчёт',
    'Charges explained, reconciliation, recalculation',
    'Счета и начисления',
    INDIVIDUAL,
  ),
  topic(
    'documents',
    'С',
    'Справки, копии документов, квитанции, акты',
    'Certificates, copies, invoices, acts',
    'Счета и начисления',
    BOTH,
  ),
  topic(
    'contract',
    'Д',
    'Заключение, изменение, расторжение договора',
    'Contract: conclude, change, terminate',
    'Договор и лицевой счёт',
    INDIVIDUAL,
  ),
  topic(
    'account',
    'Л',
    'Перерегистрация лицевого счёта',
    'Re-registration of the account',
    'Договор и лицевой счёт',
    INDIVIDUAL,
  ),
  topic(
    'instalment',
    'Н',
    'Рассрочка оплаты задолженности',
    'Instalment plan for a debt',
    'Договор и лицевой счёт',
    INDIVIDUAL,
  ),
  topic('complaint', 'Ж', 'Жалобы и обращения', 'Complaints and requests', 'Другие вопросы', BOTH),
  topic(
    'supply',
    'Э',
    'Качество и возобновление электроснабжения',
    'Power quality and reconnection',
    'Другие вопросы',
    INDIVIDUAL,
  ),
  topic(
    'extra',
    'У',
    'Дополнительные услуги и товары',
    'Additional services and goods',
    'Другие вопросы',
    BOTH,
  ),
  topic('consult', 'А', 'Консультация', 'Consultation', 'Другие вопросы', INDIVIDUAL),
  topic('org-contract', 'Ю', 'Договоры юридических лиц', 'Contracts of organisations', null, ORGANISATION),
  topic(
    'org-settlement',
    'Б',
    'Сверка расчётов, протоколы разногласий',
    'Settlement reconciliation, disagreement protocols',
    null,
    ORGANISATION,
  ),
];

/**
 * A request for a specialist's visit at home, where a standard offers one (003 §8.4, 004 §6.2.4:
 * pensioners, veterans, lonely elderly people). A topic the visitor (or the administrator) chooses,
 * not a priority in the queue (REGULATIONS §3).
 */
export const HOME_VISIT: Service = topic(
  'home-visit',
  'В',
  'Заявка на выезд специалиста на дом',
  'Request for a specialist’s home visit',
  'Другие вопросы',
  INDIVIDUAL,
);

export const pickTopics = (ids: string[]): Service[] =>
  ids.map((id) => {
    const found = CATALOGUE.find((t) => t.id === id);
    if (!found) throw new Error(`unknown catalogue topic ${id}`);
    return { ...found };
  });

export const withNorms = (
  service: Service,
  norms: { wait?: number; service?: number; title?: string },
): Service => ({
  ...service,
  title: norms.title ?? service.title,
  waitNormMin: norms.wait ?? service.waitNormMin,
  serviceNormMin: norms.service ?? service.serviceNormMin,
});

export { BOTH, INDIVIDUAL, ORGANISATION, topic };
