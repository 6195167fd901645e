/**
 * The bridge between a page and the shell, glue only. An office page (the role's UI) gets
 * `window.queueDesktop`; the shell's own local pages get `window.queueShell`. Every call is an IPC
 * request that the main process checks (who sent it, what it says) before acting.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { parseBridgeArguments } from './bridge-arguments.js';
import type { QueueDesktop, QueueShell } from './desktop-bridge.js';
import { IPC } from './ipc-channels.js';

const info = parseBridgeArguments(process.argv);

if (location.protocol === 'file:') {
  const shell: QueueShell = {
    loadSettings: () => ipcRenderer.invoke(IPC.shellLoad),
    saveSettings: (form, credentials) => ipcRenderer.invoke(IPC.shellSave, form, credentials),
    trialPrint: (form) => ipcRenderer.invoke(IPC.shellTrialPrint, form),
    admin: (purpose, credentials) => ipcRenderer.invoke(IPC.shellAdmin, purpose, credentials),
    back: () => ipcRenderer.send(IPC.shellBack),
  };
  contextBridge.exposeInMainWorld('queueShell', shell);
} else if (info) {
  const desktop: QueueDesktop = {
    role: info.role,
    version: info.version,
    printer: info.printer,
    printTicket: (print, options) => ipcRenderer.invoke(IPC.printTicket, print, options),
    exit: (credentials) => ipcRenderer.invoke(IPC.admin, 'exit', credentials),
    openSettings: (credentials) => ipcRenderer.invoke(IPC.admin, 'settings', credentials),
    openAdmin: () => ipcRenderer.send(IPC.openAdmin),
  };
  contextBridge.exposeInMainWorld('queueDesktop', desktop);
}
