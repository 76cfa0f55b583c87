// The simulated instance's fixed data: one agent, its states and routing profile.
//
// ARNs follow Amazon Connect's shape. The instance ID must be hex and dashes:
// Streams reads it back with /instance\/([0-9a-fA-F|-]+)\// (getInstanceId),
// so a friendlier ID such as "sim" would make that call throw.

export const REGION = 'ap-northeast-1';
export const ACCOUNT_ID = '123456789012';
export const INSTANCE_ID = '5a1e0c0d-0000-4000-8000-00000000c0de';
export const INSTANCE_ARN = `arn:aws:connect:${REGION}:${ACCOUNT_ID}:instance/${INSTANCE_ID}`;

const AGENT_ID = 'a9e27d0b-7c55-4f4e-9d61-0000000000a1';

export function arn(kind, id) {
  return `${INSTANCE_ARN}/${kind}/${id}`;
}

export function queue(name, id) {
  const queueARN = arn('queue', id);
  // The real CCP's worker sets queueId = queueARN; Streams users read either.
  return { name, queueARN, queueId: queueARN };
}

export const QUEUES = {
  BasicQueue: queue('BasicQueue', 'b0000000-0000-4000-8000-0000000000b1'),
  'SupportQueue-JP': queue('SupportQueue-JP', 'b0000000-0000-4000-8000-0000000000b2'),
  'Sales-JP': queue('Sales-JP', 'b0000000-0000-4000-8000-0000000000b3'),
  // In the instance but not in the agent's routing profile: a transfer target
  // only (a quick connect points at it); the agent cannot dial out with it.
  'Billing-JP': queue('Billing-JP', 'b0000000-0000-4000-8000-0000000000b4'),
};

/** Agent states as getAgentStates returns them. */
export const AGENT_STATES = [
  { agentStateARN: arn('agent-state', 'c0000000-0000-4000-8000-0000000000c1'), name: 'Available', type: 'routable' },
  { agentStateARN: arn('agent-state', 'c0000000-0000-4000-8000-0000000000c2'), name: 'Offline', type: 'offline' },
  { agentStateARN: arn('agent-state', 'c0000000-0000-4000-8000-0000000000c3'), name: 'Break', type: 'not_routable' },
  { agentStateARN: arn('agent-state', 'c0000000-0000-4000-8000-0000000000c4'), name: 'Lunch', type: 'not_routable' },
];

export const DIALABLE_COUNTRIES = ['jp', 'us', 'gb'];
export const PERMISSIONS = ['outboundCall', 'transfer', 'createTask'];

/** A fresh configuration object (callers may mutate it: updateAgentConfiguration). */
export function defaultConfiguration() {
  const routingProfileARN = arn('routing-profile', 'd0000000-0000-4000-8000-0000000000d1');
  // Like Connect, the profile's queue list also holds the agent's own queue
  // (name null); Streams derives the agent's resource ID from it.
  const agentQueueARN = arn('queue/agent', AGENT_ID);
  return {
    name: 'Agent Tanaka',
    username: 'tanaka',
    agentARN: arn('agent', AGENT_ID),
    agentStates: AGENT_STATES.map((s) => ({ ...s })),
    permissions: [...PERMISSIONS],
    dialableCountries: [...DIALABLE_COUNTRIES],
    extension: '',
    softphoneEnabled: true,
    softphoneAutoAccept: false,
    softphonePersistentConnection: false,
    agentPreferences: { LANGUAGE: 'ja_JP', locale: 'ja_JP' },
    routingProfile: {
      name: 'Basic Routing Profile',
      routingProfileARN,
      routingProfileId: routingProfileARN,
      defaultOutboundQueue: { ...QUEUES.BasicQueue },
      queues: [
        { ...QUEUES.BasicQueue },
        { ...QUEUES['SupportQueue-JP'] },
        { ...QUEUES['Sales-JP'] },
        { name: null, queueARN: agentQueueARN, queueId: agentQueueARN },
      ],
      channelConcurrencyMap: { VOICE: 1, CHAT: 2, TASK: 3 },
    },
  };
}

/**
 * Quick connects, as an admin sets them up: each is attached to queues, and
 * getEndpoints(queueARNs) returns those of the queues asked for. `target` is
 * what the transfer reaches (ours, never sent to Streams).
 *
 * getEndpoints' shape follows what Connect returns (amazon-connect-streams
 * issue #731): endpointARN = endpointId = a transfer-destination ARN, type,
 * name (the quick connect's name), phoneNumber only for phone-number ones,
 * agentLogin and queue null even for agent and queue quick connects.
 */
function quickConnect(id, type, name, target, queues) {
  const endpointARN = arn('transfer-destination', `e0000000-0000-4000-8000-0000000000${id}`);
  return {
    endpoint: { endpointARN, endpointId: endpointARN, type, name, phoneNumber: type === 'phone_number' ? target.phoneNumber : null, agentLogin: null, queue: null },
    target,
    queues: queues.map((q) => QUEUES[q].queueARN),
  };
}

export const QUICK_CONNECTS = [
  quickConnect('e1', 'agent', '佐藤 花子 (Sato Hanako)', { type: 'agent', name: 'Sato Hanako', username: 'sato' }, ['BasicQueue', 'SupportQueue-JP']),
  quickConnect('e2', 'agent', 'Suzuki Ichiro', { type: 'agent', name: 'Suzuki Ichiro', username: 'suzuki' }, ['BasicQueue']),
  quickConnect('e3', 'queue', 'サポート窓口 (SupportQueue-JP)', { type: 'queue', queueARN: QUEUES['SupportQueue-JP'].queueARN, name: 'SupportQueue-JP' }, ['BasicQueue', 'Sales-JP']),
  quickConnect('e4', 'queue', '請求窓口 (Billing)', { type: 'queue', queueARN: QUEUES['Billing-JP'].queueARN, name: 'Billing-JP' }, ['BasicQueue', 'SupportQueue-JP']),
  quickConnect('e5', 'phone_number', '大阪支店 (Osaka branch)', { type: 'phone_number', phoneNumber: '+81665550123' }, ['BasicQueue', 'SupportQueue-JP']),
  quickConnect('e6', 'phone_number', 'Escalation desk (US)', { type: 'phone_number', phoneNumber: '+12065550142' }, ['SupportQueue-JP']),
  quickConnect('e7', 'queue', 'BasicQueue', { type: 'queue', queueARN: QUEUES.BasicQueue.queueARN, name: 'BasicQueue' }, ['SupportQueue-JP', 'Sales-JP']),
];
