import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { useDeskClient } from './client-context';
import { connectEventInvalidation } from './event-invalidation';

function newQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Main's refusals are answers, not flukes (BUSY is already retried by the desk client); events keep answers fresh.
      queries: { retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false },
      mutations: { retry: false },
    },
  });
}

/**
 * The query cache for one signed-in session (app.tsx keys it by user, so the next person starts
 * with an empty cache), kept current by main's events through event-invalidation.ts.
 */
export function DeskQueryProvider({ children }: { children: ReactNode }) {
  const client = useDeskClient();
  const [queryClient] = useState(newQueryClient);
  useEffect(() => connectEventInvalidation(client, queryClient), [client, queryClient]);
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
