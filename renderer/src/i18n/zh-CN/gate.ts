/** gate: the ticket-checking screen, Simplified Chinese. */
export const gate = {
  gate: {
    scanLabel: '扫码或输入票码',
    scanPlaceholder: '请扫描票面二维码',
    check: '检票',
    cameraUnavailable: '此设备的浏览器不支持摄像头扫码，请使用扫码枪或手动输入。',
    cameraDenied: '无法使用摄像头（未授权或被占用）。请使用扫码枪或手动输入。',
    cameraPreview: '摄像头画面',
    cameraClose: '关闭摄像头',
  },
};
