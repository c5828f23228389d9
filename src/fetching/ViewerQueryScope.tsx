import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { useContext, useState, type ReactNode } from 'react';

export interface ViewerQueryScopeProps {
  /** The host's client; takes precedence over one found in context. */
  queryClient?: QueryClient;
  children?: ReactNode;
}

/**
 * Gives the widget a QueryClient: the host's when passed as a prop, else the one in
 * context, else a private one made once per widget instance. It adds a provider only
 * when the client to use is not already the one in context.
 */
export function ViewerQueryScope({ queryClient, children }: ViewerQueryScopeProps) {
  const contextClient = useContext(QueryClientContext);
  // A client for a widget whose host has none, made once per instance; its cache dies with the widget.
  const [privateClient] = useState(() => new QueryClient());
  const client = queryClient ?? contextClient ?? privateClient;
  if (client === contextClient) return <>{children}</>;
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
