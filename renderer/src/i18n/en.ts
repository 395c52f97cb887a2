import type { Messages } from './zh-CN';
import { common } from './en/common';
import { manage } from './en/manage';
import { sell } from './en/sell';
import { gate } from './en/gate';
import { sync } from './en/sync';
import { large } from './en/large';
import { windowText } from './en/window';

export const en: Messages = { ...common, ...manage, ...sell, ...gate, ...sync, ...large, ...windowText };
