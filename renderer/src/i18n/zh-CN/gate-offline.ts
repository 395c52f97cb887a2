/** gateOffline: a gate device that judges from its own cache while the core is out of reach, Simplified Chinese. */
export const gateOffline = {
  gateOffline: {
    online: '在线检票',
    offline: '离线检票 · 自 {{time}}',
    waiting: '待上传 {{count}} 条',
    uploaded: '已全部上传',
    cache: '本机缓存 {{count}} 张 · {{age}}',
    cacheNone: '本机尚无票务缓存',
    ageNow: '刚刚更新',
    ageSeconds: '{{count}} 秒前更新',
    ageMinutes: '{{count}} 分钟前更新',
    banner: '与票务核心的连接中断（自 {{time}}）：正按本机缓存离线检票，规则不变；连接恢复后自动上传，待上传 {{count}} 条。',
    bannerNoCache: '与票务核心的连接中断（自 {{time}}），本机尚无票务缓存：无法验票，请勿放行。',
    verdictMark: '离线判定',
    unknownOffline: '本机缓存中没有这张票：不是本检票口场次的票，或是连接中断后才售出的。请让观众到其他检票口或售票处核实。',
    conflicts: {
      title: '需核查的入场',
      double_entry: '重复入场：{{seat}}（票码 {{code}}），{{firstGate}} {{firstTime}} 已入场，{{secondGate}} {{secondTime}} 又放行',
      refunded_admitted: '退票后入场：{{seat}}（票码 {{code}}），{{refundTime}} 已退票，{{secondGate}} {{secondTime}} 离线放行',
    },
  },
};
