import type { ByteWriter } from './llrp-bytes';
import { AIR_PROTOCOL_EPC_C1G2, AISPEC_STOP_NULL, KEEPALIVE_PERIODIC, TLV, TV } from './llrp-constants';
import type { AccessSpec, LlrpBits, LlrpStatus, ReaderConfig, ReaderEvent, RoSpec, TagReportData, TargetTag } from './llrp-messages';

const hexBytes = (hex: string): Buffer => Buffer.from(hex, 'hex');

export function writeStatus(w: ByteWriter, status: LlrpStatus): void {
  w.tlv(TLV.LLRPStatus, (p) => {
    const description = Buffer.from(status.description, 'utf8');
    p.u16(status.code).counted(description.length, description);
    if (status.fieldError) p.tlv(TLV.FieldError, (f) => f.u16(status.fieldError!.fieldNum).u16(status.fieldError!.code));
    if (status.parameterError) p.tlv(TLV.ParameterError, (f) => f.u16(status.parameterError!.parameterType).u16(status.parameterError!.code));
  });
}

export function writeRoSpec(w: ByteWriter, spec: RoSpec): void {
  w.tlv(TLV.ROSpec, (p) => {
    p.u32(spec.roSpecId).u8(spec.priority).u8(spec.currentState);
    p.tlv(TLV.ROBoundarySpec, (b) => {
      b.tlv(TLV.ROSpecStartTrigger, (t) => t.u8(spec.startTriggerType));
      b.tlv(TLV.ROSpecStopTrigger, (t) => t.u8(spec.stopTrigger.type).u32(spec.stopTrigger.durationMs));
    });
    p.tlv(TLV.AISpec, (a) => {
      a.u16(spec.antennaIds.length);
      for (const antenna of spec.antennaIds) a.u16(antenna);
      a.tlv(TLV.AISpecStopTrigger, (t) => t.u8(AISPEC_STOP_NULL).u32(0));
      a.tlv(TLV.InventoryParameterSpec, (i) => i.u16(spec.inventoryParameterSpecId).u8(AIR_PROTOCOL_EPC_C1G2));
    });
    if (spec.report) {
      const report = spec.report;
      p.tlv(TLV.ROReportSpec, (r) => {
        r.u8(report.trigger).u16(report.n);
        r.tlv(TLV.TagReportContentSelector, (s) => s.u16(report.contentSelector));
      });
    }
  });
}

function writeBits(w: ByteWriter, bits: LlrpBits): void {
  w.counted(bits.bits, hexBytes(bits.hex));
}

function writeTargetTag(w: ByteWriter, target: TargetTag): void {
  w.tlv(TLV.C1G2TargetTag, (t) => {
    t.u8(((target.memoryBank & 3) << 6) | (target.match ? 0x20 : 0)).u16(target.pointer);
    writeBits(t, target.mask);
    writeBits(t, target.data);
  });
}

export function writeAccessSpec(w: ByteWriter, spec: AccessSpec): void {
  w.tlv(TLV.AccessSpec, (p) => {
    p.u32(spec.accessSpecId)
      .u16(spec.antennaId)
      .u8(AIR_PROTOCOL_EPC_C1G2)
      .u8(spec.currentState ? 0x80 : 0)
      .u32(spec.roSpecId);
    p.tlv(TLV.AccessSpecStopTrigger, (t) => t.u8(spec.stopTrigger.type).u16(spec.stopTrigger.operationCount));
    p.tlv(TLV.AccessCommand, (c) => {
      c.tlv(TLV.C1G2TagSpec, (s) => spec.targets.forEach((target) => writeTargetTag(s, target)));
      c.tlv(TLV.C1G2Write, (op) => {
        const words = hexBytes(spec.write.data);
        op.u16(spec.write.opSpecId)
          .u32(spec.write.accessPassword)
          .u8((spec.write.memoryBank & 3) << 6)
          .u16(spec.write.wordPointer);
        op.counted(words.length / 2, words);
      });
    });
    if (spec.reportTrigger !== undefined) p.tlv(TLV.AccessReportSpec, (r) => r.u8(spec.reportTrigger!));
  });
}

