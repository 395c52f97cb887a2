import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ticketHtml, ticketSheetHtml, type TicketLabels } from '../../../renderer/src/sell/print/ticket-html';
import { reportSheetHtml, type ReportLabels } from '../../../renderer/src/sell/print/report-html';
import { escapeHtml, printDocument } from '../../../renderer/src/sell/print/html';
import { qrSvgs } from '../../../renderer/src/sell/print/qr';
import type { ShiftReport } from '../../../electron/server/contract';
import { ticket } from './fixtures';

const labels: TicketLabels = {
  title: '演出票',
  time: '演出时间',
  venue: '演出场所',
  seat: '座位',
  price: '票价',
  holder: '持票人',
  code: '票码',
  approval: '批文号',
  order: '订单号',
  electronic: '电子票',
  footer: '凭二维码入场',
  ticketType: (type) => ({ regular: '普通票', complimentary: '赠票', staff: '工作票' })[type],
  printCount: (count) => `第 ${count} 次打印`,
  training: null,
  concession: (name: string, paid: string) => `${name}票 实付 ${paid}`,
  proofAtGate: '入场查验证件',
  packageShare: (name: string, share: string) => `套票 ${name} · 分摊 ${share}`,
};

test('a printed ticket carries the standard’s ticket content (§3.19) and its QR code', () => {
  const html = ticketHtml(ticket(), '<svg data-qr="1"></svg>', labels);
  for (const text of ['雷雨', '2026-06-18 19:30 今晚场', '星河大剧院 · 歌剧厅', '1层 中区 5排 12号', '¥880.00 · VIP票', 'ABCD-EFGH-JKMN-PQRS', '张*', '沪文旅演〔2025〕0618号', '26061800001']) {
    assert.ok(html.includes(text), `the ticket shows ${text}`);
  }
  assert.ok(html.includes('<svg data-qr="1"></svg>'));
  assert.ok(!html.includes('赠票'), 'a regular ticket says nothing of its type');
  assert.ok(!html.includes('次打印'), 'the first print is not marked');
  assert.ok(!/style=/.test(html), 'no style attributes: the window’s CSP would drop them');
});

test('a reprint, a complimentary ticket and an unseated ticket say so', () => {
  const html = ticketHtml(ticket({ printCount: 2, ticketType: 'complimentary', seat: null, seatText: '不对号入座', holderName: null }), '', labels);
  assert.ok(html.includes('第 2 次打印'));
  assert.ok(html.includes('赠票'));
  assert.ok(html.includes('不对号入座'));
  assert.ok(!html.includes('持票人'), 'no holder line without a named holder');
});

test('a ticket of a package names the package and its share of the package price', () => {
  assert.ok(ticketHtml(ticket({ packageName: '雷雨三场套票', amountFen: 13_500 }), '', labels).includes('套票 雷雨三场套票 · 分摊 ¥135.00'));
  assert.ok(!ticketHtml(ticket(), '', labels).includes('套票'), 'a ticket sold alone says nothing of packages');
});

test('while reports go to the sandbox, a ticket carries the training mark (票样 · 培训); on the platform it does not', () => {
  const training = ticketHtml(ticket(), '', { ...labels, training: '票样 · 培训' });
  assert.match(training, /<p class="training-mark">票样 · 培训<\/p>/);
  assert.ok(!ticketHtml(ticket(), '', labels).includes('training-mark'));
});

test('everything printed is escaped', () => {
  assert.equal(escapeHtml(`<b>"A&B"</b>'`), '&#60;b&#62;&#34;A&#38;B&#34;&#60;/b&#62;&#39;');
  const html = ticketHtml(ticket({ performanceName: '<script>x</script>' }), '', labels);
  assert.ok(!html.includes('<script>'));
});

