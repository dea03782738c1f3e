// A small streaming XML tokenizer for the parts of an .xlsx the reader needs: element names with
// their attributes (parsed properly: quoted values may hold spaces, "=", ">" or a decoy "ref=";
// entities decoded), text, CDATA. Chunks arrive as they are inflated, so no part is ever held whole.
//
// Why not saxes (which exceljs uses): on this machine it reads a 100 MB sheet part in about 12 s;
// this scanner, which does only what a spreadsheet part needs, stays within the reader's budget.
// DOCTYPE is refused outright: an .xlsx never has one, and it is how entity-expansion bombs begin.

export type Attrs = Record<string, string>;

export interface XmlHandler {
  /** Whether open() needs this element's attributes (skipping the others keeps big parts fast). */
  wants(name: string): boolean;
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

function localName(name: string): string {
  const colon = name.indexOf(':');
  // Names are short: indexOf is cheaper than a split.
  return colon < 0 ? name : name.slice(colon + 1);
}

export class XmlScanner {
  private carry = '';
  /** Set by the handler to stop early (the rest of the part is not needed). */
  stopped = false;

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
        h.close(localName(s.slice(i + 2, e)));
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
    const local = localName(s.slice(at + 1, j));
    const h = this.handler;
    // Attributes are parsed only for elements the handler reads; the others are skipped whole.
    const attrs = h.wants(local) ? parseAttributes(s, j, selfClosing ? k - 1 : k) : NO_ATTRS;
    h.open(local, attrs, selfClosing);
    if (selfClosing && !this.stopped) h.close(local);
    return k + 1;
  }
}

const NO_ATTRS: Attrs = Object.freeze({}) as Attrs;

function parseAttributes(s: string, from: number, to: number): Attrs {
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
    const name = s.slice(k, nameEnd);
    for (let c = k; c < nameEnd; c++) {
      const ch = s.charCodeAt(c);
      if (isSpace(ch) || ch === 0x3c || ch === 0x22 || ch === 0x27) throw new XmlError('malformed attribute');
    }
    const value = s.slice(q + 1, close);
    attrs[name] = value.indexOf('&') < 0 ? value : decodeEntities(value);
    k = close + 1;
  }
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
