/** gateConcession: what the gate checks of a concession ticket (学生, 老年 …; issue 20), Simplified Chinese. */
export const gateConcession = {
  gateConcession: {
    ticketName: '{{name}}票',
    band: {
      gate: '{{ticket}} · 查验{{name}}证件',
      idAge: '{{ticket}} · 查验身份证（{{bounds}}）',
      ageFits: '{{ticket}} · 身份证 {{age}} 岁，符合',
    },
    bounds: { min: '≥{{min}} 岁', max: '<{{max}} 岁', both: '{{min}}–{{last}} 岁' },
    rule: { min: '年满 {{min}} 周岁', max: '未满 {{max}} 周岁', both: '年满 {{min}} 周岁且未满 {{max}} 周岁' },
    word: '优惠不符',
    reason: '{{ticket}}须{{rule}}：此证件持有人在演出当日 {{age}} 岁。请持票人到售票处补差价。',
  },
};
