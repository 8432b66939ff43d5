import {dateFormat} from '../../cp-locale.js';

// Vietnamese labels for this app are not complete yet, so it stays in English (the default) until they are;
// then import {locales} as Tasklist does.
export default {
  app: {name: 'Giám sát', vendor: 'cp-referrals'},
  dateFormat,
  disableWelcomeMessage: true
};
