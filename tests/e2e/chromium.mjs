// Debian's Chromium and the flags every test and script launches it with: no
// sandbox (containers), no GPU, and nothing that phones home by itself (so the
// network audits see only Trygg's own requests).
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const LAUNCH = { executablePath: CHROMIUM, args: FLAGS };
/** The viewports screenshots are taken at: tablet both ways, and a phone. */
export const SIZES = { tablet: [768, 1024], landscape: [1024, 768], phone: [390, 844] };
