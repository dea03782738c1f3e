// Where the Excel host keeps its undo records (EditRecord) so 撤销插入 survives a reload of the
// pane: the ribbon's 一键校验 opens the pane with another address, which reloads it, and Office may
// reload a pane at any time. Session storage lives as long as the Office session and is private to
// this add-in; Office asks add-ins to key browser storage by Office.context.partitionKey where it is
// given (Excel on the web partitions storage per add-in instance), and the document's address keeps
// two workbooks open side by side apart. Records are plain JSON.

import type { EditRecord } from './edit';

export interface EditStore {
  load(): EditRecord[];
  save(records: readonly EditRecord[]): void;
}

export function memoryEditStore(): EditStore {
  let records: EditRecord[] = [];
  return { load: () => records.map((r) => ({ ...r })), save: (r) => void (records = [...r]) };
}

/** The storage key: partition key (if any) and the document's address, both optional. */
export function editStoreKey(partitionKey?: string | null, documentUrl?: string | null): string {
  return `${partitionKey ?? ''}perfcheck.edits|${documentUrl ?? ''}`;
}

/** Records in `storage` (sessionStorage in the pane); falls back to memory when storage is unusable. */
export function storageEditStore(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null, key: string): EditStore {
  const memory = memoryEditStore();
  if (!storage) return memory;
  return {
    load: () => {
      try {
        const parsed = JSON.parse(storage.getItem(key) ?? '[]') as unknown;
        return Array.isArray(parsed) ? (parsed as EditRecord[]) : [];
      } catch {
        return memory.load();
      }
    },
    save: (records) => {
      try {
        if (records.length) storage.setItem(key, JSON.stringify(records));
        else storage.removeItem(key);
      } catch {
        memory.save(records);
      }
    },
  };
}

/** The pane's store: sessionStorage keyed by Office's partition key and the document's address. */
export function sessionEditStore(): EditStore {
  try {
    const office = typeof Office !== 'undefined' ? Office : undefined;
    const key = editStoreKey((office?.context as { partitionKey?: string } | undefined)?.partitionKey, office?.context?.document?.url);
    return storageEditStore(typeof sessionStorage !== 'undefined' ? sessionStorage : null, key);
  } catch {
    return memoryEditStore();
  }
}
