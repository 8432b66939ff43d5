import {locales, dateFormat} from '../../cp-locale.js';

export default {
  app: {name: 'Công việc', vendor: 'cp-referrals'},
  locales,
  dateFormat,
  disableWelcomeMessage: true,
  customScripts: ['scripts/cp-form-texts', 'scripts/cp-sign-out'],
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: 'nhận công việc đang chọn'},
    focusFilter: {key: 'ctrl+shift+f', description: 'chuyển đến bộ lọc đầu tiên'},
    focusList: {key: 'ctrl+alt+l', description: 'chuyển đến công việc đầu tiên trong danh sách'},
    focusForm: {key: 'ctrl+alt+f', description: 'chuyển đến ô nhập đầu tiên của biểu mẫu'},
    startProcess: {key: 'ctrl+alt+p', description: 'mở hộp thoại bắt đầu quy trình'}
  }
};
