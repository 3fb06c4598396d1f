import { useMutation, useQuery, type UseMutationOptions, type UseQueryOptions } from '@tanstack/react-query';
import type { Channel, ChannelInput, ChannelOutput } from '../../src-shared/contract';
import { useDeskClient } from './client-context';
import { DeskError, unwrap } from './desk-error';

/** A query's key: the channel, then its input; event-invalidation.ts matches on both. */
export type DeskQueryKey<C extends Channel = Channel> = readonly [C, ChannelInput<C>];

export function deskQueryKey<C extends Channel>(channel: C, input: ChannelInput<C>): DeskQueryKey<C> {
  return [channel, input] as const;
}

type DeskQueryOptions<C extends Channel, TData> = Omit<UseQueryOptions<ChannelOutput<C>, DeskError, TData, DeskQueryKey<C>>, 'queryKey' | 'queryFn'>;

/**
 * One of main's read channels as a cached query keyed `[channel, input]`: a newer input's answer
 * replaces an older one's (no hand-rolled cancel flags), main's refusal is the query's DeskError,
 * and main's push events refresh it through event-invalidation.ts.
 */
export function useDeskQuery<C extends Channel, TData = ChannelOutput<C>>(channel: C, input: ChannelInput<C>, options?: DeskQueryOptions<C, TData>) {
  const client = useDeskClient();
  return useQuery({
    queryKey: deskQueryKey(channel, input),
    queryFn: async () => unwrap(await client.invoke(channel, input)),
    ...options,
  });
}

type DeskMutationOptions<C extends Channel, TContext> = Omit<UseMutationOptions<ChannelOutput<C>, DeskError, ChannelInput<C>, TContext>, 'mutationFn'>;

/** One of main's write channels as a mutation: `mutate(input)`; main's refusal is its DeskError. */
export function useDeskMutation<C extends Channel, TContext = unknown>(channel: C, options?: DeskMutationOptions<C, TContext>) {
  const client = useDeskClient();
  return useMutation({
    mutationFn: async (input: ChannelInput<C>) => unwrap(await client.invoke(channel, input)),
    ...options,
  });
}
