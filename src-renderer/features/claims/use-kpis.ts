import type { Kpis } from '../../../src-shared/domain/claims';
import { useDeskQuery } from '../../app/desk-query';

/** The desk's matching numbers; refreshed when a matching run ends or claims change (event-invalidation.ts). */
export function useKpis(): Kpis | null {
  return useDeskQuery('claims:kpis', {}).data ?? null;
}
