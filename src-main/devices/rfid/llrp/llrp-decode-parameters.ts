import { type ByteReader, LlrpDecodeFailure } from './llrp-bytes';
import { TLV, TV } from './llrp-constants';
import type { AccessSpec, C1G2Write, LlrpStatus, ReaderConfig, ReaderEvent, RoSpec, TagReportData, TargetTag } from './llrp-messages';
import { type RawParameter, optionalParameter, readParameters, requireParameter } from './llrp-parameters';

/** Reads a parameter's sub-parameters after its fields; unknown ones (Custom, vendor extensions) are kept but ignored. */
function children(p: RawParameter, name: string): RawParameter[] {
  return readParameters(p.body, `${name} at offset ${p.offset}`);
}

export function readStatus(params: RawParameter[], where: string, offset: number): LlrpStatus {
  const p = requireParameter(params, TLV.LLRPStatus, 'LLRPStatus', where, offset);
  const status: LlrpStatus = { code: p.body.u16('StatusCode'), description: p.body.utf8('ErrorDescription') };
  const inner = children(p, 'LLRPStatus');
  const field = optionalParameter(inner, TLV.FieldError);
  if (field) status.fieldError = { fieldNum: field.body.u16('FieldNum'), code: field.body.u16('ErrorCode') };
  const parameter = optionalParameter(inner, TLV.ParameterError);
  if (parameter) status.parameterError = { parameterType: parameter.body.u16('ParameterType'), code: parameter.body.u16('ErrorCode') };
  return status;
}

export function readRoSpec(p: RawParameter): RoSpec {
  const b = p.body;
  const roSpecId = b.u32('ROSpecID');
  const priority = b.u8('Priority');
  const currentState = b.u8('CurrentState');
  const params = children(p, 'ROSpec');
  const boundary = children(requireParameter(params, TLV.ROBoundarySpec, 'ROBoundarySpec', 'ROSpec', p.offset), 'ROBoundarySpec');
  const start = requireParameter(boundary, TLV.ROSpecStartTrigger, 'ROSpecStartTrigger', 'ROBoundarySpec', p.offset);
  const stop = requireParameter(boundary, TLV.ROSpecStopTrigger, 'ROSpecStopTrigger', 'ROBoundarySpec', p.offset);
  const aiSpec = requireParameter(params, TLV.AISpec, 'AISpec', 'ROSpec', p.offset);
  const antennaCount = aiSpec.body.u16('AntennaIDs count');
  const antennaIds = Array.from({ length: antennaCount }, () => aiSpec.body.u16('AntennaID'));
  const inventory = requireParameter(children(aiSpec, 'AISpec'), TLV.InventoryParameterSpec, 'InventoryParameterSpec', 'AISpec', aiSpec.offset);
  const spec: RoSpec = {
    roSpecId,
    priority,
    currentState,
    startTriggerType: start.body.u8('ROSpecStartTriggerType'),
    stopTrigger: { type: stop.body.u8('ROSpecStopTriggerType'), durationMs: stop.body.u32('DurationTriggerValue') },
    antennaIds,
    inventoryParameterSpecId: inventory.body.u16('InventoryParameterSpecID'),
  };
  const report = optionalParameter(params, TLV.ROReportSpec);
  if (report) {
    const trigger = report.body.u8('ROReportTrigger');
    const n = report.body.u16('N');
    const selector = requireParameter(
      children(report, 'ROReportSpec'),
      TLV.TagReportContentSelector,
      'TagReportContentSelector',
      'ROReportSpec',
      report.offset,
    );
    spec.report = { trigger, n, contentSelector: selector.body.u16('TagReportContentSelector flags') };
  }
  return spec;
}

function readTargetTag(p: RawParameter): TargetTag {
  const flags = p.body.u8('MB and Match');
  return { memoryBank: flags >> 6, match: (flags & 0x20) !== 0, pointer: p.body.u16('Pointer'), mask: p.body.bits('TagMask'), data: p.body.bits('TagData') };
}

export function readAccessSpec(p: RawParameter): AccessSpec {
  const b = p.body;
  const accessSpecId = b.u32('AccessSpecID');
  const antennaId = b.u16('AntennaID');
  b.u8('ProtocolID');
  const currentState = (b.u8('CurrentState') & 0x80) !== 0;
  const roSpecId = b.u32('ROSpecID');
  const params = children(p, 'AccessSpec');
  const stop = requireParameter(params, TLV.AccessSpecStopTrigger, 'AccessSpecStopTrigger', 'AccessSpec', p.offset);
  const command = requireParameter(params, TLV.AccessCommand, 'AccessCommand', 'AccessSpec', p.offset);
  const commandParams = children(command, 'AccessCommand');
  const tagSpec = requireParameter(commandParams, TLV.C1G2TagSpec, 'C1G2TagSpec', 'AccessCommand', command.offset);
  const targets = children(tagSpec, 'C1G2TagSpec')
    .filter((t) => t.type === TLV.C1G2TargetTag)
    .map(readTargetTag);
  if (targets.length === 0) throw new LlrpDecodeFailure('missing-parameter', `C1G2TagSpec at offset ${tagSpec.offset} has no C1G2TargetTag`, tagSpec.offset);
  const op = requireParameter(commandParams, TLV.C1G2Write, 'C1G2Write', 'AccessCommand', command.offset);
  const write: C1G2Write = {
    opSpecId: op.body.u16('OpSpecID'),
    accessPassword: op.body.u32('AccessPassword'),
    memoryBank: op.body.u8('MB') >> 6,
    wordPointer: op.body.u16('WordPointer'),
    data: op.body.words('WriteData'),
  };
  op.body.done();
  const spec: AccessSpec = {
    accessSpecId,
    antennaId,
    currentState,
    roSpecId,
    stopTrigger: { type: stop.body.u8('AccessSpecStopTrigger'), operationCount: stop.body.u16('OperationCountValue') },
    targets,
    write,
  };
  const report = optionalParameter(params, TLV.AccessReportSpec);
  if (report) spec.reportTrigger = report.body.u8('AccessReportTrigger');
  return spec;
}

