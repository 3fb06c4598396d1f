import type { DispositionCategoryName, PostEntrySettings } from '../../../src-shared/domain/post-entry';
import type { DispositionLookup } from '../../engine/post-entry/status/status-message';

/**
 * The desk's rule separating critical disposition codes (holds, exams, do-not-load orders and any code
 * named critical) from informational ones. Read against the code list in force now, so a code added
 * to the list after its message arrived is classified by its category.
 */
export interface Classified {
  meaning: string | null;
  category: DispositionCategoryName | null;
  critical: boolean;
}

export function classifier(rules: PostEntrySettings['criticalCodes'], codes: DispositionLookup): (code: string, storedCategory: string | null) => Classified {
  const categories = new Set<string>(rules.categories);
  const critical = new Set(rules.codes);
  const informational = new Set(rules.informational);
  return (code, storedCategory) => {
    const row = codes.get(code);
    const category = (row?.category ?? storedCategory) as DispositionCategoryName | null;
    const meaning = row?.meaning ?? null;
    if (informational.has(code)) return { meaning, category, critical: false };
    if (critical.has(code)) return { meaning, category, critical: true };
    if (!row && !storedCategory) return { meaning, category, critical: rules.unknownIsCritical };
    return { meaning, category, critical: row?.critical === true || (category !== null && categories.has(category)) };
  };
}
