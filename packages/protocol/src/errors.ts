import { CONFIG_PROBLEM_CODES, type RefusalCode, type RefusalDetails } from '@queue/engine';
import { z } from 'zod';

/** Codes the server adds to the engine's refusals. */
export type ServerErrorCode =
  | 'unauthenticated'
  | 'demo_credential'
  | 'forbidden'
  | 'invalid_payload'
  | 'rate_limited'
  | 'storage_failed'
  | 'not_found'
  | 'payload_too_large'
  | 'not_ready'
  | 'unsupported_media_type'
  | 'foreign_origin'
  | 'internal';

export type ErrorCode = RefusalCode | ServerErrorCode;

/**
 * Codes whose words live only in the UIs' i18next resources (`common:refusal.<code>` in packages/ui,
 * with `details` as parameters): the wire carries the code and its facts, and a plain fallback naming
 * the code for an integration that has no words of its own. New codes join this list, not ERROR_TEXT.
 */
export const UI_WORDED_CODES = [
  'reception_open',
  'last_window_while_waiting',
  'transfer_window_closed',
  'transfer_topic_unserved',
  'appointment_late',
] as const satisfies readonly ErrorCode[];

export type UiWordedCode = (typeof UI_WORDED_CODES)[number];

const isUiWorded = (code: ErrorCode): code is UiWordedCode =>
  (UI_WORDED_CODES as readonly string[]).includes(code);

export interface WireError {
  code: ErrorCode;
  message: { ru: string; en: string };
  details?: RefusalDetails;
}

/** An error's details on the wire: the engine's refusal details, or the server's own of the same shape. */
export type WireDetails = RefusalDetails;

type Details = WireDetails | undefined;
type Text = (d: Details, time: (at: number) => string) => string;

const str = (d: Details, key: string) => (d?.[key] == null ? '' : String(d[key]));

const fieldsOf = (d: Details, whole: string) => {
  const issues = d?.issues;
  return Array.isArray(issues) ? [...new Set(issues.map((i) => String(i.field || whole)))].join(', ') : whole;
};

/** What `not_found` names, by its `what` detail. */
const NOT_FOUND: Record<string, { ru: string; en: string }> = {
  staff: { ru: 'Сотрудник не найден.', en: 'Staff member not found.' },
  device: { ru: 'Устройство не найдено.', en: 'Device not found.' },
  ticket: { ru: 'Талон не найден.', en: 'Ticket not found.' },
  template: {
    ru: 'Головной офис больше не предлагает этот шаблон. Обновите страницу, пожалуйста.',
    en: 'The head office no longer offers this template. Please reload the page.',
  },
  kiosk: { ru: 'Такого киоска нет.', en: 'There is no such kiosk.' },
};

/**
 * Plain, polite text for every refusal, so an operator or a visitor understands what happened and what
 * to do instead (REGULATIONS §6: no imperative wording).
 */
