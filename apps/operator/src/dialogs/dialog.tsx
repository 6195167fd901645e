import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef } from 'react';

/**
 * A modal dialog on the native <dialog>: the browser keeps focus inside it and Esc closes it. Digit keys
 * pick the numbered choices of a dialog (`onDigit`), except while typing in a text field.
 */
export const Dialog = ({
  title,
  onClose,
  onDigit,
  children,
  testId,
}: {
  title: string;
  onClose: () => void;
  onDigit?: (digit: number) => void;
  children: ReactNode;
  testId: string;
}) => {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    const typing = event.target instanceof HTMLInputElement && event.target.type !== 'radio';
    if (!onDigit || typing || event.target instanceof HTMLTextAreaElement) return;
    if (/^[1-9]$/.test(event.key)) {
      event.preventDefault();
      onDigit(Number(event.key));
    }
  };
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      data-testid={testId}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
};
