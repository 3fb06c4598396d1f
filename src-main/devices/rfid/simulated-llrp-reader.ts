import { createServer, type Server, type Socket } from 'node:net';
import { CONNECTION_ANOTHER_ATTEMPTED, CONNECTION_CLIENT_ALREADY_CONNECTED, CONNECTION_SUCCESS } from './llrp/llrp-constants';
import type { LlrpMessage } from './llrp/llrp-messages';
import { SimulatedLlrpSession } from './llrp/simulated-llrp-session';
import { SimulatedTagField, type SimulatedTagOptions } from './simulated-tag-field';

export interface SimulatedLlrpReaderOptions {
  host?: string;
  /** 0 (default) = any free port */
  port?: number;
  /** how often a running ROSpec singulates the tags in the field (default 25 ms) */
  roundMs?: number;
}

/**
 * A TCP server that behaves like an LLRP reader with tags on its antenna: it sends the
 * ConnectionAttemptEvent on connect, answers each message with its response, runs ROSpecs and
 * AccessSpecs against the tags placed in its field, and sends keepalives when asked. One client at
 * a time, like a real reader; a second one is told so and closed.
 */
export class SimulatedLlrpReader {
  /** every message the connected clients sent, decoded, in order */
  readonly received: LlrpMessage[] = [];
  private readonly field = new SimulatedTagField();
  private readonly sockets = new Set<Socket>();
  private session: SimulatedLlrpSession | undefined;

  private constructor(
    private readonly server: Server,
    private readonly roundMs: number,
  ) {
    server.on('connection', (socket) => this.accept(socket));
  }

  static async start(options: SimulatedLlrpReaderOptions = {}): Promise<SimulatedLlrpReader> {
    const server = createServer();
    const reader = new SimulatedLlrpReader(server, options.roundMs ?? 25);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
    });
    return reader;
  }

  get port(): number {
    const address = this.server.address();
    if (address === null || typeof address === 'string') throw new Error('the simulated LLRP reader is not listening');
    return address.port;
  }

  get host(): string {
    const address = this.server.address();
    return address !== null && typeof address !== 'string' ? address.address : '127.0.0.1';
  }

  /** llrp://HOST:PORT, for rfidReaderFromAddress */
  get address(): string {
    return `llrp://${this.host}:${this.port}`;
  }

  placeTag(epcHex: string, options: SimulatedTagOptions = {}): void {
    this.field.place(epcHex, options);
  }

  removeTag(epcHex: string): void {
    this.field.remove(epcHex);
  }

  /** TCP connections open now (a desk that noticed a drop has closed its end) */
  get connectedClients(): number {
    return this.sockets.size;
  }

  /** EPCs of the tags in the field now (a write changes them) */
  tagsInField(): string[] {
    return this.field.list().map((t) => t.epc);
  }

  /** messages of one type the clients sent */
  receivedOf<T extends LlrpMessage['type']>(type: T): Array<Extract<LlrpMessage, { type: T }>> {
    return this.received.filter((m): m is Extract<LlrpMessage, { type: T }> => m.type === type);
  }

  /** sends bytes as they are to the connected client (to test how a desk copes with garbage) */
  sendRaw(bytes: Uint8Array): void {
    this.session?.sendRaw(bytes);
  }

  /** closes the client's connection the way a reader that restarts does (ConnectionCloseEvent first) */
  disconnectClient(): void {
    this.session?.event({ connectionClose: true });
    this.session?.end();
  }

  async close(): Promise<void> {
    this.session?.end();
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.setNoDelay(true);
    if (this.session && !this.session.isClosed) {
      const refused = new SimulatedLlrpSession(socket, this.field, this.roundMs, () => undefined);
      refused.event({ connectionAttempt: { status: CONNECTION_CLIENT_ALREADY_CONNECTED } });
      refused.end();
      this.session.event({ connectionAttempt: { status: CONNECTION_ANOTHER_ATTEMPTED } });
      return;
    }
    const session = new SimulatedLlrpSession(socket, this.field, this.roundMs, (message) => this.received.push(message));
    this.session = session;
    session.event({ connectionAttempt: { status: CONNECTION_SUCCESS } });
  }
}