test('a sheet has one ticket per code, for its paper; the desktop document carries its own style', async () => {
  const tickets = [ticket(), ticket({ orderLineId: 'tko_2', qrPayload: 'ZZZZ', ticketCodeText: 'ZZZZ' })];
  const qr = await qrSvgs(tickets.map((t) => t.qrPayload));
  assert.equal(qr.size, 2);
  assert.match(qr.get('ZZZZ') ?? '', /^<svg/);
  const sheet = ticketSheetHtml(tickets, qr, labels, 'thermal80');
  assert.equal(sheet.match(/<article class="ticket">/g)?.length, 2);
  assert.ok(sheet.startsWith('<div class="ticket-sheet paper-thermal80">'));
  const doc = printDocument(sheet, '.ticket{color:#000}', 'zh-CN');
  assert.ok(doc.startsWith('<!doctype html><html lang="zh-CN">'));
  assert.ok(doc.includes('<style>.ticket{color:#000}</style>'));
});

test('a Z report lists sales, refunds and takings per method and the counted cash against the expected', () => {
  const byMethod = { cash: { count: 2, fen: 126_000 }, card: { count: 1, fen: 38_000 }, mobile: { count: 0, fen: 0 } };
  const report: ShiftReport = {
    kind: 'Z',
    shiftId: 'sft_1',
    userId: 'usr_1',
    username: 'clerk',
    personName: '李售票',
    openedAt: Date.UTC(2026, 5, 18, 1),
    closedAt: Date.UTC(2026, 5, 18, 9),
    generatedAt: Date.UTC(2026, 5, 18, 9),
    floatFen: 50_000,
    sales: { orders: 3, tickets: 5, totalFen: 164_000, byMethod, complimentaryTickets: 1, staffTickets: 0 },
    refunds: { refunds: 1, tickets: 1, totalFen: 38_000, byMethod: { cash: { count: 1, fen: 38_000 }, card: { count: 0, fen: 0 }, mobile: { count: 0, fen: 0 } } },
    takings: { cash: 88_000, card: 38_000, mobile: 0, total: 126_000 },
    prints: { reprints: 2, voided: 1, exchanges: 0 },
    expectedCashFen: 138_000,
    countedCashFen: 137_000,
    differenceFen: -1_000,
  };
  const money = (fen: number) => `¥${(fen / 100).toFixed(2)}`;
  const reportLabels: ReportLabels = {
    ...Object.fromEntries(['title', 'clerk', 'openedAt', 'closedAt', 'generatedAt', 'floatFen', 'method', 'sales', 'refunds', 'takings', 'count', 'amount', 'total', 'orders', 'tickets', 'complimentary', 'staff', 'expectedCash', 'countedCash', 'difference', 'reprints', 'voided', 'exchanges', 'signClerk', 'signManager', 'signDate'].map((k) => [k, `[${k}]`])),
    methodName: (method) => method,
    money,
    time: (ms) => new Date(ms).toISOString(),
  } as ReportLabels;
  const html = reportSheetHtml(report, reportLabels, 'a4');
  for (const text of ['<dd>李售票</dd>', '<dt>[reprints]</dt><dd>2</dd>', '<dt>[voided]</dt><dd>1</dd>', '<span>[signClerk]</span>', '<span>[signManager]</span>', '[closedAt]', '<td>cash</td><td>2 / ¥1260.00</td><td>1 / ¥380.00</td><td>¥880.00</td>', '¥1380.00', '¥1370.00', '¥-10.00', '<tr class="report-total"><th scope="row">[total]</th><td>3 / ¥1640.00</td>']) {
    assert.ok(html.includes(text), `the report shows ${text}`);
  }
  const x = reportSheetHtml({ ...report, kind: 'X', closedAt: null, countedCashFen: null, differenceFen: null }, reportLabels, 'thermal80');
  assert.ok(!x.includes('[closedAt]') && !x.includes('[countedCash]'), 'an X report has no closing or counted cash');
  assert.ok(!x.includes('[signClerk]'), 'only the Z report (the handover) has signature lines');
  assert.ok(!html.includes('<dd>clerk</dd>'), 'the person’s name, not their login');
  assert.ok(!html.includes('training-mark'));
  assert.match(reportSheetHtml(report, { ...reportLabels, training: '培训 · 沙箱数据' }, 'a4'), /<p class="training-mark">培训 · 沙箱数据<\/p>/, 'a Z report of training says so');
});
