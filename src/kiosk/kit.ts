// The Raspberry Pi kit of one screen (`npm run kiosk -- SCREEN_ID`): pure generators of
// its files, so tests read them without a Pi. Everything runs as the desktop user's
// systemd units (no root once installed): the kiosk browser restarted whenever it
// dies, a watchdog that restarts it when the page stops answering, and timers that
// switch the TV on and off by HDMI-CEC at the screen's hours, in the site's time zone.
import type { Screen, Weekday } from '../model.ts';

/** The flags README.md and docs/kiosk.md document, one reason each there. */
export const CHROMIUM_FLAGS = [
  '--kiosk',
  '--noerrdialogs',
  '--disable-infobars',
  '--no-first-run',
  '--disable-session-crashed-bubble',
  '--check-for-update-interval=31536000',
  '--no-memcheck',
  '--disable-background-networking',
  '--disable-component-update',
  '--password-store=basic',
] as const;

/** The watchdog asks the browser here (loopback only) whether the wall's page answers. */
export const DEBUG_PORT = 9222;

export interface KitFile {
  name: string;
  text: string;
  executable: boolean;
}

const DAY_NAME: Record<Weekday, string> = { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' };
const WEEK: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** `[mon, tue, wed, thu, fri]` → `Mon..Fri`; `[mon, wed]` → `Mon,Wed`; every day → `*`-free (empty). */
export function calendarDays(days: readonly Weekday[] | undefined): string {
  if (!days || days.length === 0 || days.length === 7) return '';
  const idx = WEEK.map((d, i) => (days.includes(d) ? i : -1)).filter((i) => i >= 0);
  const runs: string[] = [];
  for (let k = 0; k < idx.length; ) {
    let end = k;
    while (end + 1 < idx.length && idx[end + 1] === idx[end]! + 1) end++;
    const a = DAY_NAME[WEEK[idx[k]!]!];
    const b = DAY_NAME[WEEK[idx[end]!]!];
    runs.push(end === k ? a : end === k + 1 ? `${a},${b}` : `${a}..${b}`);
    k = end + 1;
  }
  return runs.join(',');
}

const hm = (m: number): string => `${String(Math.floor(m / 60) % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/**
 * The `OnCalendar=` lines that switch the TV on and off, in the site's zone. An
 * overnight range (22:00-06:00) switches off on the morning after each day it is on;
 * an end at 24:00 is midnight, also the next day.
 */
export function tvCalendars(screen: Pick<Screen, 'hours' | 'days'>, timezone: string): { on: string[]; off: string[] } | null {
  if (!screen.hours) return null;
  const { start, end } = screen.hours;
  const spec = (days: readonly Weekday[] | undefined, minutes: number): string => {
    const d = calendarDays(days);
    return `${d ? `${d} ` : ''}*-*-* ${hm(minutes)}:00 ${timezone}`;
  };
  const nextDays = screen.days ? screen.days.map((d) => WEEK[(WEEK.indexOf(d) + 1) % 7]!) : undefined;
  const offNextDay = end <= start || end === 1440;
  return { on: [spec(screen.days, start)], off: [spec(offNextDay ? nextDays : screen.days, end)] };
}

export interface KitOptions {
  screen: Screen;
  timezone: string;
  /** The screen's full address: SITE_URL + wall/<id>/. */
  url: string;
}

const shellQuote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

function launcher(url: string): string {
  return `#!/bin/sh
# miroir kiosk launcher: Chromium full screen on the wall, with a persistent profile
# (the wall's offline copy lives in it: never --incognito).
set -eu
WALL_URL=${shellQuote(url)}
PROFILE="$HOME/.config/miroir-kiosk"
BROWSER=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$BROWSER" ]; then
  echo "miroir: no Chromium found: sudo apt install chromium" >&2
  exit 1
fi
# After a crash or a power cut Chromium would offer to "restore pages": mark the last exit clean.
PREFS="$PROFILE/Default/Preferences"
if [ -f "$PREFS" ]; then
  sed -i -e 's/"exited_cleanly":false/"exited_cleanly":true/' -e 's/"exit_type":"[^"]*"/"exit_type":"Normal"/' "$PREFS"
fi
exec "$BROWSER" \\
${CHROMIUM_FLAGS.map((f) => `  ${f} \\`).join('\n')}
  --user-data-dir="$PROFILE" \\
  --remote-debugging-address=127.0.0.1 \\
  --remote-debugging-port=${DEBUG_PORT} \\
  "$WALL_URL"
`;
}

function watchdog(url: string): string {
  return `#!/bin/sh
# miroir watchdog, run every minute by miroir-watchdog.timer: asks the browser (on the
# loopback only) for its pages. When it does not answer, or the wall's page is gone
# (an error page, a crashed tab), three minutes in a row, the kiosk is restarted.
# A server that is down is not its business: the wall shows its offline copy then.
set -u
WALL_URL=${shellQuote(url)}
STATE="\${XDG_RUNTIME_DIR:-/tmp}/miroir-watchdog.failures"
pages=$(curl -fsS --max-time 10 http://127.0.0.1:${DEBUG_PORT}/json/list 2>/dev/null || true)
case "$pages" in
  *"\\"url\\": \\"$WALL_URL"*|*"\\"url\\":\\"$WALL_URL"*) echo 0 > "$STATE"; exit 0 ;;
esac
failures=$(( $(cat "$STATE" 2>/dev/null || echo 0) + 1 ))
echo "$failures" > "$STATE"
echo "miroir watchdog: the wall's page does not answer ($failures)"
if [ "$failures" -ge 3 ]; then
  echo 0 > "$STATE"
  systemctl --user restart miroir-kiosk.service
fi
`;
}

const TV = `#!/bin/sh
# miroir TV power by HDMI-CEC: \`miroir-tv on\` or \`miroir-tv off\`. cec-ctl (v4l-utils)
# first, else cec-client (libcec). The user must be in the \`video\` group (pi is).
set -eu
action="\${1:-}"
case "$action" in on|off) ;; *) echo "usage: miroir-tv on|off" >&2; exit 2 ;; esac
if command -v cec-ctl >/dev/null 2>&1; then
  cec-ctl --playback >/dev/null
  if [ "$action" = on ]; then
    # Image View On wakes the TV and, on most sets, switches it to this input.
    cec-ctl --to 0 --image-view-on
  else
    cec-ctl --to 0 --standby
  fi
