interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const CELL = 256;

/** Boxes bucketed on a grid, to find the few that meet an area without testing them all. */
export class BoxIndex<B extends Box> {
  private readonly buckets = new Map<string, B[]>();

  constructor(boxes: Iterable<B>) {
    for (const box of boxes) this.cover(box, (bucket) => bucket.push(box), true);
  }

  /** Every box that overlaps `area`, each once. */
  overlapping(area: Box): B[] {
    const found = new Set<B>();
    this.cover(area, (bucket) => {
      for (const box of bucket) {
        if (
          box.x < area.x + area.width &&
          area.x < box.x + box.width &&
          box.y < area.y + area.height &&
          area.y < box.y + box.height
        )
          found.add(box);
      }
    });
    return [...found];
  }

  private cover(area: Box, visit: (bucket: B[]) => void, create = false): void {
    const x0 = Math.floor(area.x / CELL);
    const x1 = Math.floor((area.x + area.width) / CELL);
    const y0 = Math.floor(area.y / CELL);
    const y1 = Math.floor((area.y + area.height) / CELL);
    for (let gx = x0; gx <= x1; gx++) {
      for (let gy = y0; gy <= y1; gy++) {
        const key = `${gx},${gy}`;
        let bucket = this.buckets.get(key);
        if (!bucket) {
          if (!create) continue;
          bucket = [];
          this.buckets.set(key, bucket);
        }
        visit(bucket);
      }
    }
  }
}