export const ERROR_TEXT: Record<Exclude<ErrorCode, UiWordedCode>, { ru: Text; en: Text }> = {
  unknown_service: {
    ru: () => 'Такой услуги нет в настройках офиса.',
    en: () => 'There is no such service in this office.',
  },
  service_disabled: {
    ru: () => 'Эта услуга сейчас не оказывается.',
    en: () => 'This service is not offered at the moment.',
  },
  service_not_for_client_type: {
    ru: () => 'Эта услуга оказывается другой категории клиентов.',
    en: () => 'This service is for another type of client.',
  },
  unknown_window: { ru: () => 'Такого окна нет.', en: () => 'There is no such window.' },
  unknown_ticket: { ru: () => 'Талон не найден.', en: () => 'Ticket not found.' },
  unknown_staff: { ru: () => 'Сотрудник не найден.', en: () => 'Staff member not found.' },
  unknown_alarm: { ru: () => 'Оповещение уже снято.', en: () => 'The alarm is no longer active.' },
  unknown_episode: {
    ru: () => 'Вызов помощи уже завершён.',
    en: () => 'The call for help has already ended.',
  },
  unknown_appointment: {
    ru: () => 'Запись с таким кодом не найдена. Администратор зала поможет.',
    en: () => 'No booking with this code. The hall administrator will help.',
  },
  window_not_open: { ru: () => 'Окно не открыто.', en: () => 'The window is not open.' },
  window_not_closed: { ru: () => 'Окно уже открыто.', en: () => 'The window is already open.' },
  window_busy: {
    ru: (d) => `В окне ещё идёт приём талона ${str(d, 'ticket')}. Сначала завершите его.`,
    en: (d) => `Ticket ${str(d, 'ticket')} is still at this window. Finish it first.`,
  },
  window_idle: { ru: () => 'В окне сейчас нет посетителя.', en: () => 'There is no visitor at this window.' },
  window_taken: {
    ru: () => 'Окно занято другим сотрудником.',
    en: () => 'Another staff member works at this window.',
  },
  not_your_window: {
    ru: () => 'Это окно другого сотрудника.',
    en: () => 'This window belongs to another staff member.',
  },
  window_not_assigned: {
    ru: () => 'Это окно не назначено вам в настройках офиса. Открыть его может администратор зала.',
    en: () => "The office's configuration does not give you this window. The hall administrator can open it.",
  },
  already_at_window: {
    ru: (d) =>
      `Вы уже работаете в окне ${str(d, 'windowId')}. Другое окно можно открыть после того, как это будет закрыто.`,
    en: (d) =>
      `You already work at window ${str(d, 'windowId')}. Another window can be opened once it is closed.`,
  },
  window_has_no_services: {
    ru: () => 'У окна не выбрано ни одной услуги.',
    en: () => 'No services are chosen for the window.',
  },
  ticket_not_waiting: { ru: () => 'Талон уже не в очереди.', en: () => 'The ticket is no longer waiting.' },
  ticket_not_called: { ru: () => 'Посетитель ещё не вызван.', en: () => 'The visitor has not been called.' },
  ticket_not_serving: { ru: () => 'Приём ещё не начат.', en: () => 'The service has not started.' },
  ticket_not_postponed: { ru: () => 'Талон не отложен.', en: () => 'The ticket is not postponed.' },
  no_show_too_early: {
    ru: (d) =>
      `Посетитель с талоном ${str(d, 'ticket')} может ещё подходить: отметить неявку можно через ${str(d, 'remainingSec')} с.`,
    en: (d) =>
      `The visitor with ticket ${str(d, 'ticket')} may still be on the way: a no-show can be marked in ${str(d, 'remainingSec')} s.`,
  },
  queue_empty: { ru: () => 'Очередь к окну пуста.', en: () => 'Nobody is waiting for this window.' },
  outside_hours: {
    ru: (d, time) =>
      d?.nextOpening
        ? `Приём талонов закрыт. Офис откроется ${time(Number(d.nextOpening))}.`
        : 'Приём талонов закрыт.',
    en: (d, time) =>
      d?.nextOpening
        ? `Tickets are not issued now. The office opens ${time(Number(d.nextOpening))}.`
        : 'Tickets are not issued now.',
  },
  reason_required: { ru: () => 'Укажите причину.', en: () => 'A reason is required.' },
  transfer_target_required: {
    ru: () => 'Выберите услугу или окно для перевода.',
    en: () => 'Choose a service or a window to transfer to.',
  },
  slot_not_free: { ru: () => 'Это время уже занято.', en: () => 'This time slot is taken.' },
  slot_outside_hours: {
    ru: () => 'Это время вне часов приёма.',
    en: () => 'This time is outside reception hours.',
  },
  appointment_not_booked: {
    ru: () => 'Запись уже использована или отменена.',
    en: () => 'The booking was used or cancelled.',
  },
  appointment_too_early: {
    ru: (d, time) =>
      `Регистрация по записи откроется ближе ко времени приёма (${time(Number(d?.slotAt ?? 0))}).`,
    en: (d, time) => `Check-in opens closer to the booked time (${time(Number(d?.slotAt ?? 0))}).`,
  },
  not_permitted: { ru: () => 'Это действие вам недоступно.', en: () => 'You may not do this.' },
  step_out_too_long: {
    ru: (d) => `Отойти можно не больше чем на ${str(d, 'maxMin')} мин.`,
    en: (d) => `You may step out for at most ${str(d, 'maxMin')} min.`,
  },
  step_out_limit: {
    ru: () => 'По этому талону отойти больше нельзя. Администратор зала поможет.',
    en: () => 'This ticket cannot step out again. The hall administrator will help.',
  },
  feedback_closed: {
    ru: () => 'Оценить этот визит уже нельзя. Спасибо, что заглянули к нам.',
    en: () => 'This visit can no longer be rated. Thank you for coming.',
  },
  feedback_given: {
    ru: () => 'Оценка этого визита уже получена. Спасибо!',
    en: () => 'This visit has already been rated. Thank you!',
  },
  feedback_text_too_long: {
    ru: (d) => `Отзыв может занимать до ${str(d, 'maxChars')} знаков. Его можно сократить.`,
    en: (d) => `Feedback may be up to ${str(d, 'maxChars')} characters long. It can be shortened.`,
  },
  feedback_invalid_rating: {
    ru: () => 'Оценка — от 1 до 5.',
    en: () => 'The rating is from 1 to 5.',
  },
  // Each problem is a code in `details.problems`, worded by the settings page (configProblemSchema).
  invalid_config: {
    ru: () => 'Настройки не сохранены: в них есть ошибки.',
    en: () => 'The configuration was not saved: it has mistakes.',
  },
  unauthenticated: { ru: () => 'Нужно войти в систему.', en: () => 'Please sign in.' },
  demo_credential: {
    ru: () =>
      'Это PIN-код демонстрационного офиса, в рабочем офисе он не действует. Новый PIN-код выдаёт руководитель офиса.',
    en: () =>
      'This is the demo office’s PIN, which a real office does not accept. The office manager issues a new PIN.',
  },
  forbidden: { ru: () => 'Это действие недоступно для вашей роли.', en: () => 'Your role may not do this.' },
  // The fields only: what each expects is worded by the UIs (details.issues, validation-issue.ts).
  invalid_payload: {
    ru: (d) => `Неверные данные запроса (поля: ${fieldsOf(d, 'весь запрос')}).`,
    en: (d) => `Invalid request (fields: ${fieldsOf(d, 'the whole request')}).`,
  },
  rate_limited: {
    ru: () => 'Слишком много запросов. Попробовать снова можно через минуту.',
    en: () => 'Too many requests. Please try again in a minute.',
  },
  not_ready: {
    ru: (d) =>
      `Сервер офиса не готов: ${[
        str(d, 'storage') === 'failing' ? 'данные не записываются' : '',
        str(d, 'day') === 'open' ? '' : 'рабочий день не открыт',
      ]
        .filter(Boolean)
        .join(', ')}.`,
    en: (d) =>
      `The office server is not ready: ${[
        str(d, 'storage') === 'failing' ? 'its data cannot be written' : '',
        str(d, 'day') === 'open' ? '' : 'the office day is not open',
      ]
        .filter(Boolean)
        .join(', ')}.`,
  },
  storage_failed: {
    ru: () => 'Не удалось сохранить. Действие не выполнено.',
    en: () => 'Could not store the change. Nothing was done.',
  },
  not_found: {
    ru: (d) => NOT_FOUND[str(d, 'what')]?.ru ?? 'Такого адреса у сервера нет.',
    en: (d) => NOT_FOUND[str(d, 'what')]?.en ?? 'The server has no such address.',
  },
  unsupported_media_type: {
    ru: () => 'Сервер принимает данные только в формате JSON. Действие не выполнено.',
    en: () => 'The server accepts JSON only. Nothing was done.',
  },
  foreign_origin: {
    ru: () => 'Запрос пришёл со страницы другого сайта, а не офиса. Действие не выполнено.',
    en: () => "The request came from another site's page, not the office's. Nothing was done.",
  },
  payload_too_large: {
    ru: () => 'Запрос слишком большой. Действие не выполнено.',
    en: () => 'The request is too large. Nothing was done.',
  },
  internal: { ru: () => 'Внутренняя ошибка сервера.', en: () => 'Internal server error.' },
};

