/** window: the box-office window on a busy evening (recent orders, why an action is unavailable), Simplified Chinese. */
export const windowText = {
  window: {
    cartEmptyUnseated: '尚未选票。请在左侧输入各票档的张数（F6）。',
    recent: {
      title: '本班次最近的订单',
      titleNoShift: '最近 12 小时你售出的订单',
      empty: '本班次还没有订单。扫描票码或输入订单号查询其他订单。',
      refresh: '刷新',
    },
    best: {
      anyPrice: '任意票价（全场最佳）',
      accessible: '无障碍',
      accessibleHint: '其中几个是轮椅位；填 0 时不选无障碍座位，留给需要的观众',
    },
    tiers: {
      preview: '生成前预览（按当前规则）',
      ruleMatches: '匹配 {{count}} 座',
      ruleNone: '⚠ 没有匹配任何座位',
      tierSeats: '{{name}}：{{count}} 座',
      tierEmpty: '⚠ {{name}}：0 座',
      unassigned: '{{count}} 个座位没有票档，本场不售',
      problemRule: '第 {{n}} 条规则没有匹配任何座位，请修改或删除',
      problemTier: '票档“{{name}}”没有座位，请在座位图上涂给它或用规则分配座位',
    },
    sync: {
      nextTry: '{{seconds}} 秒后重试',
      tryingNow: '正在重试',
      waitingFor: '正在等待平台：{{reason}}',
      cancel: '停止等待',
    },
    why: {
      pick: '请先勾选要操作的票',
      admitted: '已入场的票不能退，请经理处理',
      refunded: '已退的票不能再操作',
      notElectronic: '只有电子票可以换纸质票',
    },
  },
};
