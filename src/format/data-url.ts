/** Bytes and Blobs <-> data URLs without FileReader, so it runs the same in browsers and Node. */

export async function blobToDataUrl(blob: Blob): Promise<string> {
  return bytesToDataUrl(new Uint8Array(await blob.arrayBuffer()), blob.type);
}

export function bytesToDataUrl(bytes: Uint8Array, type: string): string {
  let binary = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return `data:${type || "application/octet-stream"};base64,${btoa(binary)}`;
}

export function dataUrlToBytes(dataUrl: string): { type: string; bytes: Uint8Array } {
  const match = /^data:([^;,]+);base64,(.*)$/s.exec(dataUrl);
  if (!match) throw new Error("Not a base64 data URL");
  const binary = atob(match[2]!);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return { type: match[1]!, bytes };
}
