/** The X/Z report's lines beyond the takings: the person's reprints and the Z report's signature lines. */
export const shiftReport = {
  shiftReport: {
    reprints: '补打票数',
    voided: '其中挂失作废原票',
    exchanges: '电子票换纸质票',
    signClerk: '售票员签字',
    signManager: '经理复核签字',
    signDate: '日期',
  },
};
