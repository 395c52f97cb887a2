/** gateSameId: one ID document, two tickets of one session (一票一证), Simplified Chinese. */
export const gateSameId = {
  gateSameId: {
    entered: '此证件已于 {{time}} 在 {{gate}} 入场',
    warning: '同一证件持有本场另一张票。核对后可放行。',
    refused: '大型演出一证一场只能入场一次，不能再次入场。',
    allow: '仍然放行',
    allowKey: '回车',
  },
};
