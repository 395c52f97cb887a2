/** gateManage: the manager's view of the gates (holder names on verdicts, flagged entries in the figures), Simplified Chinese. */
export const gateManage = {
  gateManage: {
    holderNameTitle: '检票口显示持票人',
    holderNameFull: '检票结果显示持票人全名（默认只显示打码姓名）',
    holderNameHint: '全名便于核对证件，但会显示在每台检票设备上并保存在其离线缓存中。更改会记入操作日志。',
    holderNameOn: '检票结果将显示持票人全名',
    holderNameOff: '检票结果将只显示打码姓名',
    conflictsTile: '需核查的入场',
    conflictsNote: '重复入场 {{double}} · 退票后入场 {{refunded}}',
    conflictsLink: '查看明细',
    conflictsTable: '需核查的入场（离线检票上传时发现）',
    kind: { double_entry: '重复入场', refunded_admitted: '退票后入场', exit_not_inside: '未在场内出场' },
    kindHeader: '类型',
    seat: '座位',
    code: '票码',
    first: '保留的入场 / 退票',
    second: '被标记的入场',
    platform: '平台记录',
    platformSecond: '平台已收到被标记的入场时间（检票记录无法更正）',
    platformFirst: '保留的入场',
  },
};
