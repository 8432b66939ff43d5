import {locales, dateFormat} from '../../cp-locale.js';

export default {
  app: {name: 'Giám sát', vendor: 'cp-referrals'},
  locales,
  dateFormat,
  disableWelcomeMessage: true,
  customScripts: ['scripts/cp-cockpit-texts', 'scripts/cp-sign-out']
};
