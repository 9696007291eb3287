import { createContext, useContext } from 'react';
import type { Client } from '../../shared/rpc/client';

/**
 * The typed client, provided at the root rather than imported as a module singleton, so tests and
 * stories can hand the same components a client over another transport.
 */
export const ClientContext = createContext<Client | null>(null);

export function useClient(): Client {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useClient needs a ClientContext provider');
  return client;
}
