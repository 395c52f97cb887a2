/** offlineLogin: a gate device restarted while the core is out of reach, Simplified Chinese. */
export const offlineLogin = {
  offlineLogin: {
    title: '离线检票登录',
    explain: '无法连接票务核心。最近 24 小时内在本机在线登录过的检票员，可用同一 PIN 离线登录，只能检票；连接恢复后需重新登录以上传离线记录。',
    submit: '离线登录',
    retryCore: '重新连接核心',
    refused_one: '用户名或 PIN 不正确，或此用户未在本机在线登录过。还可尝试 {{count}} 次。',
    refused_other: '用户名或 PIN 不正确，或此用户未在本机在线登录过。还可尝试 {{count}} 次。',
    wait: '错误次数过多，请于 {{time}} 后再试。',
  },
};
