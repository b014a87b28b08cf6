/**
 * The acting person in Excel. Excel gives an add-in no identity without a sign-in, so the user picks
 * their Team person once. The choice belongs to the user, not to the document: the document's settings
 * (`Office.context.document.settings`) are stored in the workbook for every user who opens it — in a
 * workbook shared on the web everyone would act as whoever picked last, in the audit log and in the
 * permission checks. So it is kept in the browser's storage, partitioned for the add-in with
 * `Office.context.partitionKey` as Microsoft's guide recommends for private data
 * (https://learn.microsoft.com/en-us/office/dev/add-ins/develop/persisting-add-in-state-and-settings#storage-partitioning),
 * one entry per workbook (its URL). Core checks the name against the Team table like any other person;
 * the pane asks again when it is no longer there.
 */
export const ACTOR_KEY = 'ka.actor';

/** Where the user's choice lives. */
export interface ActorStore {
  /** The remembered Team person of this user in this workbook, or `''`. */
  get(): string;
  /** Remembers `person` (blank forgets). */
  set(person: string): Promise<void>;
}

/** The part of the Web Storage API used here (window.localStorage). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * The user's choice in `storage` (the browser's localStorage), under the add-in's partition key (undefined
 * where the platform does not partition storage) and the workbook's URL. Where storage is unavailable
 * (blocked by the browser) the choice lasts for the session.
 */
export function userActorStore(storage: KeyValueStorage | null, partitionKey: string | undefined, documentUrl: string): ActorStore {
  const key = `${partitionKey ?? ''}${ACTOR_KEY}:${documentUrl}`;
  let session = '';
  return {
    get() {
      try {
        const v = storage?.getItem(key);
        return typeof v === 'string' ? v.trim() : session;
      } catch {
        return session;
      }
    },
    async set(person) {
      const name = person.trim();
      session = name;
      try {
        if (name) storage?.setItem(key, name);
        else storage?.removeItem(key);
      } catch {
        // storage blocked: the choice lasts for this session only
      }
    },
  };
}

/** The part of `Office.context.document.settings` used here. */
export interface DocSettings {
  get(name: string): unknown;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: string | Office.AsyncResultStatus; error?: { message: string } }) => void): void;
}

/**
 * Removes the person earlier versions kept in the document's settings (shared by every user of the
 * workbook), so that nobody acts as them any more; saves the settings only when there was one.
 */
export function forgetDocumentActor(settings: DocSettings | null | undefined): void {
  try {
    if (!settings || settings.get(ACTOR_KEY) === null || settings.get(ACTOR_KEY) === undefined) return;
    settings.remove(ACTOR_KEY);
    settings.saveAsync();
  } catch {
    // settings unavailable: nothing to forget
  }
}
