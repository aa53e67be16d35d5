// npm run kiosk: the Raspberry Pi kit of one screen, through the real command. Its unit
// files pass `systemd-analyze verify` (skipped only where systemd is not installed).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataFolder, FIXTURES, run, tempDir } from '../helpers/cli.ts';

const SITE = readFileSync(path.join(FIXTURES, 'minimal', 'site.yaml'), 'utf8')
  .replace('wall:\n  slide_seconds: 10\n', 'timezone: Europe/Paris\nwall:\n  slide_seconds: 10\n  hours: "07:30-19:30"\n  days: lun-ven\n')
  .replace('screens:\n', 'screens:\n  - { id: boutique, title: Boutique, hours: "09:00-20:00", days: [tue, wed, thu, fri, sat] }\n');
const hasSystemd = spawnSync('systemd-analyze', ['--version']).status === 0;

function kiosk(args: string[], files: Record<string, string> = { 'site.yaml': SITE }) {
  const dataDir = dataFolder(files);
  return run('kiosk', { dataDir, args, cwd: path.dirname(dataDir) });
}

describe('npm run kiosk', () => {
  it('writes the kit of a weekday screen, at the address from --url, its timers at the screen’s hours', () => {
    const out = path.join(tempDir(), 'kit');
    const r = kiosk(['default', '--url', 'https://murs.example/miroir/', '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'install.sh', 'miroir-kiosk', 'miroir-kiosk.service', 'miroir-tv', 'miroir-tv-off.service', 'miroir-tv-off.timer',
      'miroir-tv-on.service', 'miroir-tv-on.timer', 'miroir-watchdog', 'miroir-watchdog.service', 'miroir-watchdog.timer',
    ]);
    expect(readFileSync(path.join(out, 'miroir-kiosk'), 'utf8')).toContain("WALL_URL='https://murs.example/miroir/wall/'");
    const calendar = (name: string) => readFileSync(path.join(out, name), 'utf8').split('\n').filter((l) => l.startsWith('OnCalendar='));
    // lun-ven, 07:30-19:30: the weekend is skipped.
    expect(calendar('miroir-tv-on.timer')).toEqual(['OnCalendar=Mon..Fri *-*-* 07:30:00 Europe/Paris']);
    expect(calendar('miroir-tv-off.timer')).toEqual(['OnCalendar=Mon..Fri *-*-* 19:30:00 Europe/Paris']);
    expect(statSync(path.join(out, 'miroir-tv')).mode & 0o111).not.toBe(0);
    expect(r.stderr).toContain('11 fichiers écrits');
  });

  it('defaults to kiosk/<id>/ and the origin of poster.url, with the screen’s own hours and days', () => {
    const dataDir = dataFolder({ 'site.yaml': SITE });
    const cwd = path.dirname(dataDir);
    const r = run('kiosk', { dataDir, args: ['boutique'], cwd });
    expect(r.status, r.stderr).toBe(0);
    const out = path.join(cwd, 'kiosk', 'boutique');
    expect(readFileSync(path.join(out, 'miroir-watchdog'), 'utf8')).toContain("WALL_URL='https://intranet.example/wall/boutique/'");
    expect(readFileSync(path.join(out, 'miroir-tv-on.timer'), 'utf8')).toContain('OnCalendar=Tue..Sat *-*-* 09:00:00 Europe/Paris');
  });

  it.skipIf(!hasSystemd)('writes unit files that systemd-analyze verify accepts', () => {
    const dir = tempDir();
    const out = path.join(dir, 'kit');
    expect(kiosk(['boutique', '--out', out]).status).toBe(0);
    // Verified as the desktop user would have them: the scripts in ~/.local/bin.
    const home = path.join(dir, 'home');
    const run_ = path.join(dir, 'run');
    mkdirSync(path.join(home, '.local', 'bin'), { recursive: true });
    mkdirSync(run_, { mode: 0o700 });
    for (const f of ['miroir-kiosk', 'miroir-watchdog', 'miroir-tv']) cpSync(path.join(out, f), path.join(home, '.local', 'bin', f));
    const units = readdirSync(out).filter((f) => /\.(service|timer)$/.test(f)).map((f) => path.join(out, f));
    const v = spawnSync('systemd-analyze', ['verify', '--user', ...units], { encoding: 'utf8', env: { ...process.env, HOME: home, XDG_RUNTIME_DIR: run_ } });
    expect(`${v.stdout}${v.stderr}`).toBe('');
    expect(v.status).toBe(0);
  });

  it('refuses an unknown screen, naming the screens, and writes nothing', () => {
    const dataDir = dataFolder({ 'site.yaml': SITE });
    const cwd = path.dirname(dataDir);
    const r = run('kiosk', { dataDir, args: ['bouttique'], cwd });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('miroir: il n’y a pas d’écran «\u202fbouttique\u202f» dans site.yaml. Écrans possibles\u00a0: default, boutique, lyon. Vouliez-vous dire «\u202fboutique\u202f»\u202f?\n');
    expect(existsSync(path.join(cwd, 'kiosk'))).toBe(false);
  });

  it('stops on a data error before writing anything', () => {
    const dataDir = dataFolder({ 'site.yaml': SITE.replace('hours: "07:30-19:30"', 'hours: "7h30"') });
    const cwd = path.dirname(dataDir);
    const r = run('kiosk', { dataDir, args: ['default'], cwd });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/site\.yaml:\d+:\d+: error: «\u202fhours\u202f» doit s’écrire HH:MM-HH:MM/);
    expect(existsSync(path.join(cwd, 'kiosk'))).toBe(false);
  });
});
