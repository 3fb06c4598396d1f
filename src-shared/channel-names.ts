/**
 * The names of the contract's channels and of the events main pushes, and nothing else: the sandboxed
 * preload checks every call against these lists and must not bundle zod and every schema to get them.
 * src-shared/contract.ts is checked at compile time to have exactly these keys, so the lists cannot drift.
 */
export const CHANNELS = [
  'auth:sign-in', 'auth:sign-out', 'auth:whoami',
  'users:add', 'users:list',
  'items:list', 'items:add',
  'entries:get', 'entries:add', 'entries:list',
  'locations:list', 'locations:add',
  'receiving:create-receipt', 'receiving:recent',
  'inventory:balances', 'inventory:move', 'inventory:preserve', 'inventory:adjust', 'inventory:reverse-movement', 'inventory:release-preserved',
  'exceptions:list',
  'audit:verify',
  'exports:record-shipment', 'exports:get-shipment', 'exports:add-document',
  'matching:start', 'matching:current', 'matching:status', 'matching:cancel', 'matching:allocate', 'matching:release', 'matching:allocations',
  'claims:draft', 'claims:list', 'claims:get', 'claims:lines', 'claims:line-evidence', 'claims:validate', 'claims:exclude-lines', 'claims:submit',
  'claims:approve', 'claims:return', 'claims:file', 'claims:liquidate', 'claims:withdraw', 'claims:export-package', 'claims:kpis',
  'exceptions:claim-queue', 'exceptions:tick', 'exceptions:assign', 'exceptions:resolve',
  'settings:get', 'settings:set',
  'pallets:receive', 'pallets:get', 'pallets:find-by-epc', 'pallets:reprint', 'pallets:retry-tag', 'pallets:read-tags',
  'printing:jobs',
  'labels:write-file', 'labels:print',
  'devices:scanners',
  'reference:hts-facts', 'reference:set-hts-fact', 'reference:destination-rules', 'reference:set-destination-rule',
  'post-entry:variances', 'post-entry:deadlines', 'post-entry:brokers', 'post-entry:messages', 'post-entry:timeline', 'post-entry:versions', 'post-entry:correct-entry',
  'post-entry:statements', 'post-entry:follow-ups', 'post-entry:settle-follow-up', 'post-entry:po-lines', 'post-entry:settings', 'post-entry:set-setting',
] as const;

export type ChannelName = (typeof CHANNELS)[number];

export const EVENT_NAMES = ['ledger:balances-changed', 'matching:run-changed', 'claims:changed', 'pallets:changed', 'devices:scan', 'devices:scanners', 'devices:tag-read'] as const;

export type EventName = (typeof EVENT_NAMES)[number];
