import { gb11643CheckChar } from '../personal-data/id-document';

const SURNAMES = Array.from('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤');
const GIVEN = Array.from('伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国玉兰志强红梅海燕宇航思远子涵梓萱浩然欣怡一鸣雨桐俊杰佳怡');
// District codes (GB/T 2260) of a few big cities, for plausible resident ID numbers.
const DISTRICTS = ['110101', '110105', '310104', '310115', '440305', '440106', '420106', '510107', '330106', '320102'];

export interface DemoPerson {
  name: string;
  idType: 'resident_id';
  idNumber: string;
  phone: string;
}

/** A made-up person with a valid (GB 11643) resident ID number. Nobody real: the numbers are random. */
export function demoPerson(random: () => number): DemoPerson {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const given = random() < 0.6 ? pick(GIVEN) + pick(GIVEN) : pick(GIVEN);
  const year = 1960 + Math.floor(random() * 46);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const first17 = `${pick(DISTRICTS)}${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${String(Math.floor(random() * 1000)).padStart(3, '0')}`;
  const phone = `1${pick(['38', '39', '50', '58', '86', '88'])}${String(Math.floor(random() * 1e8)).padStart(8, '0')}`;
  return { name: pick(SURNAMES) + given, idType: 'resident_id', idNumber: first17 + gb11643CheckChar(first17), phone };
}
