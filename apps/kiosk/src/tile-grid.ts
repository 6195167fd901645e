/**
 * Columns for a screen of `count` tiles, so the tiles fill the screen in rows of equal height with no
 * scrolling (issue 19): a portrait kiosk stacks up to five in one column, then two; a landscape one keeps
 * to three rows or fewer by adding columns (the help screen lists every topic at once).
 */
export const tileColumns = (count: number): { portrait: number; landscape: number } => ({
  portrait: count <= 5 ? 1 : count <= 14 ? 2 : 3,
  landscape: count <= 2 ? count : count <= 4 ? 2 : count <= 9 ? 3 : count <= 12 ? 4 : 5,
});
