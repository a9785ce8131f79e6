// Lossless JSON: the API sends some uint256 values as JSON numbers (a quote's nonce and usdPerSecond are
// big.Int in Go), which JavaScript's JSON.parse would round. Integer literals too long to be exact in a double
// are turned into strings before parsing; callers read them with BigInt().

const SAFE_DIGITS = 15;

export function quoteBigIntegers(text: string): string {
  let out = "";
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === '"') {
      // copy the string literal as is
      let j = i + 1;
      while (j < n && text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (c === "-" || (c >= "0" && c <= "9")) {
      let j = i + 1;
      while (j < n && /[0-9.eE+-]/.test(text[j])) j++;
      const lit = text.slice(i, j);
      const digits = lit.replace("-", "");
      out += /^-?\d+$/.test(lit) && digits.length > SAFE_DIGITS ? `"${lit}"` : lit;
      i = j;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

export function parseJSON<T>(text: string): T {
  return JSON.parse(quoteBigIntegers(text)) as T;
}

/** JSON with bigint values written as bare integers (Go's big.Int reads only those). */
export function stringifyBig(v: unknown): string {
  return JSON.stringify(v, (_, x) => (typeof x === "bigint" ? `__bigint__${x.toString()}` : x)).replace(/"__bigint__(-?\d+)"/g, "$1");
}
