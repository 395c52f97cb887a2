/** A two-level performance type (演出类型), as the platform's type list returns it. */
export interface SeedType {
  typeId: number;
  typeName: string;
  children: [number, string][];
}

// First-level ids are two digits; a second-level id is its parent's id followed by two digits,
// so 1001 (the standard's example id) is the first kind of concert.
export const SEED_TYPES: SeedType[] = [
  { typeId: 10, typeName: '音乐会', children: [[1001, '交响乐'], [1002, '室内乐'], [1003, '民族器乐'], [1004, '独奏/独唱音乐会'], [1005, '合唱'], [1006, '爵士乐']] },
  { typeId: 11, typeName: '演唱会', children: [[1101, '流行演唱会'], [1102, '摇滚'], [1103, '民谣'], [1104, '音乐节'], [1105, 'Livehouse演出']] },
  { typeId: 12, typeName: '话剧', children: [[1201, '大剧场话剧'], [1202, '小剧场话剧'], [1203, '实验戏剧'], [1204, '独角戏'], [1205, '沉浸式戏剧']] },
  { typeId: 13, typeName: '音乐剧', children: [[1301, '原创音乐剧'], [1302, '原版引进音乐剧'], [1303, '中文版音乐剧']] },
  { typeId: 14, typeName: '歌剧', children: [[1401, '西洋歌剧'], [1402, '民族歌剧']] },
  { typeId: 15, typeName: '舞蹈', children: [[1501, '芭蕾舞'], [1502, '现代舞'], [1503, '民族舞剧'], [1504, '舞蹈诗']] },
  { typeId: 16, typeName: '戏曲', children: [[1601, '京剧'], [1602, '昆曲'], [1603, '越剧'], [1604, '黄梅戏'], [1605, '豫剧'], [1606, '粤剧'], [1607, '川剧'], [1608, '评剧']] },
  { typeId: 17, typeName: '曲艺', children: [[1701, '相声'], [1702, '评书'], [1703, '评弹'], [1704, '二人转'], [1705, '快板']] },
  { typeId: 18, typeName: '杂技', children: [[1801, '杂技'], [1802, '魔术'], [1803, '马戏']] },
  { typeId: 19, typeName: '儿童剧', children: [[1901, '儿童剧'], [1902, '木偶剧'], [1903, '皮影戏']] },
  { typeId: 20, typeName: '综艺及其他', children: [[2001, '综艺晚会'], [2002, '脱口秀'], [2003, '多媒体演出']] },
];
