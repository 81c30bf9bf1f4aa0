import en from './en.json';
import ru from './ru.json';

type Messages = Record<string, unknown>;

/**
 * Each feature may keep its own messages in `features/<name>/locales/{en,ru}.json`, so a module's
 * strings live beside its pages instead of in one ever-growing file. Their top-level keys are merged
 * into the shared catalogue; a feature must not reuse a top-level key of another (checked by a test).
 */
const featureFiles = import.meta.glob<Messages>('../features/*/locales/*.json', { eager: true, import: 'default' });

function featureMessages(language: 'en' | 'ru'): Messages[] {
  return Object.entries(featureFiles)
    .filter(([path]) => path.endsWith(`/${language}.json`))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, messages]) => messages);
}

/** Every UI message of one language: the shared file plus every feature's file. */
export function catalogue(language: 'en' | 'ru'): Messages {
  const base: Messages = language === 'en' ? en : ru;
  return Object.assign({}, base, ...featureMessages(language));
}

/** The top-level keys each file contributes, for the consistency test. */
export function catalogueParts(language: 'en' | 'ru'): Messages[] {
  return [language === 'en' ? en : ru, ...featureMessages(language)];
}
