/**
 * The LLRP messages the desk sends and receives, as plain values. One encoder and one decoder map
 * them to and from the binary form, so a message survives encode -> decode unchanged.
 */

/** hex (upper case) of ceil(bits / 8) bytes, with the bit count */
export interface LlrpBits {
  bits: number;
  hex: string;
}

export interface LlrpStatus {
  code: number;
  description: string;
  fieldError?: { fieldNum: number; code: number };
  parameterError?: { parameterType: number; code: number };
}

export interface RoSpec {
  roSpecId: number;
  priority: number;
  currentState: number;
  startTriggerType: number;
  stopTrigger: { type: number; durationMs: number };
  /** antennas of the one AISpec; [0] means all */
  antennaIds: number[];
  inventoryParameterSpecId: number;
  report?: { trigger: number; n: number; contentSelector: number };
}

/** One C1G2TargetTag: bits [pointer, pointer + mask.bits) of bank `memoryBank` compared with `data` under `mask`. */
export interface TargetTag {
  memoryBank: number;
  match: boolean;
  pointer: number;
  mask: LlrpBits;
  data: LlrpBits;
}

export interface C1G2Write {
  opSpecId: number;
  accessPassword: number;
  memoryBank: number;
  wordPointer: number;
  /** the words to write, 4 hex digits each */
  data: string;
}

export interface AccessSpec {
  accessSpecId: number;
  /** 0 = any antenna */
  antennaId: number;
  currentState: boolean;
  /** 0 = any ROSpec */
  roSpecId: number;
  stopTrigger: { type: number; operationCount: number };
  /** the C1G2TagSpec: one or two patterns, all must hold */
  targets: TargetTag[];
  write: C1G2Write;
  reportTrigger?: number;
}

export interface ReaderConfig {
  resetToFactoryDefault: boolean;
  events?: Array<{ eventType: number; enabled: boolean }>;
  /** KeepaliveSpec: periodic every `periodMs`, or 0 for none */
  keepalivePeriodMs?: number;
}

export interface C1G2WriteOpSpecResult {
  result: number;
  opSpecId: number;
  wordsWritten: number;
}

export interface TagReportData {
  epc: LlrpBits;
  roSpecId?: number;
  specIndex?: number;
  inventoryParameterSpecId?: number;
  antennaId?: number;
  peakRssi?: number;
  channelIndex?: number;
  firstSeenUtcMicros?: bigint;
  lastSeenUtcMicros?: bigint;
  tagSeenCount?: number;
  accessSpecId?: number;
  writeResults: C1G2WriteOpSpecResult[];
}

export interface ReaderEvent {
  timestamp: { clock: 'utc' | 'uptime'; micros: bigint };
  roSpec?: { eventType: number; roSpecId: number; preemptingRoSpecId: number };
  connectionAttempt?: { status: number };
  connectionClose?: true;
}

export type EmptyMessageType = 'KEEPALIVE' | 'KEEPALIVE_ACK' | 'CLOSE_CONNECTION';
export type RoSpecIdMessageType = 'DELETE_ROSPEC' | 'START_ROSPEC' | 'STOP_ROSPEC' | 'ENABLE_ROSPEC';
export type AccessSpecIdMessageType = 'DELETE_ACCESSSPEC' | 'ENABLE_ACCESSSPEC';
export type StatusMessageType =
  | 'ADD_ROSPEC_RESPONSE'
  | 'DELETE_ROSPEC_RESPONSE'
  | 'START_ROSPEC_RESPONSE'
  | 'STOP_ROSPEC_RESPONSE'
  | 'ENABLE_ROSPEC_RESPONSE'
  | 'ADD_ACCESSSPEC_RESPONSE'
  | 'DELETE_ACCESSSPEC_RESPONSE'
  | 'ENABLE_ACCESSSPEC_RESPONSE'
  | 'SET_READER_CONFIG_RESPONSE'
  | 'CLOSE_CONNECTION_RESPONSE'
  | 'ERROR_MESSAGE';

export type LlrpMessage =
  | { type: EmptyMessageType; id: number }
  | { type: RoSpecIdMessageType; id: number; roSpecId: number }
  | { type: AccessSpecIdMessageType; id: number; accessSpecId: number }
  | { type: StatusMessageType; id: number; status: LlrpStatus }
  | { type: 'ADD_ROSPEC'; id: number; roSpec: RoSpec }
  | { type: 'ADD_ACCESSSPEC'; id: number; accessSpec: AccessSpec }
  | { type: 'SET_READER_CONFIG'; id: number; config: ReaderConfig }
  | { type: 'RO_ACCESS_REPORT'; id: number; tags: TagReportData[] }
  | { type: 'READER_EVENT_NOTIFICATION'; id: number; event: ReaderEvent }
  /** a well-framed message of a type the desk does not use (CUSTOM_MESSAGE, GET_READER_CAPABILITIES...) */
  | { type: 'UNKNOWN'; id: number; messageType: number; body: Buffer };

export type LlrpMessageType = LlrpMessage['type'];

/** The response type that answers a request type. */
export const RESPONSE_OF: Readonly<Partial<Record<LlrpMessageType, StatusMessageType>>> = {
  ADD_ROSPEC: 'ADD_ROSPEC_RESPONSE',
  DELETE_ROSPEC: 'DELETE_ROSPEC_RESPONSE',
  START_ROSPEC: 'START_ROSPEC_RESPONSE',
  STOP_ROSPEC: 'STOP_ROSPEC_RESPONSE',
  ENABLE_ROSPEC: 'ENABLE_ROSPEC_RESPONSE',
  ADD_ACCESSSPEC: 'ADD_ACCESSSPEC_RESPONSE',
  DELETE_ACCESSSPEC: 'DELETE_ACCESSSPEC_RESPONSE',
  ENABLE_ACCESSSPEC: 'ENABLE_ACCESSSPEC_RESPONSE',
  SET_READER_CONFIG: 'SET_READER_CONFIG_RESPONSE',
  CLOSE_CONNECTION: 'CLOSE_CONNECTION_RESPONSE',
};