export function writeReaderConfig(w: ByteWriter, config: ReaderConfig): void {
  w.u8(config.resetToFactoryDefault ? 0x80 : 0);
  if (config.events && config.events.length > 0) {
    const events = config.events;
    w.tlv(TLV.ReaderEventNotificationSpec, (s) => events.forEach((e) => s.tlv(TLV.EventNotificationState, (n) => n.u16(e.eventType).u8(e.enabled ? 0x80 : 0))));
  }
  if (config.keepalivePeriodMs !== undefined) {
    const period = config.keepalivePeriodMs;
    w.tlv(TLV.KeepaliveSpec, (k) => k.u8(period > 0 ? KEEPALIVE_PERIODIC : 0).u32(period));
  }
}

/** TagReportData, its optional fields in the order LLRP 1.0.1 section 13.2.3 lists them */
export function writeTagReport(w: ByteWriter, tag: TagReportData): void {
  w.tlv(TLV.TagReportData, (t) => {
    if (tag.epc.bits === 96) t.tv(TV.EPC96, (v) => v.raw(hexBytes(tag.epc.hex)));
    else t.tlv(TLV.EPCData, (d) => writeBits(d, tag.epc));
    if (tag.roSpecId !== undefined) t.tv(TV.ROSpecID, (v) => v.u32(tag.roSpecId!));
    if (tag.specIndex !== undefined) t.tv(TV.SpecIndex, (v) => v.u16(tag.specIndex!));
    if (tag.inventoryParameterSpecId !== undefined) t.tv(TV.InventoryParameterSpecID, (v) => v.u16(tag.inventoryParameterSpecId!));
    if (tag.antennaId !== undefined) t.tv(TV.AntennaID, (v) => v.u16(tag.antennaId!));
    if (tag.peakRssi !== undefined) t.tv(TV.PeakRSSI, (v) => v.u8(tag.peakRssi! & 0xff));
    if (tag.channelIndex !== undefined) t.tv(TV.ChannelIndex, (v) => v.u16(tag.channelIndex!));
    if (tag.firstSeenUtcMicros !== undefined) t.tv(TV.FirstSeenTimestampUTC, (v) => v.u64(tag.firstSeenUtcMicros!));
    if (tag.lastSeenUtcMicros !== undefined) t.tv(TV.LastSeenTimestampUTC, (v) => v.u64(tag.lastSeenUtcMicros!));
    if (tag.tagSeenCount !== undefined) t.tv(TV.TagSeenCount, (v) => v.u16(tag.tagSeenCount!));
    if (tag.accessSpecId !== undefined) t.tv(TV.AccessSpecID, (v) => v.u32(tag.accessSpecId!));
    for (const result of tag.writeResults) t.tlv(TLV.C1G2WriteOpSpecResult, (r) => r.u8(result.result).u16(result.opSpecId).u16(result.wordsWritten));
  });
}

export function writeReaderEvent(w: ByteWriter, event: ReaderEvent): void {
  w.tlv(TLV.ReaderEventNotificationData, (d) => {
    d.tlv(event.timestamp.clock === 'utc' ? TLV.UTCTimestamp : TLV.Uptime, (t) => t.u64(event.timestamp.micros));
    if (event.roSpec) {
      const roSpec = event.roSpec;
      d.tlv(TLV.ROSpecEvent, (e) => e.u8(roSpec.eventType).u32(roSpec.roSpecId).u32(roSpec.preemptingRoSpecId));
    }
    if (event.connectionAttempt) d.tlv(TLV.ConnectionAttemptEvent, (e) => e.u16(event.connectionAttempt!.status));
    if (event.connectionClose) d.tlv(TLV.ConnectionCloseEvent, () => undefined);
  });
}
