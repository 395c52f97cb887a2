import type { Messages } from '../zh-CN';
import type { sell as zh } from '../zh-CN/sell';

export const sell: Pick<Messages, keyof typeof zh> = {
  seatMap: {
    tools: 'Seat map tools',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fit: 'Whole hall',
    hint: 'Click to pick · drag a box · right-drag to pan · wheel to zoom',
    label: 'Seat map, {{count}} seats. Arrow keys move, Space picks',
    keyboardHint: 'Arrow keys move between seats; Space or Enter picks or drops one',
    seat: '{{floor}} {{area}} row {{row}} seat {{seat}} · {{tier}} {{price}} · {{state}}',
    accessible: 'Accessible seat',
    legend: 'Legend',
    states: {
      available: 'For sale',
      held: 'Being chosen elsewhere',
      held_by_me: 'Picked by me',
      sold: 'Sold',
      reserved: 'Reserved',
      blocked: 'Not for sale',
    },
  },
};
