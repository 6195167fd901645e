/**
 * The settings page's script (a browser script in the shell's window). It shows the fields the chosen
 * role needs, sends the form to the main process and shows each answer beside its field. Nothing is
 * validated here: settings-form.ts in the main process decides, so there is one set of rules.
 */
import type { QueueShell, SettingsState } from '../desktop-bridge.js';
import { FORM_FIELDS, type SettingsForm } from '../form-fields.js';
import type { SaveErrors } from '../settings-save.js';
import { type ShellText, text } from '../shell-text.js';
import { setupLanguage } from './page-language.js';

declare global {
  interface Window {
    queueShell: QueueShell;
  }
}

const ENGLISH: Record<string, string> = {
  title: 'Workstation settings',
  'server.legend': 'Queue server',
  'server.label': 'Server address',
  'server.hint': 'The address the server shows when it starts.',
  'role.legend': 'Role of this computer',
  'role.kiosk': 'Ticket kiosk',
  'role.operator': 'Operator console',
  'role.board': 'Hall display',
  'device.legend': 'Device',
  'device.label': 'Device token',
  'device.hint': 'Issued on the server by the administrator for each kiosk and display.',
  'printer.legend': 'Ticket printer',
  'printer.kind': 'Connection',
  'printer.kind.network': 'Network (TCP, usually port 9100)',
  'printer.kind.deviceFile': 'USB (device file, Linux)',
  'printer.kind.serial': 'COM port (RS-232 or USB-serial)',
  'printer.host': 'Printer IP address',
  'printer.port': 'Port',
  'printer.path': 'Device',
  'printer.path.hint': 'For example /dev/usb/lp0, /dev/ttyUSB0 or COM3.',
  'printer.baud': 'Port speed, baud',
  'printer.queryStatus': 'Check the paper before printing',
  'printer.queryStatus.hint': 'Clear this if the printer does not answer status requests.',
  'printer.paper': 'Paper width',
  'printer.codePage': 'Code page',
  'printer.table': 'Table number',
  'printer.table.hint': 'Only for printers that number tables differently.',
  'printer.trial': 'Print a test ticket',
  'admin.legend': 'Administrator confirmation',
  'admin.hint': 'The queue server at the address above checks the login and PIN.',
  'admin.login': 'Login',
  save: 'Save and start',
};

const REASON: Record<SettingsState['reason'], ShellText> = {
  first_run: text(
    'Программа запущена впервые. Укажите сервер очереди и роль этого компьютера; сохранить настройки может администратор.',
    'First start. Set the queue server and the role of this computer; an administrator saves the settings.',
  ),
  invalid: text(
    'Файл настроек повреждён или неполон, поэтому программа открыла эту страницу. Проверьте значения и сохраните их снова.',
    'The settings file is damaged or incomplete, so this page opened. Check the values and save them again.',
  ),
  change: text(
    'Здесь задаются сервер очереди, роль этого компьютера и принтер талонов.',
    'Set the queue server, the role of this computer and the ticket printer here.',
  ),
};

const BACK = {
  quit: text('Закрыть программу', 'Close the program'),
  back: text('Вернуться без изменений', 'Go back without changes'),
};

const PRINT_RESULT: Record<string, ShellText> = {
  printed: text(
    'Талон напечатан. Проверьте, что русские буквы читаются.',
    'Printed. Check that the Russian letters read well.',
  ),
  paper_out: text('В принтере нет бумаги.', 'The printer is out of paper.'),
  offline: text(
    'Принтер не отвечает: проверьте подключение и питание.',
    'The printer does not answer: check the cable and power.',
  ),
  timed_out: text('Принтер не ответил вовремя.', 'The printer did not answer in time.'),
  error: text('Напечатать не удалось.', 'Printing failed.'),
};

const SAVED = text(
  'Настройки сохранены. Программа перезапускается…',
  'Settings saved. The program is restarting…',
);

const form = document.querySelector<HTMLFormElement>('#settings')!;
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

let state: SettingsState | null = null;
let errors: SaveErrors = {};
let trial: { text: ShellText; ok: boolean; detail?: string } | null = null;
let saved = false;

const language = setupLanguage(ENGLISH, byId<HTMLButtonElement>('language'), render);

