/**
 * A modal built on the native <dialog>: the browser traps focus inside it, Esc closes it, and focus
 * returns to where it was. Used by the settings panel of the hall display and every action of the
 * administrator board.
 */
import { type ReactNode, useEffect, useId, useRef } from 'react';

export interface ModalDialogProps {
  title: string;
  onClose(): void;
  children: ReactNode;
  className?: string;
}

export const ModalDialog = ({ title, onClose, children, className }: ModalDialogProps) => {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={['modal', className].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="modal-title">
        {title}
      </h2>
      {children}
    </dialog>
  );
};
