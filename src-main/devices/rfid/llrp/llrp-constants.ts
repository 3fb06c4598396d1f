/**
 * Type numbers and codes of the EPCglobal Low Level Reader Protocol 1.0.1 (the parts the desk uses),
 * as the LLRP Tool Kit's llrp-1x0-def.xml lists them. LLRP 1.1 readers speak 1.0.1 until a client
 * negotiates a higher version, which the desk never does.
 */
export const LLRP_VERSION = 1;
export const LLRP_PORT = 5084;
/** message header: 3 reserved bits, 3-bit version, 10-bit type, 32-bit length, 32-bit message ID */
export const LLRP_HEADER_BYTES = 10;

export const MESSAGE_TYPE = {
  SET_READER_CONFIG: 3,
  CLOSE_CONNECTION_RESPONSE: 4,
  SET_READER_CONFIG_RESPONSE: 13,
  CLOSE_CONNECTION: 14,
  ADD_ROSPEC: 20,
  DELETE_ROSPEC: 21,
  START_ROSPEC: 22,
  STOP_ROSPEC: 23,
  ENABLE_ROSPEC: 24,
  ADD_ROSPEC_RESPONSE: 30,
  DELETE_ROSPEC_RESPONSE: 31,
  START_ROSPEC_RESPONSE: 32,
  STOP_ROSPEC_RESPONSE: 33,
  ENABLE_ROSPEC_RESPONSE: 34,
  ADD_ACCESSSPEC: 40,
  DELETE_ACCESSSPEC: 41,
  ENABLE_ACCESSSPEC: 42,
  ADD_ACCESSSPEC_RESPONSE: 50,
  DELETE_ACCESSSPEC_RESPONSE: 51,
  ENABLE_ACCESSSPEC_RESPONSE: 52,
  RO_ACCESS_REPORT: 61,
  KEEPALIVE: 62,
  READER_EVENT_NOTIFICATION: 63,
  KEEPALIVE_ACK: 72,
  ERROR_MESSAGE: 100,
} as const;
export type KnownMessageType = keyof typeof MESSAGE_TYPE;

/** TLV parameters: 6 reserved bits, 10-bit type (128..2047), 16-bit length including the 4-byte header. */
export const TLV = {
  UTCTimestamp: 128,
  Uptime: 129,
  ROSpec: 177,
  ROBoundarySpec: 178,
  ROSpecStartTrigger: 179,
  ROSpecStopTrigger: 182,
  AISpec: 183,
  AISpecStopTrigger: 184,
  InventoryParameterSpec: 186,
  AccessSpec: 207,
  AccessSpecStopTrigger: 208,
  AccessCommand: 209,
  KeepaliveSpec: 220,
  ROReportSpec: 237,
  TagReportContentSelector: 238,
  AccessReportSpec: 239,
  TagReportData: 240,
  EPCData: 241,
  ReaderEventNotificationSpec: 244,
  EventNotificationState: 245,
  ReaderEventNotificationData: 246,
  ROSpecEvent: 249,
  ConnectionAttemptEvent: 256,
  ConnectionCloseEvent: 257,
  LLRPStatus: 287,
  FieldError: 288,
  ParameterError: 289,
  C1G2TagSpec: 338,
  C1G2TargetTag: 339,
  C1G2Write: 342,
  C1G2WriteOpSpecResult: 350,
  Custom: 1023,
} as const;

/** TV parameters: 1 bit set, 7-bit type, then a value whose length the type fixes (no length field). */
export const TV = {
  AntennaID: 1,
  FirstSeenTimestampUTC: 2,
  FirstSeenTimestampUptime: 3,
  LastSeenTimestampUTC: 4,
  LastSeenTimestampUptime: 5,
  PeakRSSI: 6,
  ChannelIndex: 7,
  TagSeenCount: 8,
  ROSpecID: 9,
  InventoryParameterSpecID: 10,
  C1G2CRC: 11,
  C1G2PC: 12,
  EPC96: 13,
  SpecIndex: 14,
  ClientRequestOpSpecResult: 15,
  AccessSpecID: 16,
  OpSpecID: 17,
  C1G2SingulationDetails: 18,
  C1G2XPCW1: 19, // LLRP 1.1
  C1G2XPCW2: 20, // LLRP 1.1
} as const;

/** value bytes of each TV parameter, without its 1-byte type */
export const TV_VALUE_BYTES: Readonly<Record<number, number>> = {
  1: 2,
  2: 8,
  3: 8,
  4: 8,
  5: 8,
  6: 1,
  7: 2,
  8: 2,
  9: 4,
  10: 2,
  11: 2,
  12: 2,
  13: 12,
  14: 2,
  15: 2,
  16: 4,
  17: 2,
  18: 4,
  19: 2,
  20: 2,
};

