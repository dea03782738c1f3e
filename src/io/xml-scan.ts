// A small streaming XML tokenizer for the parts of an .xlsx the reader needs: element names with
// their attributes (parsed properly: quoted values may hold spaces, "=", ">" or a decoy "ref=";
// entities decoded), text, CDATA. Chunks arrive as they are inflated, so no part is ever held whole.
//
// Why not saxes (which exceljs uses): on this machine it reads a 100 MB sheet part in about 12 s;
// this scanner, which does only what a spreadsheet part needs, stays within the reader's budget.
// DOCTYPE is refused outright: an .xlsx never has one, and it is how entity-expansion bombs begin.

export type Attrs = Record<string, string>;

export interface XmlHandler {
  /**
   * Which of this element's attributes open() needs: all (true), none (false), or these names
   * (matched with or without a namespace prefix). Parsing only those keeps big parts fast.
   */
  wants(name: string): boolean | readonly string[];
  /** `name` without its namespace prefix ("x:c" -> "c"); attribute names keep theirs. */
  open(name: string, attrs: Attrs, selfClosing: boolean): void;
  close(name: string): void;
  /** Decoded character data, possibly in several pieces; only called while `textOn` is not false. */
  text(text: string): void;
  /** False while the handler ignores text: the scanner then skips it without building strings. */
  readonly textOn?: boolean;
}

export class XmlError extends Error {}

/** Longest markup (one tag, comment or CDATA section) the scanner will wait for. */
const MAX_MARKUP = 4 * 1024 * 1024;

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(ENTITY, (_, e: string) => {
    if (e[0] !== '#') return NAMED[e];
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
  });
}

/**
 * The local name of the element name at s[from, to), without allocating for names seen before:
 * a sheet part repeats the same few names millions of times.
 */
const NAMES = new Map<number, string>();
function internLocalName(s: string, from: number, to: number): string {
  for (let c = to - 1; c >= from; c--) {
    if (s.charCodeAt(c) === 0x3a) {
      from = c + 1;
      break;
    }
  }
  const len = to - from;
  if (len > 24) return s.slice(from, to);
  let h = len;
  for (let c = from; c < to; c++) h = (Math.imul(h, 31) + s.charCodeAt(c)) | 0;
  const known = NAMES.get(h);
  if (known !== undefined && known.length === len && s.startsWith(known, from)) return known;
  const name = s.slice(from, to);
  if (NAMES.size < 4096) NAMES.set(h, name);
  return name;
}


export class XmlScanner {
  private carry = '';
  /** Set by the handler to stop early (the rest of the part is not needed). */
  stopped = false;
  /** The element being skipped whole (see skipElement), and how its end tag is found. */
  private skipping: { name: string; end: RegExp } | null = null;

  /**
   * Called from open(): skip everything up to this element's end tag (then close() is called for
   * it). For elements a reader ignores, however many children they have (<dataValidations>), or
   * whose rest it no longer needs. The element must not contain another of the same name.
   */
  skipElement(name: string): void {
    this.skipping = { name, end: new RegExp(`</(?:[A-Za-z_][\\w.-]*:)?${name}\\s*>`, 'g') };
  }

  constructor(private readonly handler: XmlHandler) {}

  write(chunk: string): void {
    if (this.stopped) return;
    const s = this.carry ? this.carry + chunk : chunk;
    this.carry = '';
    const rest = this.scan(s);
    if (rest > 0 && rest < s.length) this.carry = s.slice(rest);
    else if (rest === 0) this.carry = s;
    if (this.carry.length > MAX_MARKUP) throw new XmlError('markup too long');
  }

  end(): void {
    if (this.stopped) return;
    if (this.carry.trim()) throw new XmlError('unterminated markup');
  }

  /** Scans `s`; returns where the unconsumed tail starts (s.length when all was consumed). */
  private scan(s: string): number {
    const h = this.handler;
    let i = 0;
    const n = s.length;
    while (i < n && !this.stopped) {
      if (this.skipping) {
        const { name, end } = this.skipping;
        end.lastIndex = i;
        const m = end.exec(s);
        if (!m) return Math.max(i, n - 64); // keep a possibly cut end tag
        this.skipping = null;
        i = m.index + m[0].length;
        h.close(name);
        continue;
      }
      const lt = s.indexOf('<', i);
      if (lt < 0) {
        // Text to the end; keep a possibly cut entity ("&am") for the next chunk.
        if (h.textOn === false) return n;
        const amp = s.lastIndexOf('&');
        const cut = amp >= i && s.indexOf(';', amp) < 0 ? amp : n;
        if (cut > i) h.text(decodeEntities(s.slice(i, cut)));
        return cut;
      }
      if (lt > i && h.textOn !== false) h.text(decodeEntities(s.slice(i, lt)));
      i = lt;
      const c1 = s.charCodeAt(i + 1);
      if (c1 !== c1) return i; // NaN: "<" is the last character
      if (c1 === 0x2f /* / */) {
        const gt = s.indexOf('>', i + 2);
        if (gt < 0) return i;
        let e = gt;
        while (e > i + 2 && isSpace(s.charCodeAt(e - 1))) e--;
        h.close(internLocalName(s, i + 2, e));
        i = gt + 1;
      } else if (c1 === 0x3f /* ? */) {
        const end = s.indexOf('?>', i + 2);
        if (end < 0) return i;
        i = end + 2;
      } else if (c1 === 0x21 /* ! */) {
        if (s.length - i < 9) return i;
        if (s.startsWith('<!--', i)) {
          const end = s.indexOf('-->', i + 4);
          if (end < 0) return i;
          i = end + 3;
        } else if (s.startsWith('<![CDATA[', i)) {
          const end = s.indexOf(']]>', i + 9);
          if (end < 0) return i;
          h.text(s.slice(i + 9, end));
          i = end + 3;
        } else throw new XmlError('DOCTYPE or unknown declaration');
      } else {
        const end = this.openTag(s, i);
        if (end < 0) return i;
        i = end;
      }
    }
    return this.stopped ? n : i;
  }

