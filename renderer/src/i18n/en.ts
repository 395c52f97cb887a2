import type { Messages } from './zh-CN';
import { common } from './en/common';
import { manage } from './en/manage';
import { sell } from './en/sell';

export const en: Messages = { ...common, ...manage, ...sell };
