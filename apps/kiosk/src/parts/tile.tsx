import type { ReactNode } from 'react';
import { ChevronIcon } from './icons.js';

/**
 * A large choice (at least 64 px high, usually far more): a title and a line that explains it. A tile
 * that opens more choices rather than issuing a ticket carries a chevron at its end.
 */
export const Tile = ({
  title,
  hint,
  icon,
  opens = false,
  variant = 'plain',
  onChoose,
  disabled = false,
}: {
  title: string;
  hint?: string | undefined;
  icon?: ReactNode;
  opens?: boolean;
  variant?: 'primary' | 'help' | 'plain';
  onChoose: () => void;
  disabled?: boolean;
}) => (
  <button
    type="button"
    className={`tile tile--${variant}`}
    data-tile=""
    onClick={onChoose}
    disabled={disabled}
  >
    {icon ? <span className="tile-icon">{icon}</span> : null}
    <span className="tile-text">
      <span className="tile-title">{title}</span>
      {hint ? <span className="tile-hint">{hint}</span> : null}
    </span>
    {opens ? (
      <span className="tile-chevron">
        <ChevronIcon />
      </span>
    ) : null}
  </button>
);