  /** Parses the start tag at `at`; returns the index after it, or -1 when it is cut off. */
  private openTag(s: string, at: number): number {
    let j = at + 1;
    const n = s.length;
    while (j < n) {
      const c = s.charCodeAt(j);
      if (c === 0x20 || c === 0x3e || c === 0x2f || c === 0x0a || c === 0x0d || c === 0x09) break;
      j++;
    }
    if (j >= n) return -1;
    if (j === at + 1) throw new XmlError('empty element name');
    // The tag's end: the first ">" outside quotes (a quoted value may hold ">" or "/").
    let k = j;
    for (; k < n; k++) {
      const c = s.charCodeAt(k);
      if (c === 0x3e) break;
      if (c === 0x22 || c === 0x27) {
        const q = s.indexOf(c === 0x22 ? '"' : "'", k + 1);
        if (q < 0) return -1;
        k = q;
      }
    }
    if (k >= n) return -1;
    const selfClosing = s.charCodeAt(k - 1) === 0x2f;
    const local = internLocalName(s, at + 1, j);
    const h = this.handler;
    // Attributes are parsed only for elements the handler reads; the others are skipped whole.
    const wanted = h.wants(local);
    const attrs = wanted ? parseAttributes(s, j, selfClosing ? k - 1 : k, wanted === true ? null : wanted) : NO_ATTRS;
    h.open(local, attrs, selfClosing);
    if (selfClosing) {
      this.skipping = null;
      if (!this.stopped) h.close(local);
    }
    return k + 1;
  }
}

const NO_ATTRS: Attrs = Object.freeze({}) as Attrs;

function parseAttributes(s: string, from: number, to: number, only: readonly string[] | null): Attrs {
  const attrs: Attrs = {};
  let k = from;
  for (;;) {
    while (k < to && isSpace(s.charCodeAt(k))) k++;
    if (k >= to) return attrs;
    const eq = s.indexOf('=', k);
    if (eq < 0 || eq >= to) throw new XmlError('malformed attribute');
    let nameEnd = eq;
    while (nameEnd > k && isSpace(s.charCodeAt(nameEnd - 1))) nameEnd--;
    let q = eq + 1;
    while (q < to && isSpace(s.charCodeAt(q))) q++;
    const quote = s.charCodeAt(q);
    if (nameEnd === k || (quote !== 0x22 && quote !== 0x27)) throw new XmlError('malformed attribute');
    const close = s.indexOf(quote === 0x22 ? '"' : "'", q + 1);
    if (close < 0 || close >= to) throw new XmlError('malformed attribute');
    for (let c = k; c < nameEnd; c++) {
      const ch = s.charCodeAt(c);
      if (isSpace(ch) || ch === 0x3c || ch === 0x22 || ch === 0x27) throw new XmlError('malformed attribute');
    }
    if (only === null || isWanted(s, k, nameEnd, only)) {
      const value = s.slice(q + 1, close);
      attrs[s.slice(k, nameEnd)] = value.indexOf('&') < 0 ? value : decodeEntities(value);
    }
    k = close + 1;
  }
}

/** Whether the name at s[from, to) is one of `names`, with or without a prefix, without slicing. */
function isWanted(s: string, from: number, to: number, names: readonly string[]): boolean {
  for (const name of names) {
    const start = to - name.length;
    if (start < from || !s.startsWith(name, start)) continue;
    if (start === from || s.charCodeAt(start - 1) === 0x3a) return true;
  }
  return false;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** The local part of an attribute name ("r:id" -> "id"). */
export function attrLocal(attrs: Attrs, local: string): string | undefined {
  if (attrs[local] !== undefined) return attrs[local];
  for (const k in attrs) if (k.endsWith(`:${local}`)) return attrs[k];
  return undefined;
}
