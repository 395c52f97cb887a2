/** gateExit: exit gates, re-entry and who is inside (issue 20), Simplified Chinese. */
export const gateExit = {
  gateExit: {
    word: { still_inside: '已在场内', exit: '可出场', exit_final: '出场', not_inside: '未在场内' },
    action: { exit: '请出场，可凭票再次入场', exit_final: '请出场：本场次不可再次入场', refuse: '不记录出场' },
    reason: {
      still_inside: '此票已于 {{time}} 在 {{gate}} 入场，尚未出场：须先经出口扫码出场，才能再次入场。',
      exit_final: '本场次不允许再次入场，请告知观众：出场后不能再凭此票入场。',
      not_inside_never: '此票尚未入场，无出场可记录。',
      not_inside_out: '此票已于 {{time}} 出场，尚未再次入场。',
      refunded: '此票已办理退票。',
    },
    direction: { label: '检票口类型', entry: '入口', exit: '出口', exitBadge: '出口' },
    scanHint: '出口：观众出场时扫码，允许再次入场的场次可凭票返场',
    counters: { inside: '场内', out: '已出场' },
    conflict: {
      never: '未在场内出场：{{seat}}（票码 {{code}}）从未入场，{{gate}} {{time}} 离线放行出场',
      out: '未在场内出场：{{seat}}（票码 {{code}}）已于 {{firstGate}} {{firstTime}} 出场，{{gate}} {{time}} 又离线放行出场',
    },
    presence: {
      title: '场内人数（按场次）',
      session: '场次',
      entered: '已入场',
      inside: '场内',
      out: '已出场',
      none: '所选期间没有场次。',
      note: '以每张票最后一次扫码为准：入场后未出场即在场内。',
    },
  },
};
