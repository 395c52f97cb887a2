/** The first-run checklist: the setup in order, what is done, and the next step. */
export const checklist = {
  checklist: {
    title: '设置清单',
    intro: '按顺序完成以下步骤即可开售。已完成的步骤打 ✓，下一步有按钮直达。',
    ready: '设置已完成，可以开售。',
    open: '打开',
    doneMark: '已完成',
    todoMark: '未完成',
    steps: {
      venue: { title: '1. 场馆', todo: '登记场馆的名称、地址和行政区划。', done: '已有 {{count}} 个场馆。', go: '去登记场馆' },
      hall: { title: '2. 演出厅与座位图', todo: '新增演出厅；有座厅导入座位图（CSV）。', done: '已有 {{count}} 个可售的演出厅。', go: '去新增演出厅' },
      platform: { title: '3. 报送平台', todo: '测试与平台的连接并下载演出类型（培训期间用内置沙箱）。', done: '已下载 {{count}} 个演出类型。', go: '去设置平台' },
      performance: { title: '4. 演出', todo: '登记演出、批文号和实名制要求。', done: '已有 {{count}} 个演出。', go: '去新增演出' },
      session: { title: '5. 场次与票价', todo: '为演出新增场次和票价档。', done: '已有 {{count}} 个场次。', go: '去新增场次' },
      tickets: { title: '6. 生成票', todo: '为场次生成票（座位分配到票档）。', done: '{{count}} 个场次已生成票。', go: '去生成票' },
      users: { title: '7. 售票员与检票员', todo: '为售票员和检票员开设账号。', done: '已有 {{count}} 个售票员或检票员账号。', go: '去开设账号' },
    },
  },
};