export const AIR_PROTOCOL_EPC_C1G2 = 1;
export const ROSPEC_STATE_DISABLED = 0;
export const ROSPEC_START_NULL = 0;
export const ROSPEC_STOP_NULL = 0;
export const ROSPEC_STOP_DURATION = 1;
export const AISPEC_STOP_NULL = 0;
/** ROReportTrigger 2: a report every N tags (0 = no limit) or at the end of the ROSpec */
export const REPORT_UPON_N_TAGS_OR_END_OF_ROSPEC = 2;
export const ACCESSSPEC_STOP_OPERATION_COUNT = 1;
/** AccessReportTrigger 1: the op results come at the end of the AccessSpec */
export const ACCESS_REPORT_END_OF_ACCESSSPEC = 1;
export const KEEPALIVE_PERIODIC = 1;
export const EVENT_ROSPEC = 2;
export const ROSPEC_EVENT_START = 0;
export const ROSPEC_EVENT_END = 1;
export const MEMORY_BANK_EPC = 1;
/** the EPC starts at bit 32 of the EPC bank (word 2), after the StoredCRC and the PC word */
export const EPC_FIRST_WORD = 2;

/** TagReportContentSelector flags (16 bits, most significant first) */
export const REPORT_CONTENT = {
  ROSpecID: 1 << 15,
  SpecIndex: 1 << 14,
  InventoryParameterSpecID: 1 << 13,
  AntennaID: 1 << 12,
  ChannelIndex: 1 << 11,
  PeakRSSI: 1 << 10,
  FirstSeenTimestamp: 1 << 9,
  LastSeenTimestamp: 1 << 8,
  TagSeenCount: 1 << 7,
  AccessSpecID: 1 << 6,
} as const;

export const STATUS_SUCCESS = 0;
export const STATUS_NAMES: Readonly<Record<number, string>> = {
  0: 'M_Success',
  100: 'M_ParameterError',
  101: 'M_FieldError',
  102: 'M_UnexpectedParameter',
  103: 'M_MissingParameter',
  104: 'M_DuplicateParameter',
  105: 'M_OverflowParameter',
  106: 'M_OverflowField',
  107: 'M_UnknownParameter',
  108: 'M_UnknownField',
  109: 'M_UnsupportedMessage',
  110: 'M_UnsupportedVersion',
  111: 'M_UnsupportedParameter',
  200: 'P_ParameterError',
  201: 'P_FieldError',
  202: 'P_UnexpectedParameter',
  203: 'P_MissingParameter',
  204: 'P_DuplicateParameter',
  205: 'P_OverflowParameter',
  206: 'P_OverflowField',
  207: 'P_UnknownParameter',
  208: 'P_UnknownField',
  209: 'P_UnsupportedParameter',
  300: 'A_Invalid',
  301: 'A_OutOfRange',
  401: 'R_DeviceError',
};
export const STATUS = {
  M_ParameterError: 100,
  M_FieldError: 101,
  M_UnsupportedMessage: 109,
  M_UnsupportedVersion: 110,
  A_Invalid: 300,
  R_DeviceError: 401,
} as const;

export const CONNECTION_ATTEMPT_MEANINGS: Readonly<Record<number, string>> = {
  0: 'success',
  1: 'a connection the reader started already exists',
  2: 'another client is already connected to this reader',
  3: 'the reader refused the connection for a reason other than an existing connection',
  4: 'another client tried to connect',
};
export const CONNECTION_SUCCESS = 0;
export const CONNECTION_CLIENT_ALREADY_CONNECTED = 2;
export const CONNECTION_ANOTHER_ATTEMPTED = 4;

/** C1G2WriteOpSpecResult.Result */
export const WRITE_RESULT = {
  Success: 0,
  TagMemoryOverrun: 1,
  TagMemoryLocked: 2,
  InsufficientPower: 3,
  NonspecificTagError: 4,
  NoResponseFromTag: 5,
  NonspecificReaderError: 6,
} as const;
export const WRITE_RESULT_MEANINGS: Readonly<Record<number, string>> = {
  0: 'success',
  1: 'tag memory overrun: the EPC does not fit in the tag’s EPC memory',
  2: 'tag memory locked: the tag’s EPC memory is locked against writing; use another tag',
  3: 'insufficient power to write: hold the tag closer to the antenna',
  4: 'the tag reported an error',
  5: 'no tag in field: the tag stopped answering (it left the field during the write)',
  6: 'the reader reported an error',
};
