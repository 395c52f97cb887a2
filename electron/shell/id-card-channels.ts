// The IPC channels of the ID-card reader, shared by the main process (id-card-ipc.ts) and the sandboxed preload.
export const ID_CARD_CHANNELS = { ports: 'boxoffice:idcard-ports', start: 'boxoffice:idcard-start', stop: 'boxoffice:idcard-stop', card: 'boxoffice:idcard-card' } as const;
