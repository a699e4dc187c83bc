// The QR code renderer, a bundle of its own (dist/qr.cjs): only a step that shows a link as a QR
// code loads it, so the first question does not wait for it.
export { renderUnicodeCompact } from 'uqr';
