/**
 * A device token as a scanner or a person gives it: the address printed with its QR code
 * (`https://office/kiosk/?token=…`, as `office init` and the settings screen print it) or the token
 * alone. A barcode scanner types what it reads as keys, so both arrive as text. Null when it is neither.
 */
export const tokenFromScan = (text: string): string | null => {
  const value = text.trim();
  if (/^https?:\/\//i.test(value)) {
    try {
      const token = new URL(value).searchParams.get('token')?.trim();
      return token && token.length >= 10 ? token : null;
    } catch {
      return null;
    }
  }
  return /^[A-Za-z0-9_.~-]{10,4096}$/.test(value) ? value : null;
};
