/** sell: the box-office window, Simplified Chinese. */
export const sell = {
  seatMap: {
    tools: '座位图工具',
    zoomIn: '放大',
    zoomOut: '缩小',
    fit: '全景',
    hint: '点击选座 · 拖动框选 · 右键拖动平移 · 滚轮缩放',
    label: '座位图，共 {{count}} 个座位。方向键移动，空格选座',
    keyboardHint: '用方向键在座位间移动，空格或回车选择／取消',
    seat: '{{floor}} {{area}} {{row}}排 {{seat}}号 · {{tier}} {{price}} · {{state}}',
    accessible: '无障碍座位',
    legend: '图例',
    states: {
      available: '可售',
      held: '他人选座中',
      held_by_me: '我已选',
      sold: '已售',
      reserved: '预留',
      blocked: '不可售',
    },
  },
};
