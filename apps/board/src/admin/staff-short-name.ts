/** «Иванова М. С.» from «Иванова Мария Сергеевна»: a name that fits a window's tile on the wall. */
export const shortName = (fullName: string): string => {
  const [surname, ...rest] = fullName.trim().split(/\s+/);
  if (!surname || rest.length === 0) return fullName.trim();
  return `${surname} ${rest.map((part) => `${part.charAt(0)}.`).join(' ')}`;
};
