/** A new record's id: `prefix-N`, the first N not taken. Ids are never shown; names are. */
export const newId = (prefix: string, taken: readonly { id: string }[]): string => {
  const ids = new Set(taken.map((t) => t.id));
  let n = taken.length + 1;
  while (ids.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
};
