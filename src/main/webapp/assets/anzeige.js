// Waiting-room display: the latest calls of one location, live from the display stream. On opening
// the stream first sends today's latest calls, so the screen is never blank; a number called again
// moves to the top instead of appearing twice. The browser's EventSource reconnects by itself and
// resumes after the last call it saw. An optional gong (Web Audio) sounds for new calls; browsers
// allow sound only after a person's gesture, hence the button.
import { texts, t, el, api } from './common.js';

texts({ title: 'Call display – citizen services', heading: 'Now calling', connecting: 'Connecting …', callsLabel: 'Called numbers',
  live: 'Live', reconnecting: 'Connection lost – reconnecting …', counter: 'Counter', soundOn: 'Turn sound on', soundOff: 'Turn sound off',
  again: 'called again' });

const SHOWN = 6;
const params = new URLSearchParams(location.search);
const locationId = params.get('location') || 'mitte';
const calls = document.getElementById('calls');
const state = document.getElementById('state');
const soundButton = document.getElementById('sound');

// the service centre's name, not its id (the list of locations is public)
api('GET', '/api/locations').then(list => {
  const place = list.find(l => l.id === locationId);
  document.getElementById('place').textContent = place ? '– ' + place.name : '';
}).catch(() => {});

let audio = null;

soundButton.addEventListener('click', () => {
  const on = soundButton.getAttribute('aria-pressed') !== 'true';
  if (on && !audio) {
    const Context = window.AudioContext || window.webkitAudioContext;
    audio = Context ? new Context() : null;
  }
  if (audio && on) audio.resume();
  soundButton.setAttribute('aria-pressed', String(on));
  soundButton.textContent = on ? t('Ton ausschalten', 'soundOff') : t('Ton einschalten', 'soundOn');
  if (on) gong();
});

/** Two soft tones, like the gong of a waiting room. */
function gong() {
  if (!audio || soundButton.getAttribute('aria-pressed') !== 'true') return;
  const start = audio.currentTime;
  [[660, 0], [523, 0.45]].forEach(([frequency, delay]) => {
    const tone = audio.createOscillator();
    const volume = audio.createGain();
    tone.type = 'sine';
    tone.frequency.value = frequency;
    volume.gain.setValueAtTime(0.0001, start + delay);
    volume.gain.exponentialRampToValueAtTime(0.4, start + delay + 0.03);
    volume.gain.exponentialRampToValueAtTime(0.0001, start + delay + 1.2);
    tone.connect(volume).connect(audio.destination);
    tone.start(start + delay);
    tone.stop(start + delay + 1.3);
  });
}

const stream = new EventSource('/api/locations/' + encodeURIComponent(locationId) + '/display');
stream.addEventListener('connected', () => { state.textContent = t('Live', 'live'); });
stream.addEventListener('call', event => {
  const call = JSON.parse(event.data);
  // one row per number: a recall moves the number's row to the top
  const before = [...calls.children].find(li => li.dataset.number === call.number);
  const times = before ? Number(before.dataset.calls) + 1 : 1;
  if (before) before.remove();
  calls.prepend(el('li', { 'data-number': call.number, 'data-calls': times },
    el('span', { className: 'number' }, call.number), ' ',
    el('span', { className: 'counter' }, t('Schalter', 'counter') + ' ' + call.counter)));
  while (calls.children.length > SHOWN) calls.lastElementChild.remove();
  if (!call.earlier) gong();
});
stream.addEventListener('error', () => { state.textContent = t('Verbindung unterbrochen – neuer Versuch …', 'reconnecting'); });
