const block = 512;

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, "0") + "\0";
}

/**
 * A POSIX ustar archive of one regular file, owned by root, as the provider's upload builds with
 * Go's archive/tar (a header naming the path and mode, the content padded to 512 bytes, two empty
 * blocks). Written here rather than pulled from a transitive dependency; `tar` reads it back in
 * the tests.
 */
export function tarOneFile(name: string, content: string, mode: number): Buffer {
  const path = name.replace(/^\//, "");
  if (Buffer.byteLength(path) > 100) throw new Error(`upload path ${name} is longer than ustar's 100 bytes`);
  const body = Buffer.from(content, "utf8");
  const header = Buffer.alloc(block);
  header.write(path, 0, 100, "utf8");
  header.write(octal(mode, 8), 100, 8, "ascii");
  header.write(octal(0, 8), 108, 8, "ascii");
  header.write(octal(0, 8), 116, 8, "ascii");
  header.write(octal(body.length, 12), 124, 12, "ascii");
  header.write(octal(Math.floor(Date.now() / 1000), 12), 136, 12, "ascii");
  header.write("        ", 148, 8, "ascii");
  header.write("0", 156, 1, "ascii");
  header.write("ustar\0", 257, 6, "ascii");
  header.write("00", 263, 2, "ascii");
  const checksum = header.reduce((sum, byte) => sum + byte, 0);
  header.write(`${checksum.toString(8).padStart(6, "0")}\0 `, 148, 8, "ascii");
  const padding = Buffer.alloc((block - (body.length % block)) % block);
  return Buffer.concat([header, body, padding, Buffer.alloc(2 * block)]);
}