export const wireError = (
  code: ErrorCode,
  details: Details,
  formatTime: (at: number) => string,
): WireError => ({
  code,
  message: isUiWorded(code)
    ? { ru: `Действие не выполнено (${code}).`, en: `Not done (${code}).` }
    : { ru: ERROR_TEXT[code].ru(details, formatTime), en: ERROR_TEXT[code].en(details, formatTime) },
  ...(details ? { details } : {}),
});

/** Every error code, as the wire carries it. */
export const ERROR_CODES = Object.keys(ERROR_TEXT) as [ErrorCode, ...ErrorCode[]];

export const wireErrorSchema = z
  .object({
    code: z.enum(ERROR_CODES),
    message: z.object({ ru: z.string(), en: z.string() }),
    details: z
      .record(
        z.string(),
        z.union([
          z.string(),
          z.number(),
          z.null(),
          // A record's optional field may be absent (undefined before it is sent).
          z.array(z.record(z.string(), z.union([z.string(), z.number()]).optional())),
        ]),
      )
      .optional(),
  })
  .meta({ id: 'WireError', description: 'Why a request was refused, in Russian and English (errors.ts).' });

/** What every HTTP error answers, whatever the route (docs/PROTOCOL.md §1). */
export const errorAnswerSchema = z.object({ ok: z.literal(false), error: wireErrorSchema });
export type ErrorAnswer = z.infer<typeof errorAnswerSchema>;

/**
 * One problem of a refused configuration (`invalid_config`'s `details.problems`): the engine's code and
 * the ids it concerns (packages/engine/src/config-problem.ts), for the settings page to word.
 */
export const configProblemSchema = z.object({ code: z.enum(CONFIG_PROBLEM_CODES) }).catchall(z.string());
export type WireConfigProblem = z.infer<typeof configProblemSchema>;
