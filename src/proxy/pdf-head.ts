const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

export interface PdfHead {
  /** The chunks read so far, to be sent on first. */
  chunks: Uint8Array[];
  total: number;
  /** Whether the body starts with `%PDF-`. */
  isPdf: boolean;
}

/** Reads just enough of a body to see whether it starts like a PDF. */
export async function readPdfHead(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<PdfHead> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  while (total < PDF_MAGIC.length) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    total += value.byteLength;
  }
  const first = new Uint8Array(Math.min(total, PDF_MAGIC.length));
  let offset = 0;
  for (const chunk of chunks) {
    if (offset >= first.length) break;
    const part = chunk.subarray(0, first.length - offset);
    first.set(part, offset);
    offset += part.byteLength;
  }
  const isPdf = first.length === PDF_MAGIC.length && PDF_MAGIC.every((byte, i) => first[i] === byte);
  return { chunks, total, isPdf };
}