elif command -v cec-client >/dev/null 2>&1; then
  if [ "$action" = on ]; then echo "on 0" | cec-client -s -d 1; else echo "standby 0" | cec-client -s -d 1; fi
else
  echo "miroir: neither cec-ctl nor cec-client: sudo apt install v4l-utils" >&2
  exit 1
fi
`;

const KIOSK_SERVICE = `[Unit]
Description=miroir wall (Chromium in kiosk mode)
# Never give up restarting, however often the browser dies.
StartLimitIntervalSec=0

[Service]
ExecStart=%h/.local/bin/miroir-kiosk
Restart=always
RestartSec=5
# No [Install]: the desktop session starts it once the display exists (docs/kiosk.md, step 4).
`;

const WATCHDOG_SERVICE = `[Unit]
Description=miroir watchdog: restarts the kiosk when the wall's page stops answering

[Service]
Type=oneshot
ExecStart=%h/.local/bin/miroir-watchdog
`;

const WATCHDOG_TIMER = `[Unit]
Description=miroir watchdog, every minute

[Timer]
OnBootSec=3min
OnUnitActiveSec=1min
AccuracySec=10s

[Install]
WantedBy=timers.target
`;

const tvService = (action: 'on' | 'off'): string => `[Unit]
Description=miroir: switch the TV ${action} by HDMI-CEC

[Service]
Type=oneshot
ExecStart=%h/.local/bin/miroir-tv ${action}
`;

const tvTimer = (action: 'on' | 'off', calendars: string[], hours: string): string => `[Unit]
Description=miroir: switch the TV ${action} (hours ${hours})

[Timer]
${calendars.map((c) => `OnCalendar=${c}`).join('\n')}
AccuracySec=30s

[Install]
WantedBy=timers.target
`;

function installer(tv: boolean): string {
  const units = ['miroir-kiosk.service', 'miroir-watchdog.service', 'miroir-watchdog.timer', ...(tv ? ['miroir-tv-on.service', 'miroir-tv-on.timer', 'miroir-tv-off.service', 'miroir-tv-off.timer'] : [])];
  const timers = ['miroir-watchdog.timer', ...(tv ? ['miroir-tv-on.timer', 'miroir-tv-off.timer'] : [])];
  return `#!/bin/sh
# Installs this screen's kit for the desktop user: run it on the Pi, from this folder,
# as that user (not with sudo). See docs/kiosk.md.
set -eu
cd "$(dirname "$0")"
mkdir -p "$HOME/.local/bin" "$HOME/.config/systemd/user"
for f in miroir-kiosk miroir-watchdog miroir-tv; do install -m 755 "$f" "$HOME/.local/bin/$f"; done
for f in ${units.join(' ')}; do install -m 644 "$f" "$HOME/.config/systemd/user/$f"; done
# The user's timers run from boot, before anyone logs in.
loginctl enable-linger "$USER" || sudo loginctl enable-linger "$USER"
systemctl --user daemon-reload
systemctl --user enable --now ${timers.join(' ')}
echo "Installed. Start the kiosk with the desktop (docs/kiosk.md, step 4), then reboot."
`;
}

export function kioskKit(opts: KitOptions): KitFile[] {
  const { screen, timezone, url } = opts;
  const calendars = tvCalendars(screen, timezone);
  const files: KitFile[] = [
    { name: 'miroir-kiosk', text: launcher(url), executable: true },
    { name: 'miroir-watchdog', text: watchdog(url), executable: true },
    { name: 'miroir-tv', text: TV, executable: true },
    { name: 'miroir-kiosk.service', text: KIOSK_SERVICE, executable: false },
    { name: 'miroir-watchdog.service', text: WATCHDOG_SERVICE, executable: false },
    { name: 'miroir-watchdog.timer', text: WATCHDOG_TIMER, executable: false },
  ];
  if (calendars) {
    const hours = screen.hours!.text;
    files.push(
      { name: 'miroir-tv-on.service', text: tvService('on'), executable: false },
      { name: 'miroir-tv-on.timer', text: tvTimer('on', calendars.on, hours), executable: false },
      { name: 'miroir-tv-off.service', text: tvService('off'), executable: false },
      { name: 'miroir-tv-off.timer', text: tvTimer('off', calendars.off, hours), executable: false },
    );
  }
  files.push({ name: 'install.sh', text: installer(calendars !== null), executable: true });
  return files;
}
