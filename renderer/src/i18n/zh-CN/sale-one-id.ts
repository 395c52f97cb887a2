/** saleOneId: one ticket per ID document per session (一票一证), at the window and in the manager's performance form, Simplified Chinese. */
export const saleOneId = {
  saleOneId: {
    alreadyHolds: '证件 {{idNumber}} 已持有本场门票：本演出一证一场只售一张，不能再买。',
    twiceInSale: '证件 {{idNumber}} 在本单中用于 {{requested}} 张票：本演出一证一场只售一张，请为每张票填写各自持票人的证件。',
    setting: '一证一场一票',
    settingHint: '同一证件在同一场次只能买一张票（一票一证默认开启）',
    on: '已开启一证一场一票',
    off: '已关闭一证一场一票',
  },
};
