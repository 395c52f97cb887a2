/** The core's health (disk, locks, unhandled errors), login locks, flagged changes and the backup key: 简体中文. */
export const health = {
  health: {
    low: '磁盘空间不足：票务数据库所在磁盘仅剩 {{free}}。请尽快清理空间。',
    critical: '磁盘空间严重不足：仅剩 {{free}}。空间用尽后将无法售票，请立即清理。',
    full: '磁盘已满（自 {{since}}）：售票、退票和检票记录无法保存，平台上报已暂停。剩余 {{free}}。清理空间后自动恢复。',
    busy: '票务数据库正被其他程序占用（自 {{since}}）：写入暂时失败，占用解除后自动恢复。请关闭数据库浏览或备份工具。',
    unhandled: '核心记录到一个未处理的错误（{{time}}）：{{message}}。核心仍在运行；如反复出现请联系技术支持。',
    unknownFree: '未知',
  },
  flagged: {
    title: '他人订单的退票与重打',
    hint: '由非售出人办理的退票、重打和换票，供经理核查。',
    none: '本期间没有他人订单的退票或重打。',
    kind: { refund: '退票', reprint: '重打', exchange: '换票' },
    at: '时间',
    order: '订单号',
    soldBy: '售出人',
    changedBy: '办理人',
    what: '类型',
    reason: '原因',
  },
  unlock: {
    button: '解除登录锁定',
    done: '已解除 {{name}} 的登录锁定。',
  },
  backupKey: {
    title: '备份中的个人信息密钥',
    explain: '备份文件不含明文密钥。设置备份口令后，密钥以该口令加密后随备份保存；在新电脑上恢复时需要输入此口令。口令请另行妥善保管，遗失后无法找回。',
    set: '已设置备份口令：新备份附带加密的密钥。',
    notSet: '未设置备份口令：备份不附带密钥，只能在本机（或持有密钥文件时）恢复。',
    passphrase: '备份口令（至少 10 个字符）',
    save: '设置口令',
    clear: '取消口令',
    saved: '备份口令已更新。',
  },
};