export function readReaderConfig(body: ByteReader): ReaderConfig {
  const config: ReaderConfig = { resetToFactoryDefault: (body.u8('ResetToFactoryDefault') & 0x80) !== 0 };
  const params = readParameters(body, 'the message body');
  const events = optionalParameter(params, TLV.ReaderEventNotificationSpec);
  if (events) {
    config.events = children(events, 'ReaderEventNotificationSpec')
      .filter((e) => e.type === TLV.EventNotificationState)
      .map((e) => ({ eventType: e.body.u16('EventType'), enabled: (e.body.u8('NotificationState') & 0x80) !== 0 }));
  }
  const keepalive = optionalParameter(params, TLV.KeepaliveSpec);
  if (keepalive) {
    const type = keepalive.body.u8('KeepaliveTriggerType');
    const period = keepalive.body.u32('PeriodicTriggerValue');
    config.keepalivePeriodMs = type === 0 ? 0 : period;
  }
  return config;
}

export function readTagReport(p: RawParameter): TagReportData {
  const params = children(p, 'TagReportData');
  const tag: Partial<TagReportData> & { writeResults: TagReportData['writeResults'] } = { writeResults: [] };
  for (const q of params) {
    const v = q.body;
    if (q.tv) {
      if (q.type === TV.EPC96) tag.epc = { bits: 96, hex: v.bytes(12, 'EPC-96').toString('hex').toUpperCase() };
      else if (q.type === TV.ROSpecID) tag.roSpecId = v.u32('ROSpecID');
      else if (q.type === TV.SpecIndex) tag.specIndex = v.u16('SpecIndex');
      else if (q.type === TV.InventoryParameterSpecID) tag.inventoryParameterSpecId = v.u16('InventoryParameterSpecID');
      else if (q.type === TV.AntennaID) tag.antennaId = v.u16('AntennaID');
      else if (q.type === TV.PeakRSSI) tag.peakRssi = v.s8('PeakRSSI');
      else if (q.type === TV.ChannelIndex) tag.channelIndex = v.u16('ChannelIndex');
      else if (q.type === TV.FirstSeenTimestampUTC) tag.firstSeenUtcMicros = v.u64('FirstSeenTimestampUTC');
      else if (q.type === TV.LastSeenTimestampUTC) tag.lastSeenUtcMicros = v.u64('LastSeenTimestampUTC');
      else if (q.type === TV.TagSeenCount) tag.tagSeenCount = v.u16('TagSeenCount');
      else if (q.type === TV.AccessSpecID) tag.accessSpecId = v.u32('AccessSpecID');
    } else if (q.type === TLV.EPCData) {
      tag.epc = v.bits('EPC');
      v.done();
    } else if (q.type === TLV.C1G2WriteOpSpecResult) {
      tag.writeResults.push({ result: v.u8('Result'), opSpecId: v.u16('OpSpecID'), wordsWritten: v.u16('NumWordsWritten') });
      v.done();
    }
  }
  if (!tag.epc) throw new LlrpDecodeFailure('missing-parameter', `TagReportData at offset ${p.offset} has neither EPCData nor EPC-96`, p.offset);
  return tag as TagReportData;
}

export function readReaderEvent(params: RawParameter[], offset: number): ReaderEvent {
  const data = requireParameter(params, TLV.ReaderEventNotificationData, 'ReaderEventNotificationData', 'the message body', offset);
  const inner = children(data, 'ReaderEventNotificationData');
  const utc = optionalParameter(inner, TLV.UTCTimestamp);
  const uptime = optionalParameter(inner, TLV.Uptime);
  const clock = utc ?? uptime;
  if (!clock)
    throw new LlrpDecodeFailure('missing-parameter', `ReaderEventNotificationData at offset ${data.offset} has no UTCTimestamp or Uptime`, data.offset);
  const event: ReaderEvent = { timestamp: { clock: utc ? 'utc' : 'uptime', micros: clock.body.u64('Microseconds') } };
  const roSpec = optionalParameter(inner, TLV.ROSpecEvent);
  if (roSpec)
    event.roSpec = { eventType: roSpec.body.u8('EventType'), roSpecId: roSpec.body.u32('ROSpecID'), preemptingRoSpecId: roSpec.body.u32('PreemptingROSpecID') };
  const attempt = optionalParameter(inner, TLV.ConnectionAttemptEvent);
  if (attempt) event.connectionAttempt = { status: attempt.body.u16('Status') };
  if (optionalParameter(inner, TLV.ConnectionCloseEvent)) event.connectionClose = true;
  return event;
}
