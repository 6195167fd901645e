/** A loudspeaker with a cross: the hall screen's sound is off (drawn, since a TV may have no emoji font). */
export const MutedIcon = () => (
  <svg className="hall-unlock-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <path d="M3 9h4l5-4v14l-5-4H3z" fill="currentColor" />
    <path d="M16 9l5 6M21 9l-5 6" stroke="currentColor" strokeWidth="2" strokeLinecap="round" fill="none" />
  </svg>
);
