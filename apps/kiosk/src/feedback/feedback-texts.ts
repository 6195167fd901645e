import type { Resource } from 'i18next';

/** The words of the feedback screen by a window (issue 18), Russian first, polite, never an order. */
export const FEEDBACK_SCREEN_TEXTS: Resource = {
  ru: {
    feedback: {
      waiting: 'Здесь после приёма можно оценить обслуживание',
      question: 'Оцените, пожалуйста, обслуживание',
      score: {
        5: '5 — отлично',
        4: '4 — хорошо',
        3: '3 — удовлетворительно',
        2: '2 — плохо',
        1: '1 — очень плохо',
      },
      kind: 'Если хотите, выберите вид отзыва',
      kinds: { thanks: 'Благодарность', complaint: 'Жалоба', suggestion: 'Предложение', review: 'Отзыв' },
      send: 'Отправить оценку',
      anonymous: 'Оценка анонимна: она не связана ни с вашим именем, ни с именем сотрудника.',
      thanks: 'Спасибо за оценку! Она помогает нам работать лучше.',
      closed: 'Оценить этот визит уже нельзя. Спасибо, что заглянули к нам.',
      failed: 'Не получилось отправить оценку. Можно повторить попытку.',
      unknownWindow: 'Окно этого экрана не найдено в настройках офиса.',
    },
  },
  en: {
    feedback: {
      waiting: 'After your visit, you can rate the service here',
      question: 'Please rate the service',
      score: { 5: '5 — excellent', 4: '4 — good', 3: '3 — fair', 2: '2 — poor', 1: '1 — very poor' },
      kind: 'If you wish, choose a kind of feedback',
      kinds: { thanks: 'Thanks', complaint: 'Complaint', suggestion: 'Suggestion', review: 'Review' },
      send: 'Send the rating',
      anonymous: 'The rating is anonymous: it is tied neither to your name nor to a staff member’s.',
      thanks: 'Thank you for your rating! It helps us work better.',
      closed: 'This visit can no longer be rated. Thank you for coming.',
      failed: 'The rating could not be sent. Please try again.',
      unknownWindow: 'This screen’s window is not in the office’s settings.',
    },
  },
};
