// Waiting-room display: the latest calls of one location, live from the display stream. The
// browser's EventSource reconnects by itself and resumes after the last call it saw.
import { texts, t, el } from './common.js';

texts({ title: 'Call display – citizen services', heading: 'Now calling', connecting: 'Connecting …', callsLabel: 'Called numbers',
  live: 'Live', reconnecting: 'Connection lost – reconnecting …', counter: 'Counter' });

const params = new URLSearchParams(location.search);
const locationId = params.get('location') || 'mitte';
document.getElementById('place').textContent = '– ' + locationId;
const calls = document.getElementById('calls');
const state = document.getElementById('state');

const stream = new EventSource('/api/locations/' + encodeURIComponent(locationId) + '/display');
stream.addEventListener('connected', () => { state.textContent = t('Live', 'live'); });
stream.addEventListener('call', event => {
  const call = JSON.parse(event.data);
  calls.prepend(el('li', { 'data-number': call.number },
    el('span', { className: 'number' }, call.number),
    el('span', { className: 'counter' }, t('Schalter', 'counter') + ' ' + call.counter)));
  while (calls.children.length > 6) calls.lastElementChild.remove();
});
stream.addEventListener('error', () => { state.textContent = t('Verbindung unterbrochen – neuer Versuch …', 'reconnecting'); });
