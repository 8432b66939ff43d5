// The validation messages and placeholders of Camunda Forms (form-js) and of its date picker, in Vietnamese.
import {translateTexts} from '../../cp-texts.js';
import {lang} from '../../cp-locale.js';

// Date fields read and show dates in the browser's default locale: in an English browser "03/12/2026" would be taken
// as 12 March. Staff type dd/mm/yyyy whatever their browser's language, as everywhere else in the Vietnamese UI.
if (lang === 'vi') {
  const NativeDateTimeFormat = Intl.DateTimeFormat;
  const VietnameseByDefault = function(locales, options) {
    return new NativeDateTimeFormat(locales === undefined || locales === 'default' ? 'vi-VN' : locales, options);
  };
  VietnameseByDefault.prototype = NativeDateTimeFormat.prototype;
  VietnameseByDefault.supportedLocalesOf = NativeDateTimeFormat.supportedLocalesOf.bind(NativeDateTimeFormat);
  Intl.DateTimeFormat = VietnameseByDefault;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];
const WEEKDAYS = {Sun: 'CN', Mon: 'T2', Tue: 'T3', Wed: 'T4', Thu: 'T5', Fri: 'T6', Sat: 'T7'};

translateTexts([
  [/^Field is required\.$/, 'Vui lòng nhập mục này.'],
  [/^Field must have minimum length of (\d+)\.$/, 'Cần ít nhất $1 ký tự.'],
  [/^Field must have maximum length of (\d+)\.$/, 'Không quá $1 ký tự.'],
  [/^Field must have minimum value of (.+)\.$/, 'Giá trị nhỏ nhất là $1.'],
  [/^Field must have maximum value of (.+)\.$/, 'Giá trị lớn nhất là $1.'],
  [/^Field must match pattern .+\.$/, 'Nội dung chưa đúng định dạng yêu cầu.'],
  [/^Field must be a valid email\.$/, 'Địa chỉ thư điện tử chưa đúng.'],
  [/^Field must be a valid\s+international phone number.*$/, 'Số điện thoại chưa đúng (ví dụ +84912345678).'],
  [/^Date and time must both be entered\.$/, 'Cần nhập cả ngày và giờ.'],
  [/^Select$/, 'Chọn'],
  [/^Search$/, 'Tìm kiếm'],
  [/^No results$/, 'Không có kết quả'],
  [/^Increment$/, 'Tăng'],
  [/^Decrement$/, 'Giảm'],
  [/^Previous page$/, 'Trang trước'],
  [/^Next page$/, 'Trang sau'],
  [/^Remove list item (\d+)$/, 'Xóa dòng $1'],
  [new RegExp('^(' + MONTHS.join('|') + ')$'), m => 'Tháng ' + (MONTHS.indexOf(m) + 1)],
  [/^(Sun|Mon|Tue|Wed|Thu|Fri|Sat)$/, d => WEEKDAYS[d]]
], '.fjs-container, .flatpickr-calendar');

export default [];
