/** A hall of a seeded venue. */
export interface SeedHall {
  hallName: string;
  /** Seats for a seated hall; standing capacity (seatingCapacity) for an unseated one. */
  seats: number;
  hasSeat: 0 | 1;
  managementStatus?: 1 | 2;
  enableState?: 0 | 1;
}

/** A venue of the seeded national directory; its codes are made by the sandbox at seeding. */
export interface SeedVenue {
  venueName: string;
  /** GB/T 2260 district code; province and city are derived from it. */
  districtId: number;
  venueAddress: string;
  venueType: string;
  managementCompany: string;
  halls: SeedHall[];
}

const seated = (hallName: string, seats: number, extra: Partial<SeedHall> = {}): SeedHall => ({ hallName, seats, hasSeat: 1, ...extra });
const standing = (hallName: string, seats: number): SeedHall => ({ hallName, seats, hasSeat: 0 });

// Real venues in real districts, so region pickers and fuzzy search behave as they will on the
// platform. Seat counts are approximate and the codes are the sandbox's own.
export const SEED_VENUES: SeedVenue[] = [
  { venueName: '首都剧场', districtId: 110101, venueAddress: '北京市东城区王府井大街22号', venueType: '剧场', managementCompany: '北京人民艺术剧院', halls: [seated('首都剧场', 927), seated('人艺实验剧场', 300), seated('曹禺剧场', 500)] },
  { venueName: 'MAO Livehouse北京', districtId: 110101, venueAddress: '北京市东城区鼓楼东大街111号', venueType: 'Livehouse', managementCompany: '北京猫现场文化传播有限公司', halls: [] },
  { venueName: '国家大剧院', districtId: 110102, venueAddress: '北京市西城区西长安街2号', venueType: '剧院', managementCompany: '国家大剧院', halls: [seated('歌剧院', 2398), seated('音乐厅', 2019), seated('戏剧场', 1035), seated('小剧场', 556)] },
  { venueName: '德云社天桥剧场', districtId: 110102, venueAddress: '北京市西城区北纬路甲1号', venueType: '剧场', managementCompany: '北京德云社文化传播有限公司', halls: [seated('天桥剧场', 300)] },
  { venueName: '五棵松体育馆', districtId: 110108, venueAddress: '北京市海淀区复兴路69号', venueType: '体育馆', managementCompany: '北京五棵松文化体育中心有限公司', halls: [seated('主馆', 18000), standing('HI-ARENA', 3000)] },
  { venueName: '上海大剧院', districtId: 310101, venueAddress: '上海市黄浦区人民大道300号', venueType: '剧院', managementCompany: '上海大剧院艺术中心', halls: [seated('大剧场', 1631), seated('中剧场', 575), seated('小剧场', 220)] },
  { venueName: '上海东方艺术中心', districtId: 310115, venueAddress: '上海市浦东新区丁香路425号', venueType: '剧院', managementCompany: '上海东方艺术中心管理有限公司', halls: [seated('交响乐厅', 1953), seated('歌剧厅', 1015), seated('演奏厅', 333)] },
  { venueName: '梅赛德斯-奔驰文化中心', districtId: 310115, venueAddress: '上海市浦东新区世博大道1200号', venueType: '体育馆', managementCompany: '上海东方明珠文化发展有限公司', halls: [seated('主场馆', 18000), standing('音乐俱乐部', 1000)] },
  { venueName: '深圳湾体育中心', districtId: 440305, venueAddress: '广东省深圳市南山区滨海大道3001号', venueType: '体育馆', managementCompany: '深圳湾体育中心运营管理有限公司', halls: [seated('体育馆', 13000), seated('游泳馆', 3000, { managementStatus: 2 })] },
  { venueName: '深圳保利剧院', districtId: 440305, venueAddress: '广东省深圳市南山区后海滨路', venueType: '剧院', managementCompany: '保利剧院管理有限公司', halls: [seated('大剧场', 1500)] },
  { venueName: '深圳音乐厅', districtId: 440304, venueAddress: '广东省深圳市福田区福中一路2016号', venueType: '音乐厅', managementCompany: '深圳音乐厅运营管理有限公司', halls: [seated('演奏大厅', 1680), seated('小演奏厅', 400)] },
  { venueName: '广州大剧院', districtId: 440106, venueAddress: '广东省广州市天河区珠江西路1号', venueType: '剧院', managementCompany: '广州大剧院有限公司', halls: [seated('歌剧厅', 1804), seated('实验剧场', 443)] },
  { venueName: '成都城市音乐厅', districtId: 510107, venueAddress: '四川省成都市武侯区一环路南二段1号', venueType: '音乐厅', managementCompany: '成都城市音乐厅运营管理有限公司', halls: [seated('歌剧厅', 1600), seated('音乐厅', 1400), seated('戏剧厅', 1000, { enableState: 0 })] },
  { venueName: '四川大剧院', districtId: 510105, venueAddress: '四川省成都市青羊区天府广场东侧', venueType: '剧院', managementCompany: '四川大剧院运营管理有限公司', halls: [seated('大剧场', 1601), seated('小剧场', 450)] },
  { venueName: '黄龙体育中心体育馆', districtId: 330106, venueAddress: '浙江省杭州市西湖区黄龙路1号', venueType: '体育馆', managementCompany: '浙江省黄龙体育中心', halls: [seated('体育馆', 8000)] },
  { venueName: '杭州大剧院', districtId: 330102, venueAddress: '浙江省杭州市上城区新业路39号', venueType: '剧院', managementCompany: '杭州大剧院管理有限公司', halls: [seated('歌剧院', 1600), seated('音乐厅', 600), standing('多功能厅', 400)] },
  { venueName: '江苏大剧院', districtId: 320105, venueAddress: '江苏省南京市建邺区江东中路3号', venueType: '剧院', managementCompany: '江苏大剧院管理有限公司', halls: [seated('歌剧厅', 2300), seated('音乐厅', 1500), seated('戏剧厅', 1000), seated('综艺厅', 2700)] },
  { venueName: '武汉琴台大剧院', districtId: 420105, venueAddress: '湖北省武汉市汉阳区月湖街知音大道', venueType: '剧院', managementCompany: '武汉琴台大剧院管理有限公司', halls: [seated('大剧场', 1800), seated('琴台音乐厅', 1600)] },
  { venueName: '重庆国泰艺术中心', districtId: 500103, venueAddress: '重庆市渝中区临江支路2号', venueType: '剧院', managementCompany: '重庆国泰艺术中心管理有限公司', halls: [seated('大剧场', 880), seated('音乐厅', 400)] },
  { venueName: '陕西大剧院', districtId: 610113, venueAddress: '陕西省西安市雁塔区曲江新区芙蓉西路', venueType: '剧院', managementCompany: '陕西大剧院管理有限公司', halls: [seated('歌剧厅', 2000), seated('音乐厅', 800)] },
];
