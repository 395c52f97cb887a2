/** The platform connection test's step lines, by the reason code the core gives (never the platform's own English). */
export const platformTest = {
  platformTest: {
    reasons: {
      token_ok: '平台接受了 appId 和密钥，已取得令牌。',
      types_ok: '平台列出了 {{count}} 个演出类型。',
      credentials_refused: '平台拒绝了 appId 或密钥（代码 {{platformCode}}）。请向平台运营方核对。',
      token_expired: '平台不接受新取得的令牌（代码 {{platformCode}}）。请稍后重试。',
      permanent: '平台拒绝了请求（代码 {{platformCode}}）。请确认 {{url}} 是平台的地址。',
      refused_locally: '未发送：请求内容不符合接口要求。',
      tls: '无法验证平台的证书。请检查地址、本机日期和时间，以及网络过滤设备。',
      timeout: '平台没有及时应答。请检查互联网连接。',
      connection: '无法连接 {{url}}。请检查地址和互联网连接。',
      busy: '平台繁忙（{{platformCode}}）：请几分钟后再试。',
      platform_error: '平台返回错误（{{platformCode}}）。请稍后再试。',
    },
    platformSaid: '平台原文：{{detail}}',
  },
};
