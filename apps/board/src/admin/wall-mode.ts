import { useCallback, useState } from 'react';

/**
 * The wall view is chosen in the address (`/board/admin?wall=1`), so a screen on the wall opens in it
 * after a restart, and the desk view is one button away. Switching keeps the page and the sign-in.
 */
export const useWallMode = (): [boolean, (on: boolean) => void] => {
  const [wall, setWallState] = useState(() => new URLSearchParams(location.search).has('wall'));
  const setWall = useCallback((on: boolean) => {
    const params = new URLSearchParams(location.search);
    if (on) params.set('wall', '1');
    else params.delete('wall');
    const search = params.toString();
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${search ? `?${search}` : ''}${location.hash}`,
    );
    setWallState(on);
  }, []);
  return [wall, setWall];
};
