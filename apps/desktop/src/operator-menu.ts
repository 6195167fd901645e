/**
 * The operator's window is an ordinary window with a small menu: zoom for eyes that need larger type,
 * full screen, and the administrator's settings. Kiosk and board have no menu at all (window-policy.ts).
 */
import type { MenuItemConstructorOptions } from 'electron';

export function operatorMenu(openAdmin: () => void): MenuItemConstructorOptions[] {
  return [
    {
      label: 'Вид',
      submenu: [
        { label: 'Крупнее', role: 'zoomIn', accelerator: 'CommandOrControl+=' },
        { label: 'Мельче', role: 'zoomOut', accelerator: 'CommandOrControl+-' },
        { label: 'Обычный размер', role: 'resetZoom', accelerator: 'CommandOrControl+0' },
        { type: 'separator' },
        { label: 'Во весь экран', role: 'togglefullscreen' },
      ],
    },
    {
      label: 'Программа',
      submenu: [
        { label: 'Настройки…', click: openAdmin },
        { type: 'separator' },
        { label: 'Выход', role: 'quit' },
      ],
    },
  ];
}
