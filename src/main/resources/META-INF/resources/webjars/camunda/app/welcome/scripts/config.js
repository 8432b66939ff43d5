import {locales, dateFormat} from '../../cp-locale.js';

export default {
  app: {name: 'Trang chủ', vendor: 'cp-referrals'},
  locales,
  dateFormat,
  disableWelcomeMessage: true
};
