/**
 * The acting person in Excel. Excel gives an add-in no identity without a sign-in, so the user picks
 * their Team person once; the choice is kept in the document's settings (per workbook, travels with
 * the file). Core checks the name against the Team table like any other person.
 */
export const ACTOR_SETTING = 'ka.actor';

/** The part of `Office.context.document.settings` used here. */
export interface DocSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: string | Office.AsyncResultStatus; error?: { message: string } }) => void): void;
}

/** The remembered Team person, or `''` when none was chosen. */
export function getActor(settings: DocSettings): string {
  const v = settings.get(ACTOR_SETTING);
  return typeof v === 'string' ? v.trim() : '';
}

/** Remembers `person` (blank forgets) and saves the document settings. */
export function setActor(settings: DocSettings, person: string): Promise<void> {
  const name = person.trim();
  if (name) settings.set(ACTOR_SETTING, name);
  else settings.remove(ACTOR_SETTING);
  return new Promise((resolve, reject) =>
    settings.saveAsync((r) => (String(r.status).toLowerCase() === 'failed' ? reject(new Error(r.error?.message ?? 'settings not saved')) : resolve())),
  );
}
