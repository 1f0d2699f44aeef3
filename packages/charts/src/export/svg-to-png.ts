/**
 * Draws an SVG document on a canvas and encodes it as PNG, `scale` device pixels per CSS pixel. The SVG is read
 * through a Blob URL, not a data: URL or the network: a page with a Content-Security-Policy must allow
 * `img-src blob:`. Rejects (never hangs) when the image cannot be read or the canvas cannot be encoded.
 */
export async function svgToPng(svg: string, size: { width: number; height: number }, scale = 2): Promise<Blob> {
  const factor = Number.isFinite(scale) && scale > 0 ? scale : 2;
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    const loaded = new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () =>
        reject(new Error('The SVG could not be read as an image (a Content-Security-Policy without img-src blob:?).'));
    });
    image.src = url;
    await loaded;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(size.width * factor);
    canvas.height = Math.round(size.height * factor);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas context.');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The canvas could not be encoded as PNG.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
