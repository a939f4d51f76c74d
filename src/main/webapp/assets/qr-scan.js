// Reads the QR code of an appointment confirmation with the device's camera and checks its
// Ed25519 signature here, without the server, exactly as the offline verification page does:
// "AP1.<base64url JSON>.<base64url signature>", the signature over "AP1.<base64url JSON>".
// The decoder (jsQR, Apache-2.0, vendored in assets/vendor/jsqr) is loaded only when a scan starts.

const bytes = base64 => {
  const normal = base64.replace(/-/g, '+').replace(/_/g, '/');
  return Uint8Array.from(atob(normal + '==='.slice((normal.length + 3) % 4)), c => c.charCodeAt(0));
};

/**
 * The confirmation's content ({code, unit, location, start, initials}) if genuine, null if not, and
 * {unsupported: true} when this browser cannot check Ed25519 signatures (a genuine code is not forged).
 */
export async function verifyConfirmation(payload, publicKeySpki) {
  if (!publicKeySpki) return null;
  const parts = String(payload).trim().split('.');
  if (parts.length !== 3 || parts[0] !== 'AP1') return null;
  let key;
  try {
    key = await crypto.subtle.importKey('spki', bytes(publicKeySpki), { name: 'Ed25519' }, false, ['verify']);
  } catch (failure) {
    // a browser without Ed25519 says NotSupportedError; a damaged key in the copy is no check either
    return failure && failure.name === 'NotSupportedError' ? { unsupported: true } : null;
  }
  try {
    const signed = new TextEncoder().encode(parts[0] + '.' + parts[1]);
    if (!await crypto.subtle.verify({ name: 'Ed25519' }, key, bytes(parts[2]), signed)) return null;
    return JSON.parse(new TextDecoder().decode(bytes(parts[1])));
  } catch (notGenuine) {
    return null;
  }
}

let stream = null;
let timer = null;

/**
 * Shows the camera in {@code video} and calls {@code onText(text)} with the first QR code read;
 * throws when there is no camera or the clerk did not allow it.
 */
export async function startScan(video, onText) {
  stopScan(video);
  await import('./vendor/jsqr/jsQR.js');
  stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
  video.srcObject = stream;
  await video.play();
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  timer = setInterval(() => {
    if (!video.videoWidth) return;
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    context.drawImage(video, 0, 0);
    const image = context.getImageData(0, 0, canvas.width, canvas.height);
    const code = self.jsQR(image.data, image.width, image.height, { inversionAttempts: 'attemptBoth' });
    if (code && code.data) {
      stopScan(video);
      onText(code.data);
    }
  }, 250);
}

export function stopScan(video) {
  clearInterval(timer);
  timer = null;
  if (stream) stream.getTracks().forEach(track => track.stop());
  stream = null;
  if (video) video.srcObject = null;
}
