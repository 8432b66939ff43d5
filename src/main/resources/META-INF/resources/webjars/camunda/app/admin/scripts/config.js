import {locales, dateFormat} from '../../cp-locale.js';

export default {
  app: {name: 'Quản trị', vendor: 'cp-referrals'},
  locales,
  dateFormat,
  disableWelcomeMessage: true,
  customScripts: ['scripts/cp-sign-out']
};
