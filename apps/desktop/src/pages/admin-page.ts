/**
 * The administrator's PIN page (a browser script in the shell's window): login and PIN, then exit or
 * settings. The main process asks the server and decides (exit-guard.ts); this page only shows the
 * answer.
 */
import type { QueueShell } from '../desktop-bridge.js';
import type { AdminPurpose } from '../exit-guard.js';
import { type ShellText, text } from '../shell-text.js';
import { setupLanguage } from './page-language.js';

declare global {
  interface Window {
    queueShell: QueueShell;
  }
}

const ENGLISH: Record<string, string> = {
  title: 'Administration',
  intro:
    'An administrator can close the program or change its settings. The queue server checks the login and PIN.',
  legend: 'Administrator sign-in',
  login: 'Login',
  settings: 'Open settings',
  exit: 'Close the program',
  back: 'Go back',
};

const CHECKING = text('Проверяем…', 'Checking…');
const DONE: Record<AdminPurpose, ShellText> = {
  exit: text('Программа закрывается.', 'The program is closing.'),
  settings: text('Открываем настройки…', 'Opening the settings…'),
};

const form = document.querySelector<HTMLFormElement>('#admin')!;
const message = document.getElementById('message')!;
const login = document.getElementById('login') as HTMLInputElement;
const pin = document.getElementById('pin') as HTMLInputElement;
let shown: { text: ShellText; error: boolean } | null = null;

const language = setupLanguage(ENGLISH, document.getElementById('language') as HTMLButtonElement, render);

function render(): void {
  message.hidden = shown === null;
  message.textContent = shown ? language.say(shown.text) : '';
  message.className = shown?.error ? 'error' : 'result';
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const submitter = (event as SubmitEvent).submitter as HTMLButtonElement | null;
  const purpose: AdminPurpose = submitter?.value === 'exit' ? 'exit' : 'settings';
  const buttons = [...form.querySelectorAll('button')];
  for (const button of buttons) button.disabled = true;
  shown = { text: CHECKING, error: false };
  render();
  const decision = await window.queueShell.admin(purpose, { login: login.value, pin: pin.value });
  if (decision.ok) {
    shown = { text: DONE[purpose], error: false };
  } else {
    shown = { text: decision.message, error: true };
    pin.value = '';
    for (const button of buttons) button.disabled = false;
    pin.focus();
  }
  render();
});

document.getElementById('back')!.addEventListener('click', () => window.queueShell.back());
login.focus();
