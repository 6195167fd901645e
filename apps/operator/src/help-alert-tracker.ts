/**
 * Which calls for help in the hall (overload episodes) are new to this reserve screen, so the sound
 * alert plays once per episode: not again when the screen re-renders (another visitor joins the queue,
 * someone answers), and not once per episode when several arrive together — one alert says «look».
 *
 * An episode already running when the screen opens counts as new: whoever joins the reserve then is
 * still wanted (console-model.ts helpRequests). Episode ids are never reused, and a day has few, so the
 * ids heard are simply kept.
 */
export interface HelpAlertTracker {
  /** True when `episodeIds` holds an episode not seen before; all of them count as seen afterwards. */
  arrived(episodeIds: readonly string[]): boolean;
}

export const createHelpAlertTracker = (): HelpAlertTracker => {
  const heard = new Set<string>();
  return {
    arrived(episodeIds) {
      let fresh = false;
      for (const id of episodeIds) {
        if (heard.has(id)) continue;
        heard.add(id);
        fresh = true;
      }
      return fresh;
    },
  };
};
