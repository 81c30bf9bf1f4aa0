import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogue } from './catalogue';

/** The UI languages Artel ships. */
export const LANGUAGES = ['ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'artel-locale';

function isLanguage(value: unknown): value is Language {
  return value === 'ru' || value === 'en';
}

/** The language to start with before we know the user: last choice on this device, else the browser's. */
export function detectLanguage(): Language {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (isLanguage(saved)) return saved;
  } catch {
    // Storage may be blocked; the browser language is still a good guess.
  }
  const browser = (navigator.languages?.[0] ?? navigator.language ?? 'ru').toLowerCase();
  return browser.startsWith('en') ? 'en' : 'ru';
}

/** Switches the UI language and remembers it on this device (the server copy is saved separately). */
export async function applyLanguage(lng: Language): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // Not fatal: the choice still holds for this tab and is saved on the user.
  }
  document.documentElement.lang = lng;
  if (i18n.language !== lng) await i18n.changeLanguage(lng);
}

/** Narrows any string to a supported language (unknown values fall back to Russian). */
export function toLanguage(value: string | undefined): Language {
  return isLanguage(value) ? value : 'ru';
}

const initial = detectLanguage();
document.documentElement.lang = initial;

void i18n.use(initReactI18next).init({
  resources: { ru: { translation: catalogue('ru') }, en: { translation: catalogue('en') } },
  lng: initial,
  fallbackLng: 'ru',
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18n;
