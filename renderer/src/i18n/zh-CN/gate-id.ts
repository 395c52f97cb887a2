/** gateId: the real-name check at the gate (the card in hand, the reader), Simplified Chinese. */
export const gateId = {
  gateId: {
    last4: '证件尾号 {{last4}}',
    mismatchRetry: '与购票证件不一致。号码已选中：直接重新输入或放卡即可覆盖，按 Esc 放弃。',
    idInTicketField: '这是证件号码，不是票码：已按证件入场核验。',
    reader: {
      connect: '连接身份证阅读器',
      connected: '阅读器已连接：放卡即核验',
      unsupported: '此浏览器不能直接连接串口阅读器：请用键盘输入式阅读器，或用 Chrome/Edge 打开',
      failed: '阅读器连接失败：{{message}}',
      read: '已读卡：{{name}}，证件尾号 {{last4}}',
    },
  },
};
