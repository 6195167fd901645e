/** Announcements of the hall display: words, queue, chime and voice. */

export {
  type AnnouncedWindow,
  type AnnouncementInput,
  type AnnouncementLocale,
  announcementText,
  DEFAULT_TEMPLATES,
  displayText,
  spokenTicket,
  spokenWindow,
  type TemplateIssue,
  templateIssues,
  templateProblems,
} from './announcement-text';
export {
  type Announcer,
  type AnnouncerCall,
  type AnnouncerOptions,
  createAnnouncer,
} from './announcer-queue';
export {
  type ChimeAudioContext,
  type ChimeAudioParam,
  type ChimeGainNode,
  type ChimeOptions,
  type ChimeOscillatorNode,
  createChime,
  DEFAULT_CHIME_TONES,
} from '@queue/ui';
export { letterName, RUSSIAN_LETTER_NAMES } from './letter-names';
export {
  RUSSIAN_CARDINAL_MAX,
  type RussianCardinalOptions,
  type RussianGender,
  russianCardinal,
  russianLabelNumber,
} from './russian-numerals';
export {
  chooseVoice,
  createSpeaker,
  type SpeakerOptions,
  SpeechFailedError,
  type SpeechSynthesisLike,
  SpeechUnavailableError,
  type SpeechUtteranceLike,
  type SpeechVoiceLike,
} from './speech';
