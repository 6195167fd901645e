/**
 * The kiosk's speech mode (004 §6.7.7: software for visually impaired visitors): it reads each screen
 * when it appears and then the choice that has the focus, in the language of the screen. A screen is
 * read whole; moving the focus while it is read waits for the end instead of cutting it off, and only
 * the latest choice is read then.
 */
export interface KioskSpeaker {
  screen(text: string, lang: string): void;
  choice(text: string, lang: string): void;
  stop(): void;
}

const voiceFor = (synth: SpeechSynthesis, lang: string): SpeechSynthesisVoice | null => {
  const wanted = lang.toLowerCase();
  const voices = synth.getVoices();
  return (
    voices.find((v) => v.lang.replace('_', '-').toLowerCase() === wanted) ??
    voices.find((v) => v.lang.toLowerCase().startsWith(wanted.slice(0, 2))) ??
    null
  );
};

export const createKioskSpeaker = (
  synth: SpeechSynthesis | undefined = window.speechSynthesis,
): KioskSpeaker => {
  let screenSpeaking = false;
  let pendingChoice: { text: string; lang: string } | null = null;

  const say = (text: string, lang: string, onDone?: () => void) => {
    if (!synth) return;
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = lang;
    utterance.voice = voiceFor(synth, lang);
    utterance.rate = 0.95;
    if (onDone) {
      utterance.onend = onDone;
      utterance.onerror = onDone;
    }
    synth.speak(utterance);
  };

  return {
    screen(text, lang) {
      if (!synth) return;
      synth.cancel();
      pendingChoice = null;
      screenSpeaking = true;
      say(text, lang, () => {
        screenSpeaking = false;
        const next = pendingChoice;
        pendingChoice = null;
        if (next) say(next.text, next.lang);
      });
    },
    choice(text, lang) {
      if (!synth) return;
      if (screenSpeaking) {
        pendingChoice = { text, lang };
        return;
      }
      synth.cancel();
      say(text, lang);
    },
    stop() {
      pendingChoice = null;
      screenSpeaking = false;
      synth?.cancel();
    },
  };
};

export const speechLang = (locale: string): string => (locale === 'en' ? 'en-GB' : 'ru-RU');
