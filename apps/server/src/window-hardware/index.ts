export {
  type CallButtonWiring,
  type PressOutcome,
  doorIdOfAddress,
  pressCallNext,
  pressDoor,
  startCallButtons,
} from './call-button-wiring.js';
export { type LedAction, ledActionFor, ledPicture } from './led-actions.js';
export { type HardwareLog, type LedFeed, startLedFeed } from './led-window-feed.js';
export { startWindowHardware, type WindowHardware } from './start-window-hardware.js';
export { ledAddressByWindow, windowByButtonAddress } from './window-addresses.js';
export {
  type SerialLineSettings,
  type WindowHardwareSettings,
  windowHardwareSettings,
} from './window-hardware-settings.js';
