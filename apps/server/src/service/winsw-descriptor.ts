import type { ServiceDefinition } from './service-definition.js';

const xml = (value: string): string =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );

/** A Windows command-line argument, quoted as CommandLineToArgvW reads it back. */
const argument = (value: string): string =>
  /[\s"]/.test(value) ? `"${value.replace(/(\\*)"/g, '$1$1\\"').replace(/(\\+)$/, '$1$1')}"` : value;

/**
 * The Windows service, as a WinSW 2.x descriptor (`<name>.xml` beside `<name>.exe`, which is WinSW's
 * executable renamed). WinSW keeps Node as a child, stops it with Ctrl+C (the server's SIGINT: sockets
 * closed, checkpoint written, exit 0), and asks the service manager to restart it when it exits with an
 * error (exit 70 from the safety net); its own wrapper log is rolled by size. The server's own logs are
 * pino's (rolled by pino-roll), the same on both systems.
 */
export const winswDescriptor = (service: ServiceDefinition): string => {
  const env = Object.entries(service.env).map(([k, v]) => `  <env name="${xml(k)}" value="${xml(v)}"/>`);
  return [
    '<service>',
    `  <id>${xml(service.name)}</id>`,
    `  <name>${xml(service.description)}</name>`,
    `  <description>${xml(service.description)}</description>`,
    `  <executable>${xml(service.node)}</executable>`,
    `  <arguments>${xml([...service.nodeFlags, service.bundle].map(argument).join(' '))}</arguments>`,
    `  <workingdirectory>${xml(service.workingDir)}</workingdirectory>`,
    ...env,
    '  <startmode>Automatic</startmode>',
    '  <delayedAutoStart>true</delayedAutoStart>',
    '  <onfailure action="restart" delay="2 sec"/>',
    '  <onfailure action="restart" delay="10 sec"/>',
    '  <onfailure action="restart" delay="30 sec"/>',
    '  <resetfailure>1 hour</resetfailure>',
    '  <stoptimeout>30 sec</stoptimeout>',
    '  <stopparentprocessfirst>true</stopparentprocessfirst>',
    '  <log mode="roll-by-size">',
    '    <sizeThreshold>10240</sizeThreshold>',
    '    <keepFiles>8</keepFiles>',
    '  </log>',
    '</service>',
    '',
  ].join('\n');
};