function checked(name: string): string | undefined {
  return form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;
}

function collect(): SettingsForm {
  const values: SettingsForm = {};
  for (const field of FORM_FIELDS) {
    if (field === 'role' || field === 'paper') values[field] = checked(field) ?? '';
    else if (field === 'printerQueryStatus') values[field] = String(byId<HTMLInputElement>(field).checked);
    else values[field] = byId<HTMLInputElement>(field).value;
  }
  return values;
}

function fill(values: SettingsForm): void {
  for (const field of FORM_FIELDS) {
    const value = values[field];
    if (value === undefined) continue;
    if (field === 'role' || field === 'paper') {
      const radio = form.querySelector<HTMLInputElement>(`input[name="${field}"][value="${value}"]`);
      if (radio) radio.checked = true;
    } else if (field === 'printerQueryStatus') byId<HTMLInputElement>(field).checked = value !== 'false';
    else byId<HTMLInputElement>(field).value = value;
  }
}

/** Shows the parts of the form the chosen role and printer connection use. */
function showRelevant(): void {
  const role = checked('role');
  const kind = byId<HTMLSelectElement>('printerKind').value;
  for (const part of document.querySelectorAll<HTMLElement>('[data-roles]')) {
    part.hidden = !role || !(part.dataset.roles ?? '').split(' ').includes(role);
  }
  for (const part of document.querySelectorAll<HTMLElement>('[data-kinds]')) {
    part.hidden = !(part.dataset.kinds ?? '').split(' ').includes(kind);
  }
}

function render(): void {
  if (state) {
    byId('reason').textContent = language.say(REASON[state.reason]);
    const problem = byId('problem');
    problem.hidden = state.problem === null;
    problem.textContent = state.problem ?? '';
    byId('back').textContent = language.say(state.reason === 'change' ? BACK.back : BACK.quit);
  }
  for (const field of [...FORM_FIELDS, 'credentials', 'request'] as const) {
    const message = errors[field];
    const element = document.getElementById(`${field}-error`);
    if (!element) continue;
    element.hidden = !message;
    element.textContent = message ? language.say(message) : '';
    for (const input of document.querySelectorAll<HTMLElement>(`[aria-describedby~="${field}-error"]`)) {
      if (message) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    }
  }
  const trialResult = byId('trial-result');
  trialResult.hidden = trial === null;
  if (trial) {
    trialResult.textContent = language.say(trial.text) + (trial.detail ? ` (${trial.detail})` : '');
    trialResult.className = `result ${trial.ok ? 'ok' : 'fail'}`;
  }
  const savedResult = byId('save-result');
  savedResult.hidden = !saved;
  savedResult.textContent = language.say(SAVED);
  savedResult.className = 'result ok';
}

function focusFirstError(): void {
  const invalid = document.querySelector<HTMLElement>('[aria-invalid="true"]:not([hidden])');
  invalid?.focus();
}

form.addEventListener('change', showRelevant);

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const save = byId<HTMLButtonElement>('save');
  save.disabled = true;
  errors = {};
  render();
  const outcome = await window.queueShell.saveSettings(collect(), {
    login: byId<HTMLInputElement>('adminLogin').value,
    pin: byId<HTMLInputElement>('adminPin').value,
  });
  if (outcome?.ok) {
    saved = true;
  } else {
    errors = outcome?.errors ?? { request: text('Запрос отклонён.', 'Request refused.') };
    save.disabled = false;
  }
  render();
  focusFirstError();
});

byId('trial').addEventListener('click', async () => {
  errors = {};
  trial = null;
  render();
  const outcome = await window.queueShell.trialPrint(collect());
  if (outcome?.ok) {
    const { status, detail } = outcome.result;
    trial = {
      text: PRINT_RESULT[status] ?? PRINT_RESULT.error!,
      ok: status === 'printed',
      ...(detail ? { detail } : {}),
    };
  } else if (outcome) {
    errors = outcome.errors;
  }
  render();
  focusFirstError();
});

byId('back').addEventListener('click', () => window.queueShell.back());

void window.queueShell.loadSettings().then((loaded) => {
  state = loaded;
  fill(loaded.form);
  showRelevant();
  render();
  byId('serverUrl').focus();
});
