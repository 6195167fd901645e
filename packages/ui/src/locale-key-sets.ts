import type { Resource } from 'i18next';

const PLURAL = /_(zero|one|two|few|many|other)$/;

const keysOf = (node: unknown, prefix: string, into: Set<string>): Set<string> => {
  if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) keysOf(value, prefix ? `${prefix}.${key}` : key, into);
  } else {
    into.add(prefix.replace(PLURAL, ''));
  }
  return into;
};

/**
 * The keys one locale of a resource has and the other lacks (issue 21: ru and en hold the same keys).
 * Plural forms count as their one key: Russian has `_few` and `_many`, English only `_one` and `_other`.
 */
export const localeKeyMismatches = (
  resource: Resource,
  locales: readonly [string, string] = ['ru', 'en'],
) => {
  const [a, b] = locales.map((locale) => keysOf(resource[locale], '', new Set())) as [
    Set<string>,
    Set<string>,
  ];
  return {
    [`only ${locales[0]}`]: [...a].filter((k) => !b.has(k)),
    [`only ${locales[1]}`]: [...b].filter((k) => !a.has(k)),
  };
};
