import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { asAppError, DeskError, unwrap } from '../../src-renderer/app/desk-error';

describe("main's refusal as a query error", () => {
  it('keeps the AppError shape, so a screen shows its message and places its issues', async () => {
    const refusal = {
      code: 'VALIDATION' as const,
      message: 'receipt not recorded: SKU X is not in the item master',
      issues: [{ field: 'sku', message: 'SKU X is not in the item master' }],
    };
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    await expect(queryClient.fetchQuery({ queryKey: ['items:list', {}], queryFn: async () => unwrap({ ok: false, error: refusal }) })).rejects.toBeInstanceOf(
      DeskError,
    );
    const error = queryClient.getQueryState(['items:list', {}])?.error;
    expect(asAppError(error)).toMatchObject(refusal);
    expect(unwrap({ ok: true, value: 7 })).toBe(7);
  });

  it('says a bug in the screen in words too', () => {
    expect(asAppError(new TypeError('x is undefined'))).toEqual({ code: 'INTERNAL', message: 'x is undefined' });
  });
});
