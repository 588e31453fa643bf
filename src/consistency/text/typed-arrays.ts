/**
 * Small typed arrays cut from shared 64 KB buffers. The check reads hundreds
 * of thousands of short paragraphs, and each needs a few arrays the length of
 * its text; a buffer of their own for each would be an allocation outside the
 * heap that the garbage collector then frees one by one (measured: six times
 * slower on short paragraphs). A region is never handed out twice, and a
 * buffer is freed once no array uses it any more.
 */
const SHARED_BYTES = 1 << 16;
/** Larger arrays get a buffer of their own. */
const LARGEST_SHARED = SHARED_BYTES / 8;

let shared = new ArrayBuffer(SHARED_BYTES);
let used = 0;

/** A region of `bytes` bytes (a multiple of 4), zero-filled, aligned to 4 bytes. */
function region(bytes: number): { buffer: ArrayBuffer; offset: number } | undefined {
  if (bytes > LARGEST_SHARED) return undefined;
  if (used + bytes > SHARED_BYTES) {
    shared = new ArrayBuffer(SHARED_BYTES);
    used = 0;
  }
  const offset = used;
  used += bytes;
  return { buffer: shared, offset };
}

export function sharedUint8Array(length: number): Uint8Array {
  const place = region((length + 3) & ~3);
  return place ? new Uint8Array(place.buffer, place.offset, length) : new Uint8Array(length);
}

export function sharedInt32Array(length: number): Int32Array {
  const place = region(4 * length);
  return place ? new Int32Array(place.buffer, place.offset, length) : new Int32Array(length);
}
