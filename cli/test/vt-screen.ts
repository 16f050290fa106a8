// A small terminal emulator for the pty tests: it applies what a program writes (text, cursor moves,
// erases, the alternate screen, cursor visibility) to a grid of cells, so a test reads the screen as a
// person would see it, by its text, never by matching escape codes. It knows the subset of VT100/xterm
// that Ink and readline emit; colours and other attributes are parsed and dropped.
export class VtScreen {
  cols: number;
  rows: number;
  #main: string[][];
  #alt: string[][];
  #grid: string[][];
  #x = 0;
  #y = 0;
  #saved: [number, number] = [0, 0];
  #pending = '';
  /** True while the program holds the alternate screen (full-screen apps). */
  alternate = false;
  cursorVisible = true;

  constructor(cols: number, rows: number) {
    this.cols = cols;
    this.rows = rows;
    this.#main = this.#blank();
    this.#alt = this.#blank();
    this.#grid = this.#main;
  }

  #blank(): string[][] {
    return Array.from({ length: this.rows }, () => Array<string>(this.cols).fill(' '));
  }

  resize(cols: number, rows: number): void {
    const fit = (g: string[][]) =>
      Array.from({ length: rows }, (_, y) => Array.from({ length: cols }, (_, x) => g[y]?.[x] ?? ' '));
    this.cols = cols;
    this.rows = rows;
    this.#main = fit(this.#main);
    this.#alt = fit(this.#alt);
    this.#grid = this.alternate ? this.#alt : this.#main;
    this.#x = Math.min(this.#x, cols - 1);
    this.#y = Math.min(this.#y, rows - 1);
  }

  /** The screen's lines, trailing spaces trimmed. */
  lines(): string[] {
    return this.#grid.map((r) => r.join('').trimEnd());
  }

  text(): string {
    return this.lines().join('\n');
  }

  #lineFeed(): void {
    if (this.#y < this.rows - 1) this.#y++;
    else {
      this.#grid.shift();
      this.#grid.push(Array<string>(this.cols).fill(' '));
    }
  }

  #put(ch: string): void {
    if (this.#x >= this.cols) {
      this.#x = 0;
      this.#lineFeed();
    }
    this.#grid[this.#y]![this.#x] = ch;
    this.#x++;
  }

  #erase(y: number, from: number, to: number): void {
    const row = this.#grid[y];
    if (row) for (let x = Math.max(0, from); x < Math.min(this.cols, to); x++) row[x] = ' ';
  }

  #csi(params: string, final: string): void {
    const priv = params.startsWith('?');
    const nums = (priv ? params.slice(1) : params).split(';').map((p) => (p === '' ? NaN : Number(p)));
    const n = (i: number, d = 1) => (Number.isFinite(nums[i]) ? nums[i]! : d);
    switch (final) {
      case 'A':
        this.#y = Math.max(0, this.#y - n(0));
        break;
      case 'B':
        this.#y = Math.min(this.rows - 1, this.#y + n(0));
        break;
      case 'C':
        this.#x = Math.min(this.cols - 1, this.#x + n(0));
        break;
      case 'D':
        this.#x = Math.max(0, this.#x - n(0));
        break;
      case 'E':
        this.#y = Math.min(this.rows - 1, this.#y + n(0));
        this.#x = 0;
        break;
      case 'F':
        this.#y = Math.max(0, this.#y - n(0));
        this.#x = 0;
        break;
      case 'G':
        this.#x = Math.min(this.cols - 1, n(0) - 1);
        break;
      case 'd':
        this.#y = Math.min(this.rows - 1, n(0) - 1);
        break;
      case 'H':
      case 'f':
        this.#y = Math.min(this.rows - 1, n(0) - 1);
        this.#x = Math.min(this.cols - 1, n(1) - 1);
        break;
      case 'K': {
        const mode = n(0, 0);
        if (mode === 0) this.#erase(this.#y, this.#x, this.cols);
        else if (mode === 1) this.#erase(this.#y, 0, this.#x + 1);
        else this.#erase(this.#y, 0, this.cols);
        break;
      }
      case 'J': {
        const mode = n(0, 0);
        if (mode === 0) {
          this.#erase(this.#y, this.#x, this.cols);
          for (let y = this.#y + 1; y < this.rows; y++) this.#erase(y, 0, this.cols);
        } else if (mode === 1) {
          for (let y = 0; y < this.#y; y++) this.#erase(y, 0, this.cols);
          this.#erase(this.#y, 0, this.#x + 1);
        } else for (let y = 0; y < this.rows; y++) this.#erase(y, 0, this.cols);
        break;
      }
      case 'h':
      case 'l':
        if (!priv) break;
        for (const mode of nums) {
          if (mode === 25) this.cursorVisible = final === 'h';
          if (mode === 1049 || mode === 1047 || mode === 47) {
            const on = final === 'h';
            if (on && !this.alternate) {
              this.#saved = [this.#x, this.#y];
              this.#alt = this.#blank();
              this.#grid = this.#alt;
            } else if (!on && this.alternate) {
              this.#grid = this.#main;
              [this.#x, this.#y] = this.#saved;
            }
            this.alternate = on;
          }
        }
        break;
      default:
        break; // m (colours) and the rest: no effect on the text
    }
  }

  write(data: string): void {
    const s = this.#pending + data;
    this.#pending = '';
    let i = 0;
    while (i < s.length) {
      const ch = s[i]!;
      if (ch === '\x1b') {
        const next = s[i + 1];
        if (next === undefined) {
          this.#pending = s.slice(i);
          return;
        }
        if (next === '[') {
          let j = i + 2;
          while (j < s.length && !/[@-~]/.test(s[j]!)) j++;
          if (j >= s.length) {
            this.#pending = s.slice(i);
            return;
          }
          this.#csi(s.slice(i + 2, j), s[j]!);
          i = j + 1;
        } else if (next === ']') {
          // OSC … BEL or ST
          const bel = s.indexOf('\x07', i);
          const st = s.indexOf('\x1b\\', i);
          const end = bel < 0 ? st : st < 0 ? bel : Math.min(bel, st);
          if (end < 0) {
            this.#pending = s.slice(i);
            return;
          }
          i = end + (end === st ? 2 : 1);
        } else if (next === '7') {
          this.#saved = [this.#x, this.#y];
          i += 2;
        } else if (next === '8') {
          [this.#x, this.#y] = this.#saved;
          i += 2;
        } else if (next === '(' || next === ')') i += 3;
        else i += 2;
        continue;
      }
      if (ch === '\r') this.#x = 0;
      else if (ch === '\n') this.#lineFeed();
      else if (ch === '\b') this.#x = Math.max(0, this.#x - 1);
      else if (ch === '\x07') {
        // bell
      } else if (ch >= ' ') {
        const cp = s.codePointAt(i)!;
        const glyph = String.fromCodePoint(cp);
        this.#put(glyph);
        i += glyph.length;
        continue;
      }
      i++;
    }
  }
}
