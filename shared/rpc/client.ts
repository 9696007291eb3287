import { AppError, appErrorSchema, type Envelope } from '../errors';
import type { Input, OperationName, Output } from '../contract';

/** Carries one call to the core and brings back its envelope: IPC, HTTP, or a direct call in tests. */
export type Transport = (operation: OperationName, input: unknown) => Promise<Envelope<unknown>>;

export interface Client {
  invoke<N extends OperationName>(operation: N, input: Input<N>): Promise<Output<N>>;
}

/** The typed client the renderer (and tests) use; it knows the contract, not the transport. */
export function createClient(transport: Transport): Client {
  return {
    async invoke(operation, input) {
      const envelope = await transport(operation, input);
      if (envelope.ok) return envelope.value as never;
      const parsed = appErrorSchema.safeParse(envelope.error);
      throw parsed.success
        ? AppError.fromData(parsed.data)
        : new AppError('internal', { ja: '応答を読み取れませんでした。', en: 'Could not read the response.' });
    },
  };
}
