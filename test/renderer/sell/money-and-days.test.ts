import { test } from 'node:test';
import assert from 'node:assert/strict';
import { yuanInputText } from '../../../renderer/src/sell/money';
import { parseYuan } from '../../../renderer/src/format';
import { DAY, groupSessions } from '../../../renderer/src/sell/sessions/day';
import { chinaDateTime as formatMinute, startOfChinaDay } from '../../../electron/china-time';
import { findQueries } from '../../../renderer/src/sell/orders/find-query';
import { sellScreen } from '../../../renderer/src/sell/sell-route';
import { session } from './fixtures';

test('amounts typed in yuan become integer fen, and anything else is not an amount', () => {
  assert.equal(parseYuan('580'), 58_000);
  assert.equal(parseYuan('580.5'), 58_050);
  assert.equal(parseYuan('¥1,000.05'), 100_005);
  assert.equal(parseYuan('５８０'), 58_000, 'full-width digits from a Chinese input method');
  assert.equal(parseYuan('100元'), 10_000);
  assert.equal(parseYuan(''), null);
  assert.equal(parseYuan('5.555'), null);
  assert.equal(parseYuan('-5'), null);
  assert.equal(parseYuan('abc'), null);
  assert.equal(yuanInputText(58_000), '580');
  assert.equal(yuanInputText(58_050), '580.50');
});

test('the box office day is China time, whatever the clock of the PC', () => {
  const lateEvening = Date.UTC(2026, 5, 18, 15, 59); // 23:59 in Beijing
  assert.equal(startOfChinaDay(lateEvening), Date.UTC(2026, 5, 17, 16, 0));
  assert.equal(startOfChinaDay(lateEvening + 60_000), Date.UTC(2026, 5, 18, 16, 0), 'midnight in Beijing starts the next day');
  assert.equal(formatMinute(Date.UTC(2026, 5, 18, 11, 30)), '2026-06-18 19:30');
});

test('sessions are grouped into today and upcoming, in start order, and filtered by words', () => {
  const now = Date.UTC(2026, 5, 18, 2, 0);
  const today = startOfChinaDay(now);
  const list = [
    session({ id: 'later', startsAt: today + DAY + 3_600_000, performanceName: '城市民谣音乐节' }),
    session({ id: 'tonight', startsAt: today + 19 * 3_600_000 }),
    session({ id: 'morning', startsAt: today + 10 * 3_600_000, hallName: '多功能厅' }),
  ];
  const groups = groupSessions(list, now, '');
  assert.deepEqual(groups.today.map((s) => s.id), ['morning', 'tonight']);
  assert.deepEqual(groups.upcoming.map((s) => s.id), ['later']);
  assert.deepEqual(groupSessions(list, now, '民谣').upcoming.map((s) => s.id), ['later']);
  assert.deepEqual(groupSessions(list, now, '多功能').today.map((s) => s.id), ['morning']);
  assert.equal(groupSessions(list, now, '雷雨 多功能').today.length, 1, 'every word must match');
});

test('a scanned or typed value is read as the kind of search its shape says', () => {
  assert.deepEqual(findQueries('auto', 'abcd-efgh-jkmn-pqrs'), [{ by: 'ticketCode', value: 'ABCDEFGHJKMNPQRS' }]);
  assert.deepEqual(findQueries('auto', '26061800001'), [{ by: 'orderNumber', value: '26061800001' }]);
  assert.deepEqual(findQueries('auto', '12345X'), [{ by: 'idLast', value: '12345X' }]);
  assert.deepEqual(findQueries('auto', '123x'), [{ by: 'idLast', value: '123X' }]);
  assert.deepEqual(
    findQueries('auto', '5678'),
    [
      { by: 'phoneLast', value: '5678' },
      { by: 'idLast', value: '5678' },
    ],
    'four digits may end a phone or an ID: both are asked',
  );
  assert.deepEqual(findQueries('phoneLast', ' 5678 '), [{ by: 'phoneLast', value: '5678' }]);
});

test('the sell section reads its screen from the URL', () => {
  assert.deepEqual(sellScreen(''), { kind: 'sessions' });
  assert.deepEqual(sellScreen('session/ses_1'), { kind: 'sale', sessionId: 'ses_1' });
  assert.deepEqual(sellScreen('orders/ord_9'), { kind: 'orders', orderId: 'ord_9' });
  assert.deepEqual(sellScreen('orders'), { kind: 'orders', orderId: null });
  assert.deepEqual(sellScreen('shift'), { kind: 'shift' });
  assert.deepEqual(sellScreen('nonsense'), { kind: 'sessions' });
});
