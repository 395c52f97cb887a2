/** Editing a session's name, times and hall in the manage screens; a live session's change is confirmed in words. */
export const sessionEdit = {
  sessionEdit: {
    open: '修改',
    title: '修改场次 {{name}}',
    hallLocked: '已生成票：演出厅不能再更换（票按该厅的座位生成）。',
    reported: '修改会向平台报送（场次更新）。',
    save: '保存修改',
    back: '返回修改',
    close: '关闭',
    saved: '场次 {{name}} 已修改，并将报送平台。',
    nothingChanged: '没有改动。',
    liveTitle: '这个场次正在销售',
    liveSold: '已售出 {{count}} 张票。票面印的是原来的信息：请通知已购票的观众。',
    liveOnSale: '目前开售中，尚未售出。',
    liveChanges: '将要修改：',
    change: '{{field}}：{{from}} → {{to}}',
    confirm: '确认修改并报送平台',
    yes: '是',
    no: '否',
  },
};
