import { encodeLedFrame, renderTicketEscPos, encodeText } from './src/index.js';
const h = (b: Uint8Array) => Buffer.from(b).toString('hex').toUpperCase().replace(/(..)/g, '$1 ').trim();
console.log(h(encodeLedFrame({ address: 3, command: { kind: 'show', number: 'А001' } })));
console.log(h(encodeLedFrame({ address: 7, command: { kind: 'show', number: 'Б15' } })));
console.log(h(encodeLedFrame({ address: 12, command: { kind: 'clear' } })));
console.log(h(encodeLedFrame({ address: 0, command: { kind: 'clear' } })));
console.log(h(encodeText('Ваш номер', 'CP866')), '|', h(encodeText('Ваш номер', 'WPC1251')));
const b = renderTicketEscPos({ officeName: 'ЦОК', number: 'А001', topic: 'Оплата', issuedAtLocal: '03.02.2025 10:15' }, { paper: '80mm', codePage: 'CP866', fields: { officeName: false, dateTime: false, peopleAhead: false, expectedWait: false, qr: false } });
console.log(h(b));
