// Staff work in Vietnamese whatever their browser's language; operators may switch a browser to English with
// ?lang=en in the address (remembered in this browser) and back with ?lang=vi.
const KEY = 'cp-referrals-lang';
const requested = new URLSearchParams(window.location.search).get('lang');
if (requested === 'en' || requested === 'vi') {
  window.localStorage.setItem(KEY, requested);
}
export const lang = window.localStorage.getItem(KEY) === 'en' ? 'en' : 'vi';

export const locales = {availableLocales: [lang], fallbackLocale: lang};

export const dateFormat = {
  monthName: 'MMMM',
  day: 'DD',
  abbr: 'DD/MM/YYYY HH:mm',
  normal: 'DD/MM/YYYY HH:mm',
  long: 'dddd, DD/MM/YYYY HH:mm',
  short: 'DD/MM/YYYY'
};
